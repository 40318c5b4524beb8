package dev.dyad.cli;

import dev.dyad.learned.CameoRootClassifier;
import dev.dyad.learned.LinearModel;
import dev.dyad.learned.SentenceEncoder;
import dev.dyad.learned.impl.MiniLmEncoder;
import dev.dyad.learned.PentaClassifier;
import dev.dyad.learned.SecondOpinionStage;
import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Event;
import dev.dyad.output.EventTable;
import dev.dyad.output.Json;
import dev.dyad.pipeline.Dyad;
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

    @Option(names = "--no-model", description = "rules only: no learned second opinion (confidence stays the rules' estimate, no veto) and no learned fallback for sentences no pattern codes")
    boolean noModel;

    @Option(names = "--dictionaries", paramLabel = "petrarch:DIR", description = "code with PETRARCH/TABARI dictionaries "
            + "(*verbs*, *actors*, *agents*, *discards* .txt in DIR) instead of dyad's own; dyad's coding rules stay")
    String dictionaries;

    @Spec
    CommandSpec spec;

    /** The rules plus both learned models, sharing one sentence encoder (one ONNX model in memory). */
    private static Dyad withModels() {
        SentenceEncoder encoder = new MiniLmEncoder();
        return Dyad.load(Dyad.Dictionaries.builtIn(),
                new CameoRootClassifier(encoder, LinearModel.resource(CameoRootClassifier.WEIGHTS)),
                java.util.List.of(new SecondOpinionStage(new PentaClassifier(encoder, LinearModel.builtIn()),
                        dev.dyad.ontology.CameoOntology.builtIn())));
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        inputs.validate();
        Format f = format != null ? format : System.console() != null ? Format.table : Format.jsonl;
        long t0 = System.nanoTime();
        Dyad dyad = dictionaries != null ? petrarch(dictionaries, err)
                : noModel ? Dyad.load() : withModels();
        if (verbose) {
            err.printf("dyad: start-up (dictionaries + CoreNLP models) %.1f s; %s%n", (System.nanoTime() - t0) / 1e9,
                    dyad.version());
        }
        dev.dyad.ingest.CodingGuard guard = new dev.dyad.ingest.CodingGuard(inputs.limits().articleBudget());
        int[] failed = {0};
        int rejected = inputs.forEach(err, ok -> {
            long a0 = System.nanoTime();
            AnnotatedDocument doc;
            try {
                doc = guard.run(() -> dyad.code(ok.article()));
            } catch (dev.dyad.ingest.CodingGuard.ArticleRejected e) {
                err.println("dyad: " + (ok.where() == null ? "" : ok.where() + ": ") + "article "
                        + dev.dyad.ingest.Printable.of(ok.article().id()) + ": " + e.getMessage());
                failed[0]++;
                return;
            }
            if (f == Format.jsonl) {
                for (Event e : doc.events()) {
                    out.println(Json.line(e));
                }
            } else if (f == Format.explain) {
                out.print(dev.dyad.output.Explain.render(doc));
            } else {
                out.println("# " + ok.article().id() + " (" + ok.article().date() + ")");
                out.print(EventTable.render(doc.events()));
            }
            dev.dyad.output.OutputClosedException.check(out); // stop coding for a closed pipe or a full disk
            if (verbose) {
                err.printf("dyad: %s: %d sentences, %d events in %.2f s%n", ok.article().id(), doc.sentenceCount(),
                        doc.events().size(), (System.nanoTime() - a0) / 1e9);
            }
        });
        return rejected + failed[0] == 0 ? ExitCodes.OK : ExitCodes.SOME_REJECTED;
    }

    private static Dyad petrarch(String spec, PrintWriter err) {
        if (!spec.startsWith("petrarch:")) {
            throw new dev.dyad.ingest.InputException("--dictionaries: expected petrarch:<dir>, found '" + spec + "'");
        }
        java.nio.file.Path dir = java.nio.file.Path.of(spec.substring("petrarch:".length()));
        if (!java.nio.file.Files.isDirectory(dir)) {
            throw new dev.dyad.ingest.InputException("--dictionaries: " + dir + ": no such directory");
        }
        dev.dyad.petrarch.PetrarchDictionaries d = dev.dyad.petrarch.PetrarchDictionaries.loadDirectory(dir);
        err.println("dyad: PETRARCH dictionaries from " + dir + ", coded by PETRARCH2's algorithm over constituency parses"
                + " (docs/petrarch.md)");
        return d.dyad();
    }
}
