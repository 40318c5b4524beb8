package dev.dyad.bench;

import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Article;
import dev.dyad.nlp.CoreNlpStage;
import dev.dyad.pipeline.Dyad;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Measures, in one JVM and on the same articles, the tokenize+ssplit+POS floor and the full dyad
 * pipeline: sentences per second, start-up and peak heap. Ratios from one run are what to compare;
 * absolute times on shared machines are noisy.
 */
public final class Benchmark {
    /** One configuration's figures. */
    public record Pass(String name, double startupSeconds, long articles, long sentences, long parsed, long events,
                       double seconds, double cpuSeconds, long peakHeapBytes, long peakLiveBytes, long retainedBytes) {
        public double sentencesPerSecond() {
            return sentences / seconds;
        }

        /**
         * Sentences per second of processor time (all threads of the process, native ones such as ONNX Runtime's
         * included): on a shared machine, where other work steals the cores, a steadier ratio than wall time.
         */
        public double sentencesPerCpuSecond() {
            return sentences / cpuSeconds;
        }
    }

    private final int threads;
    private final int warmup;

    public Benchmark(int threads, int warmup) {
        this.threads = threads;
        this.warmup = warmup;
    }

    /** tokenize, ssplit, pos: the floor that every parse-based coder pays. */
    public Pass floor(Supplier<java.util.Iterator<Article>> corpus) {
        long t0 = System.nanoTime();
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        StanfordCoreNLP nlp = new StanfordCoreNLP(p);
        double startup = (System.nanoTime() - t0) / 1e9;
        return measure("tokenize+ssplit+pos", startup, corpus, a -> {
            Annotation ann = new Annotation(a.text());
            nlp.annotate(ann);
            return new long[] {ann.get(CoreAnnotations.SentencesAnnotation.class).size(), 0, 0};
        });
    }

    /** A whole pipeline as a command runs it ({@code name}: its configuration), start-up included. */
    public Pass full(String name, Supplier<java.util.Iterator<Article>> corpus, Supplier<Dyad> loader) {
        long t0 = System.nanoTime();
        Dyad dyad = loader.get();
        double startup = (System.nanoTime() - t0) / 1e9;
        return measure(name, startup, corpus, a -> {
            AnnotatedDocument d = dyad.code(a);
            long parsed = d.sentences().stream().filter(s -> !s.dependencies().isEmpty()).count();
            return new long[] {d.sentenceCount(), d.events().size(), parsed};
        });
    }

    /** A reference configuration: CoreNLP's default NER (3 models, fine-grained, SUTime) plus depparse on every sentence. */
    public Pass defaultNerAndParse(Supplier<java.util.Iterator<Article>> corpus) {
        freshCoreNlp();
        long t0 = System.nanoTime();
        Properties p = CoreNlpStage.taggerProperties();
        p.remove("ner.model");
        p.remove("ner.applyFineGrained");
        p.remove("ner.useSUTime");
        p.remove("ner.applyNumericClassifiers");
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        StanfordCoreNLP nlp = new StanfordCoreNLP(p);
        double startup = (System.nanoTime() - t0) / 1e9;
        return measure("CoreNLP default NER + depparse (all sentences)", startup, corpus, a -> {
            Annotation ann = new Annotation(a.text());
            ann.set(CoreAnnotations.DocDateAnnotation.class, a.date().toString());
            nlp.annotate(ann);
            int n = ann.get(CoreAnnotations.SentencesAnnotation.class).size();
            return new long[] {n, 0, n}; // the references parse every sentence
        });
    }

    /**
     * The PETRARCH-style reference: CoreNLP's default annotators with the shift-reduce constituency parser
     * on every sentence. Needs the {@code stanford-corenlp:models-english} jar on the classpath (the
     * {@code bench} Maven profile adds it; `dyad` itself never ships it).
     */
    public Pass shiftReduce(Supplier<java.util.Iterator<Article>> corpus) {
        freshCoreNlp();
        if (Benchmark.class.getResource("/edu/stanford/nlp/models/srparser/englishSR.ser.gz") == null) {
            throw new dev.dyad.input.InputException("the shift-reduce reference needs the CoreNLP models-english jar: "
                    + "run tools/bench.sh, which builds with the bench profile");
        }
        long t0 = System.nanoTime();
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,parse");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("parse.model", "edu/stanford/nlp/models/srparser/englishSR.ser.gz");
        p.setProperty("parse.maxlen", "100");
        StanfordCoreNLP nlp = new StanfordCoreNLP(p);
        double startup = (System.nanoTime() - t0) / 1e9;
        return measure("CoreNLP default NER + shift-reduce parse (all sentences)", startup, corpus, a -> {
            Annotation ann = new Annotation(a.text());
            ann.set(CoreAnnotations.DocDateAnnotation.class, a.date().toString());
            nlp.annotate(ann);
            int n = ann.get(CoreAnnotations.SentencesAnnotation.class).size();
            return new long[] {n, 0, n}; // the references parse every sentence
        });
    }

    /** Drops the annotators earlier passes left in CoreNLP's static pool, so each reference runs in a clean heap. */
    private static void freshCoreNlp() {
        StanfordCoreNLP.clearAnnotatorPool();
        System.gc();
    }

    private Pass measure(String name, double startup, Supplier<java.util.Iterator<Article>> corpus,
                         Function<Article, long[]> work) {
        java.util.Iterator<Article> warm = corpus.get();
        for (int i = 0; i < warmup && warm.hasNext(); i++) {
            work.apply(warm.next());
        }
        resetPeaks();
        LiveHeapSampler live = new LiveHeapSampler();
        AtomicLong articles = new AtomicLong();
        AtomicLong sentences = new AtomicLong();
        AtomicLong events = new AtomicLong();
        AtomicLong parsed = new AtomicLong();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        ParallelRunner.run(corpus.get(), threads, a -> {
            long[] r = work.apply(a);
            articles.incrementAndGet();
            sentences.addAndGet(r[0]);
            events.addAndGet(r[1]);
            parsed.addAndGet(r[2]);
        });
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpu0) / 1e9;
        long peak = peakHeap();
        long peakLive = live.stop();
        return new Pass(name, startup, articles.get(), sentences.get(), parsed.get(), events.get(), seconds, cpuSeconds,
                peak, peakLive, retainedAfterGc());
    }

    /** Processor time of the whole process so far (every thread, native ones included); -1 where unsupported. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /** Heap still in use after the pass and a full collection: what the pass left behind (models included). */
    private static long retainedAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static void resetPeaks() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /**
     * The largest heap left after any collection during the pass: what the pass really keeps alive,
     * unlike the pools' peaks, which grow with however lazily the collector runs.
     */
    private static final class LiveHeapSampler {
        private final java.util.concurrent.atomic.AtomicLong max = new java.util.concurrent.atomic.AtomicLong();
        private final Thread thread;
        private volatile boolean running = true;

        LiveHeapSampler() {
            thread = new Thread(() -> {
                while (running) {
                    long afterGc = heapPools().stream().map(MemoryPoolMXBean::getCollectionUsage)
                            .filter(java.util.Objects::nonNull).mapToLong(u -> u.getUsed()).sum();
                    max.accumulateAndGet(afterGc, Math::max);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "live-heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        long stop() {
            running = false;
            thread.interrupt();
            return max.get();
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the live heap the pass needed (GC-dependent). */
    private static long peakHeap() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
