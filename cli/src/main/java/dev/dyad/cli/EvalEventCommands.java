package dev.dyad.cli;

import dev.dyad.input.InputException;
import dev.dyad.pipeline.Dyad;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The event-coding evaluations of {@code dyad eval}: each alone ({@code pentaclass}, {@code plover}, {@code seed},
 * {@code handcoded}) or all in one report ({@code events}), scored by {@link EventEvals}.
 */
final class EvalEventCommands {
    private EvalEventCommands() {
    }

    /** What an event evaluation asks for; null files are not evaluated. */
    record Request(Path pentaclass, Path pentaclassExtra, Path gold, Path goldArticle, Path handcoded, Path ploverEvents,
                   Path noEvent, int folds, Path embeddingCache, double minMacroF1, double minRootAccuracy,
                   boolean showMisses) {
    }

    /** {@code --folds} and {@code --embedding-cache}: how the learned models are cross-validated. */
    static final class CrossValidation {
        @Option(names = "--folds", defaultValue = "5", description = "cross-validation folds (default ${DEFAULT-VALUE})")
        int folds;

        @Option(names = "--embedding-cache", paramLabel = "FILE", description = "cache sentence embeddings in this file (e.g. target/embeddings.cache)")
        Path embeddingCache;
    }

    /** Checks the files, loads the held-out pipeline, prints the report; returns the exit code. */
    static int report(CommandSpec spec, Request r) throws Exception {
        EvalSupport.requireFiles(r.pentaclass(), r.pentaclassExtra(), r.gold(), r.goldArticle(), r.handcoded(),
                r.ploverEvents(), r.noEvent());
        if (r.gold() != null && r.goldArticle() == null) {
            throw new InputException("--gold needs --gold-article (the article it is about)");
        }
        PrintWriter out = spec.commandLine().getOut();
        HeldOutRootClassifier heldOut = new HeldOutRootClassifier();
        Dyad dyad = EvalSupport.heldOutPipeline(heldOut);
        EvalSupport.head(out, dyad, true);
        int status = new EventEvals(r, dyad, heldOut, out, spec.commandLine().getErr()).run();
        out.flush();
        return status;
    }

    @Command(name = "events", mixinStandardHelpOptions = true,
            description = {"Every event evaluation given, in one report (what tools/evaluate.sh and CI run). With "
                    + "--pentaclass, the CAMEO-root fallback of --plover-events also trains on the PentaClass "
                    + "sentences the rules coded right."})
    static final class Events implements Callable<Integer> {
        @Option(names = "--pentaclass", paramLabel = "TSV", description = "text<TAB>PentaClass sentences: macro-F1 of rules, model (k-fold CV) and both")
        Path pentaclass;

        @Option(names = "--pentaclass-extra", paramLabel = "JSON", description = "PLOVER gold records added to every training fold (never tested)")
        Path pentaclassExtra;

        @Option(names = "--plover-events", paramLabel = "JSON", description = "PLOVER gold records: CAMEO root and event-type accuracy")
        Path ploverEvents;

        @Option(names = "--no-event", paramLabel = "JSONL", description = "articles whose first sentences train the CAMEO root "
                + "fallback's \"no event\" class; with --plover-events, the fallback is scored by k-fold CV over the records")
        Path noEvent;

        @Option(names = "--gold", paramLabel = "JSONL", description = "gold events in the seed's format: triple precision/recall/F1 (needs --gold-article)")
        Path gold;

        @Option(names = "--gold-article", paramLabel = "TXT", description = "the article the --gold file is about (date from its .meta.json)")
        Path goldArticle;

        @Option(names = "--handcoded", paramLabel = "JSONL", description = "hand-coded sentences in the seed's gold format, "
                + "each line's evidence a whole sentence: triple precision/recall/F1")
        Path handcoded;

        @Option(names = "--min-macro-f1", paramLabel = "F", description = "fail (exit 1) below this model (CV) PentaClass macro-F1")
        double minMacroF1;

