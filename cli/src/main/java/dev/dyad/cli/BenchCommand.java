package dev.dyad.cli;

import dev.dyad.bench.Benchmark;
import dev.dyad.input.ArticleReader;
import dev.dyad.input.IngestResult;
import dev.dyad.input.InputException;
import dev.dyad.model.Article;
import dev.dyad.pipeline.PipelineConfig;
import dev.dyad.pipeline.PipelineFactory;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure sentences/s of the default and rules-only pipelines against the tokenize+POS floor on the same corpus (Markdown).")
final class BenchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CORPUS", description = "JSON Lines articles (id, text, date)")
    Path corpus;

    @Option(names = "--limit", description = "articles to use (default ${DEFAULT-VALUE})", defaultValue = "500")
    int limit;

    @Option(names = "--skip", description = "articles to skip first (default ${DEFAULT-VALUE})", defaultValue = "0")
    int skip;

    @picocli.CommandLine.Mixin
    ThreadsOption threads;

    @Option(names = "--no-default", description = "skip the default configuration (learned models): measure the rules only")
    boolean skipDefault;

    @Option(names = "--warmup", description = "articles coded before timing each configuration, so the JIT has compiled "
            + "the hot paths (default ${DEFAULT-VALUE})", defaultValue = "100")
    int warmup;

    @Option(names = "--reference", description = "also measure CoreNLP's default NER + depparse on every sentence (slow)")
    boolean reference;

    @Option(names = "--reference-sr", description = "also measure CoreNLP's default NER + shift-reduce parse (slow; needs "
            + "the models-english jar: tools/bench.sh)")
    boolean referenceShiftReduce;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(corpus)) {
            throw new InputException(corpus + ": no such file");
        }
        PrintWriter out = spec.commandLine().getOut();
        // read lazily each pass: the corpus is streamed, never held in memory
        Supplier<Iterator<Article>> articles = () -> read(corpus, skip, limit).iterator();
        Benchmark bench = new Benchmark(threads.threads(), warmup);
        List<Benchmark.Pass> passes = new ArrayList<>();
        passes.add(bench.floor(articles));
        // what users run first (dyad code's default), then --no-model, from the same single pipeline definition
        if (!skipDefault) {
            PipelineConfig d = PipelineConfig.defaults();
            passes.add(bench.full("dyad default (" + PipelineFactory.fingerprint(d) + ")", articles, () -> PipelineFactory.build(d)));
        }
        PipelineConfig r = PipelineConfig.rulesOnly();
        passes.add(bench.full("dyad --no-model (" + PipelineFactory.fingerprint(r) + ")", articles, () -> PipelineFactory.build(r)));
        if (reference) {
            passes.add(bench.defaultNerAndParse(articles));
        }
        if (referenceShiftReduce) {
            passes.add(bench.shiftReduce(articles));
        }
        double floor = passes.get(0).sentencesPerSecond();
        out.printf("Corpus: %s, %d articles from #%d, %d threads, Java %s, %d cores, max heap %d MB.%n%n", corpus.getFileName(),
                passes.get(0).articles(), skip, threads.threads(), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        double floorCpu = passes.get(0).sentencesPerCpuSecond();
        out.println("| configuration | start-up s | articles | sentences | parsed | events | seconds | sentences/s | vs floor "
                + "| CPU s | sentences/CPU s | vs floor (CPU) | peak heap MB | peak live heap MB | retained MB |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (Benchmark.Pass p : passes) {
            out.printf("| %s | %.1f | %d | %d | %d | %d | %.1f | %.0f | %.1f%% | %.1f | %.0f | %.1f%% | %d | %d | %d |%n",
                    p.name(), p.startupSeconds(), p.articles(), p.sentences(), p.parsed(), p.events(), p.seconds(),
                    p.sentencesPerSecond(), 100 * p.sentencesPerSecond() / floor, p.cpuSeconds(),
                    p.sentencesPerCpuSecond(), 100 * p.sentencesPerCpuSecond() / floorCpu, p.peakHeapBytes() >> 20,
                    p.peakLiveBytes() >> 20, p.retainedBytes() >> 20);
        }
        out.println();
        out.println("parsed = sentences given a dependency parse; CPU s = processor time of the whole process during "
                + "the pass (every thread, ONNX Runtime's native ones included), steadier than wall time when other "
                + "work shares the machine.");
        out.println();
        out.println("peak heap = largest heap in use (depends on how lazily the collector runs); peak live heap = largest "
                + "heap left after a collection; retained = heap in use after the pass and a full collection (loaded "
                + "models included: what stays, whatever the corpus size).");
        out.flush();
        return ExitCodes.OK;
    }

    /** Streams accepted articles [skip, skip+limit) of a JSON Lines file. */
    private static Iterable<Article> read(Path file, int skip, int limit) {
        return () -> new Iterator<>() {
            private final java.io.BufferedReader reader = open(file);
            private final ArticleReader parser = new ArticleReader(null, LocalDate.now());
            private Article next;
            private int seen;
            private int served;

            public boolean hasNext() {
                try {
                    while (next == null && served < limit) {
                        String line = reader.readLine();
                        if (line == null) {
                            reader.close();
                            return false;
                        }
                        if (line.isBlank() || seen++ < skip) {
                            continue;
                        }
                        if (parser.line(file + ":" + seen, line) instanceof IngestResult.Accepted a) {
                            next = a.article();
                        }
                    }
                    return next != null;
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }

            public Article next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                Article a = next;
                next = null;
                served++;
                return a;
            }
        };
    }

    private static java.io.BufferedReader open(Path file) {
        try {
            return Files.newBufferedReader(file);
        } catch (java.io.IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage());
        }
    }
}
