package dev.dyad.store;

import dev.dyad.dedup.DedupRule;
import dev.dyad.input.ArticleReader;
import dev.dyad.input.IngestResult;
import dev.dyad.input.InputException;
import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Article;
import dev.dyad.output.Json;
import dev.dyad.pipeline.Dyad;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The batch runner behind {@code dyad ingest} and {@code dyad recode}: reads inputs as a stream, codes
 * articles on a small pool of worker threads sharing one {@link Dyad}, writes each article in one
 * transaction, and rebuilds the deduplicated events at the end. Idempotent and resumable: an article whose
 * id and content hash are already stored is skipped, so re-running after a crash finishes the job.
 * A bad line or an article that fails to code is stored in {@code rejects} and the run goes on; a store
 * error (disk full, ...) stops it. The Dyad is only loaded when there is something to code.
 */
public final class BatchIngest {
    /** Called from worker threads; implementations must be thread-safe. */
    public interface Listener {
        void progress(Progress p);

        void rejected(String message);

        void warning(String message);
    }

    /** @param total articles expected in all (-1 when unknown, e.g. standard input) */
    public record Progress(long coded, long skipped, long rejected, long events, long total, long startNanos) {
        public long finished() {
            return coded + skipped + rejected;
        }
    }

    public record Summary(long coded, long skipped, long rejected, long events, long dedupEvents,
                          List<String> rejects, double seconds) {
    }

    private final Supplier<Dyad> dyad;
    private final StoreWriter writer;
    private final Store store;
    private final int threads;
    private final Listener listener;
    private final DedupRule rule;
    private final AtomicLong coded = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong events = new AtomicLong();
    private final List<String> rejects = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicReference<RuntimeException> fatal = new AtomicReference<>();
    /** Article id → where it was first read in this batch (ids are read by one thread, in input order). */
    private final Map<String, String> firstSeen = new java.util.HashMap<>();
    private volatile long total = -1;
    private dev.dyad.input.Limits limits = dev.dyad.input.Limits.DEFAULT;
    private dev.dyad.input.CodingGuard guard = new dev.dyad.input.CodingGuard(limits.articleBudget());
    private long start;

    public BatchIngest(Supplier<Dyad> dyad, Store store, int threads, DedupRule rule, Listener listener) {
        this.dyad = memoize(dyad);
        this.store = store;
        this.writer = new StoreWriter(store);
        this.threads = Math.max(1, threads);
        this.rule = rule;
        this.listener = listener;
    }

    /** Sets the article size limit and time budget (default {@link dev.dyad.input.Limits#DEFAULT}); returns this. */
    public BatchIngest limits(dev.dyad.input.Limits l) {
        this.limits = l;
        this.guard = new dev.dyad.input.CodingGuard(l.articleBudget());
        return this;
    }

    /** Ingests files, directories, JSON Lines (articles, or events of the output contract) or "-". */
    public Summary ingest(List<String> rawInputs, LocalDate defaultDate) {
        start = System.nanoTime();
        List<String> inputs = InputFiles.expand(rawInputs);
        // every input is checked before anything is coded or the pipeline loaded; when none can be read the
        // command fails as a whole (exit 2), otherwise the bad ones go to rejects and the others are coded
        Map<String, String> unreadable = new LinkedHashMap<>();
        for (String in : inputs) {
            String problem = ArticleReader.problem(in);
            if (problem != null) {
                unreadable.put(in, problem);
            }
        }
        if (!unreadable.isEmpty() && unreadable.size() == new java.util.HashSet<>(inputs).size()) {
            throw new InputException(unreadable.values().iterator().next());
        }
        long t = 0;
        for (String in : inputs) {
            long n = InputFiles.estimate(in);
            t = n < 0 || t < 0 ? -1 : t + n;
        }
        total = t;
        writer.clearRejects(inputs);
        Map<String, String> done = writer.doneKeys();
        ArticleReader reader = new ArticleReader(defaultDate, LocalDate.now(), limits);
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        Semaphore slots = new Semaphore(threads * 2);
        try {
            for (String input : inputs) {
                if (fatal.get() != null) {
                    break;
                }
                String problem = unreadable.get(input);
                if (problem == null) {
                    try {
                        readInput(reader, pool, slots, input, done);
                    } catch (InputException e) {
                        problem = e.getMessage();
                    }
                }
                if (problem != null) {
                    rejectInput(input, problem);
                }
            }
        } finally {
            finish(pool);
        }
        return summary();
    }

    private void readInput(ArticleReader reader, ExecutorService pool, Semaphore slots, String input, Map<String, String> done) {
        String first = InputFiles.firstLine(input);
        if (first != null && EventFileImport.isEventLine(first)) {
            importEvents(input, done);
            return;
        }
        reader.read(input, r -> {
            if (fatal.get() != null) {
                return;
            }
            if (r instanceof IngestResult.Rejected bad) {
                reject(input, bad.where(), bad.problem(), bad.raw());
            } else if (r instanceof IngestResult.Accepted ok) {
                if (ok.warning() != null) {
                    listener.warning(ok.warning());
                }
                Article a = ok.article();
                String where = ok.where() == null ? input : ok.where();
                String firstAt = firstSeen.putIfAbsent(a.id(), where);
                if (firstAt != null) {
                    // one id, one article: the first occurrence in input order wins, so the result never
                    // depends on which worker finishes first and a re-run keeps the same article
                    reject(input, where, "duplicate id '" + dev.dyad.input.Printable.of(a.id()) + "' in this batch (first at "
                            + firstAt + ", which is kept)", Json.line(Json.article(a)));
                    return;
                }
                if (StoreWriter.contentHash(a).equals(done.get(a.id()))) {
                    skipped.incrementAndGet();
                    report();
                    return;
                }
                submit(pool, slots, input, a);
            }
        });
    }