        @Option(names = "--min-root-accuracy", paramLabel = "F", description = "fail (exit 1) below this PLOVER root-code "
                + "accuracy (of rules + fallback when --no-event is given, else of the rules)")
        double minRootAccuracy;

        @Mixin
        CrossValidation cv;

        @Mixin
        EvalSupport.ShowMisses misses;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (pentaclass == null && ploverEvents == null && gold == null && handcoded == null) {
                throw new InputException("eval events: give at least one of --pentaclass, --plover-events, --gold, --handcoded");
            }
            return report(spec, new Request(pentaclass, pentaclassExtra, gold, goldArticle, handcoded, ploverEvents,
                    noEvent, cv.folds, cv.embeddingCache, minMacroF1, minRootAccuracy, misses.showMisses));
        }
    }

    @Command(name = "pentaclass", mixinStandardHelpOptions = true,
            description = "PentaClass macro-F1 of the rules, the model (k-fold CV) and both, on text<TAB>class sentences.")
    static final class PentaClass implements Callable<Integer> {
        @Parameters(paramLabel = "TSV", description = "text<TAB>PentaClass sentences")
        Path pentaclass;

        @Option(names = {"--extra", "--pentaclass-extra"}, paramLabel = "JSON",
                description = "PLOVER gold records added to every training fold (never tested)")
        Path extra;

        @Option(names = "--min-macro-f1", paramLabel = "F", description = "fail (exit 1) below this model (CV) macro-F1")
        double minMacroF1;

        @Mixin
        CrossValidation cv;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            return report(spec, new Request(pentaclass, extra, null, null, null, null, null, cv.folds, cv.embeddingCache,
                    minMacroF1, 0, false));
        }
    }

    @Command(name = "plover", aliases = "plover-events", mixinStandardHelpOptions = true,
            description = "CAMEO root and PLOVER event-type accuracy on the PLOVER gold records: the rules, and with "
                    + "--no-event the rules + the learned fallback held out by k-fold CV.")
    static final class Roots implements Callable<Integer> {
        @Parameters(paramLabel = "JSON", description = "PLOVER gold records")
        Path records;

        @Option(names = "--no-event", paramLabel = "JSONL", description = "articles whose first sentences train the CAMEO root "
                + "fallback's \"no event\" class; the fallback is then scored by k-fold CV over the records")
        Path noEvent;

        @Option(names = "--min-root-accuracy", paramLabel = "F", description = "fail (exit 1) below this root-code accuracy "
                + "(of rules + fallback when --no-event is given, else of the rules)")
        double minRootAccuracy;

        @Mixin
        CrossValidation cv;

        @Mixin
        EvalSupport.ShowMisses misses;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            return report(spec, new Request(null, null, null, null, null, records, noEvent, cv.folds, cv.embeddingCache,
                    0, minRootAccuracy, misses.showMisses));
        }
    }

    @Command(name = "seed", mixinStandardHelpOptions = true,
            description = "Triple precision/recall/F1 of one article against gold events in the seed's format.")
    static final class Seed implements Callable<Integer> {
        @Option(names = "--gold", required = true, paramLabel = "JSONL", description = "gold events in the seed's format")
        Path gold;

        @Option(names = {"--article", "--gold-article"}, required = true, paramLabel = "TXT",
                description = "the article the gold file is about (date from its .meta.json)")
        Path article;

        @Mixin
        EvalSupport.ShowMisses misses;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            return report(spec, new Request(null, null, gold, article, null, null, null, 5, null, 0, 0, misses.showMisses));
        }
    }

    @Command(name = "handcoded", mixinStandardHelpOptions = true,
            description = "Triple precision/recall/F1 on hand-coded sentences in the seed's gold format, each line's "
                    + "evidence a whole sentence.")
    static final class Handcoded implements Callable<Integer> {
        @Parameters(paramLabel = "JSONL", description = "the hand-coded gold lines")
        Path handcoded;

        @Mixin
        EvalSupport.ShowMisses misses;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            return report(spec, new Request(null, null, null, null, handcoded, null, null, 5, null, 0, 0, misses.showMisses));
        }
    }
}
