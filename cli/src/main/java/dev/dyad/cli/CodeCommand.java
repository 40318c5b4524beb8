package dev.dyad.cli;

import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Article;
import dev.dyad.model.Event;
import dev.dyad.output.EventTable;
import dev.dyad.output.Json;
import dev.dyad.pipeline.Dyad;
import dev.dyad.pipeline.PipelineConfig;
import dev.dyad.pipeline.SharedPipeline;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "code", mixinStandardHelpOptions = true,
        description = "Code articles into events (JSON Lines, one event per line, or a table).")
final class CodeCommand implements Callable<Integer> {
    enum Format { jsonl, table, explain }

    @Mixin
    Inputs inputs;

    @Option(names = "--format", description = "jsonl, table, or explain (tokens, parse, actors, events and the rules behind them); default: table on a terminal, else jsonl")
    Format format;

    @Option(names = {"-v", "--verbose"}, description = "print model loading and per-article times to stderr")
    boolean verbose;

    @Mixin
    PipelineOptions pipeline;

    @Mixin
    ThreadsOption threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        int workers = threads.threads(); // a bad --threads fails before any work
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        inputs.validate();
        Format f = format != null ? format : System.console() != null ? Format.table : Format.jsonl;
        long t0 = System.nanoTime();
        // explain shows quotes too: seek them all; events are the same either way (PipelineConfig.Quotes)
        PipelineConfig config = pipeline.config(workers);
        Dyad dyad = SharedPipeline.get(f == Format.explain ? config.withAllQuotes() : config);
        if (pipeline.config().coder() == PipelineConfig.Coder.PETRARCH) {
            err.println("dyad: PETRARCH dictionaries from " + pipeline.config().petrarchDirectory()
                    + ", coded by PETRARCH2's algorithm over constituency parses (docs/petrarch.md): " + dyad.dictionaryNotes());
        }
        if (verbose) {
            err.printf("dyad: start-up (dictionaries + CoreNLP models) %.1f s; %s; %d threads%n", (System.nanoTime() - t0) / 1e9,
                    dyad.version(), workers);
        }
        dev.dyad.input.CodingGuard guard = new dev.dyad.input.CodingGuard(inputs.limits().articleBudget());
        int[] failed = {0};
        int rejected;
        try (InOrderPool<Coded> pool = new InOrderPool<>(workers, c -> write(c, f, out, err, failed))) {
            rejected = inputs.forEach(err, ok -> pool.submit(() -> {
                long a0 = System.nanoTime();
                try {
                    AnnotatedDocument doc = guard.run(() -> dyad.code(ok.article()));
                    return new Coded(ok, doc, null, System.nanoTime() - a0);
                } catch (dev.dyad.input.CodingGuard.ArticleRejected e) {
                    return new Coded(ok, null, e.getMessage(), System.nanoTime() - a0);
                }
            }));
            pool.finish();
        }
        return rejected + failed[0] == 0 ? ExitCodes.OK : ExitCodes.SOME_REJECTED;
    }

    /** One article's outcome: its coded document, or why it was rejected; and how long it took. */
    private record Coded(dev.dyad.input.IngestResult.Accepted input, AnnotatedDocument doc, String rejected, long nanos) {
        Article article() {
            return input.article();
        }
    }

    private void write(Coded c, Format f, PrintWriter out, PrintWriter err, int[] failed) {
        if (c.rejected() != null) {
            err.println("dyad: " + (c.input().where() == null ? "" : c.input().where() + ": ") + "article "
                    + dev.dyad.input.Printable.of(c.article().id()) + ": " + c.rejected());
            failed[0]++;
            return;
        }
        if (f == Format.jsonl) {
            for (Event e : c.doc().events()) {
                out.println(Json.line(e));
            }
        } else if (f == Format.explain) {
            out.print(dev.dyad.output.Explain.render(c.doc()));
        } else {
            out.println("# " + c.article().id() + " (" + c.article().date() + ")");
            out.print(EventTable.render(c.doc().events()));
        }
        dev.dyad.output.OutputClosedException.check(out); // stop coding for a closed pipe or a full disk
        if (verbose) {
            err.printf("dyad: %s: %d sentences, %d events in %.2f s%n", c.article().id(), c.doc().sentenceCount(),
                    c.doc().events().size(), c.nanos() / 1e9);
        }
    }
}