    /** An input that cannot be read as a whole: one reject (no line), the message naming it. */
    private void rejectInput(String input, String message) {
        String shown = dev.dyad.input.Printable.of(input);
        String problem = message.startsWith(shown + ": ") ? message.substring(shown.length() + 2) : message;
        reject(input, shown, problem, null);
    }

    /** Re-codes the coded articles whose stored dyad version differs from {@code currentVersion}. */
    public Summary recode(String currentVersion) {
        start = System.nanoTime();
        List<String> ids = writer.outdated(currentVersion);
        total = ids.size();
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        Semaphore slots = new Semaphore(threads * 2);
        try {
            for (String id : ids) {
                if (fatal.get() != null) {
                    break;
                }
                StoreWriter.StoredArticle s = writer.article(id);
                if (s != null) {
                    submit(pool, slots, s.input(), s.article());
                }
            }
        } finally {
            finish(pool);
        }
        return summary();
    }

    private void submit(ExecutorService pool, Semaphore slots, String input, Article a) {
        slots.acquireUninterruptibly();
        pool.execute(() -> {
            try {
                if (fatal.get() != null) {
                    return;
                }
                Dyad d = dyad.get(); // loading the pipeline is not the article's fault: its errors stop the batch
                AnnotatedDocument doc;
                try {
                    doc = guard.run(() -> d.code(a), StoreException.class);
                } catch (dev.dyad.input.CodingGuard.ArticleRejected e) {
                    reject(input, input, "article " + dev.dyad.input.Printable.of(a.id()) + ": " + e.getMessage(),
                            Json.line(Json.article(a)));
                    return;
                }
                writer.writeCoded(doc, input, dyad.get().version());
                coded.incrementAndGet();
                events.addAndGet(doc.events().size());
                report();
            } catch (RuntimeException e) {
                fatal.compareAndSet(null, e);
            } catch (Error e) {
                // an Error outside coding (e.g. out of memory while writing) must stop the batch loudly, not end
                // this task silently with its article neither stored nor rejected
                fatal.compareAndSet(null, new IllegalStateException("article " + a.id() + ": " + e, e));
            } finally {
                slots.release();
            }
        });
    }

    private void finish(ExecutorService pool) {
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                // waits for the articles in flight; each one is written whole or not at all
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (fatal.get() != null) {
            throw fatal.get();
        }
    }

    private Summary summary() {
        boolean current = coded.get() == 0 && !store.dedupStale() && rule.describe().equals(store.meta("dedup_rule"));
        // regroups only the days and dyads the written articles touched (a full rebuild after a crash or a new rule)
        long dedup = current ? store.count("dedup_events") : DedupTables.update(store, rule, writer.changes());
        return new Summary(coded.get(), skipped.get(), rejected.get(), events.get(), dedup, List.copyOf(rejects),
                (System.nanoTime() - start) / 1e9);
    }

    private void report() {
        listener.progress(new Progress(coded.get(), skipped.get(), rejected.get(), events.get(), total, start));
    }

    /** Loads an event file as it is ({@link EventFileImport}), counting what it stores, skips and rejects. */
    private void importEvents(String input, Map<String, String> done) {
        new EventFileImport(writer).load(input, done, new EventFileImport.Outcome() {
            @Override
            public void read(EventFileImport.Read read) {
                if (total >= 0) { // the estimate counted lines; the file holds this many articles
                    total = total - read.lines() + read.articles() + read.rejected();
                }
            }

            @Override
            public void rejected(String where, String problem, String raw) {
                reject(input, where, problem, raw);
            }

            @Override
            public void stored(int eventCount) {
                coded.incrementAndGet();
                events.addAndGet(eventCount);
                report();
            }

            @Override
            public void skipped() {
                skipped.incrementAndGet();
                report();
            }
        });
    }

    private void reject(String input, String where, String problem, String raw) {
        Integer line = null;
        if (where.startsWith(input + ":")) {
            try {
                line = Integer.parseInt(where.substring(input.length() + 1));
            } catch (NumberFormatException e) {
                line = null;
            }
        }
        String message = where + ": " + problem;
        writer.reject(input, line, problem, raw);
        rejected.incrementAndGet();
        rejects.add(message);
        listener.rejected(message);
        report();
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicLong n = new AtomicLong();
        return r -> {
            Thread t = new Thread(r, "dyad-ingest-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static <T> Supplier<T> memoize(Supplier<T> s) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T v = value;
                if (v != null) {
                    return v;
                }
                synchronized (this) {
                    if (value == null) {
                        value = s.get();
                    }
                    return value;
                }
            }
        };
    }
}
