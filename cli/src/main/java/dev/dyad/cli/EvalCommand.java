package dev.dyad.cli;

import dev.dyad.eval.ActorEvaluation;
import dev.dyad.pipeline.Dyad;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate actor coding on labelled data and print a Markdown report.")
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--plover", paramLabel = "JSON", description = "PLOVER gold records (actor text and code per record)")
    Path plover;

    @Option(names = "--conflibert-ner", paramLabel = "TXT", description = "BIO-tagged sentences with S/T spans")
    Path conflibert;

    @Option(names = "--plover-locations", paramLabel = "JSON", description = "PLOVER gold records; scores the country of event locations (eventLoc)")
    Path ploverLocations;

    @Option(names = "--petrarch-xml", paramLabel = "XML", description = "PETRARCH validation records (PETR.UnitTest.records.xml); "
            + "codes them with the dictionaries its <Environment> names, in the same directory")
    Path petrarchXml;

    @Option(names = "--petrarch-parse", paramLabel = "corenlp|record", description = "trees the PETRARCH records are coded on: "
            + "CoreNLP's parse of their <Text> (default: what dyad code does) or the records' own <Parse> (as PETRARCH2 does)")
    String petrarchParse = "corenlp";

    @Option(names = "--min-petrarch-exact", paramLabel = "F", description = "fail (exit 1) below this share of PETRARCH "
            + "records coded exactly as expected")
    double minPetrarchExact;

    @Option(names = "--min-country-accuracy", paramLabel = "F", description = "fail (exit 1) below this PLOVER country-level accuracy")
    double minCountry;

    @Option(names = "--show-misses", description = "list the PLOVER actors coded wrongly (and the events, with --plover-events / --gold)")
    boolean showMisses;

    @Option(names = "--pentaclass", paramLabel = "TSV", description = "text<TAB>PentaClass sentences: macro-F1 of rules, model (k-fold CV) and both")
    Path pentaclass;

    @Option(names = "--pentaclass-extra", paramLabel = "JSON", description = "PLOVER gold records added to every training fold (never tested)")
    Path pentaclassExtra;

    @Option(names = "--folds", defaultValue = "5", description = "cross-validation folds (default ${DEFAULT-VALUE})")
    int folds;

    @Option(names = "--embedding-cache", paramLabel = "FILE", description = "cache sentence embeddings in this file (e.g. target/embeddings.cache)")
    Path embeddingCache;

    @Option(names = "--min-macro-f1", paramLabel = "F", description = "fail (exit 1) below this model (CV) PentaClass macro-F1")
    double minMacroF1;

    @Option(names = "--gold", paramLabel = "JSONL", description = "gold events in the seed's format: triple precision/recall/F1 (needs --gold-article)")
    Path gold;

    @Option(names = "--gold-article", paramLabel = "TXT", description = "the article the --gold file is about (date from its .meta.json)")
    Path goldArticle;

    @Option(names = "--handcoded", paramLabel = "JSONL", description = "hand-coded sentences in the seed's gold format, "
            + "each line's evidence a whole sentence: triple precision/recall/F1")
    Path handcoded;

    @Option(names = "--plover-events", paramLabel = "JSON", description = "PLOVER gold records: CAMEO root and event-type accuracy")
    Path ploverEvents;

    @Option(names = "--no-event", paramLabel = "JSONL", description = "articles whose first sentences train the CAMEO root "
            + "fallback's \"no event\" class; with --plover-events, the fallback is scored by k-fold CV over the records")
    Path noEvent;

    @Option(names = "--min-root-accuracy", paramLabel = "F", description = "fail (exit 1) below this PLOVER root-code "
            + "accuracy (of rules + fallback when --no-event is given, else of the rules)")
    double minRootAccuracy;

    @Option(names = "--actor-suite", paramLabel = "TSV", description = "dated actor phrases (phrase<TAB>date<TAB>code<TAB>kind), "
            + "repeatable: country and sector accuracy of each file's phrases, read as `dyad actors lookup` reads them "
            + "(--show-misses lists the misses: never for a held-out part while tuning)")
    java.util.List<Path> actorSuites = new java.util.ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        for (Path p : new Path[] {plover, conflibert, ploverLocations, pentaclass, pentaclassExtra, gold, goldArticle,
            ploverEvents, petrarchXml, noEvent, handcoded}) {
            if (p != null && !p.toFile().isFile()) {
                throw new dev.dyad.input.InputException(p + ": no such file");
            }
        }
        for (Path p : actorSuites) {
            if (!p.toFile().isFile()) {
                throw new dev.dyad.input.InputException(p + ": no such file");
            }
        }
        if (gold != null && goldArticle == null) {
            throw new dev.dyad.input.InputException("--gold needs --gold-article (the article it is about)");
        }
        if (!actorSuites.isEmpty()) {
            actorSuites(out);
            if (plover == null && conflibert == null && ploverLocations == null && pentaclass == null && gold == null
                    && ploverEvents == null && petrarchXml == null) {
                out.flush();
                return ExitCodes.OK;
            }
        }
        int petrarchStatus = ExitCodes.OK;
        if (petrarchXml != null) {
            if (!petrarchParse.equals("record") && !petrarchParse.equals("corenlp")) {
                throw new dev.dyad.input.InputException("--petrarch-parse: expected corenlp or record, found '" + petrarchParse + "'");
            }
            dev.dyad.eval.PetrarchSuite.Report report = dev.dyad.eval.PetrarchSuite.evaluate(petrarchXml,
                    petrarchParse.equals("corenlp"));
            out.print(report.markdown());
            if (report.rate() < minPetrarchExact) {
                spec.commandLine().getErr().printf("dyad: PETRARCH exact-match rate %.3f below the floor %.3f%n",
                        report.rate(), minPetrarchExact);
                petrarchStatus = ExitCodes.SOME_REJECTED;
            }
            if (plover == null && conflibert == null && ploverLocations == null && pentaclass == null && gold == null
                    && ploverEvents == null && handcoded == null) {
                out.flush();
                return petrarchStatus;
            }
        }
        HeldOutRootClassifier heldOut = new HeldOutRootClassifier();
        Dyad dyad = dev.dyad.pipeline.PipelineFactory.build(dev.dyad.pipeline.PipelineConfig.rulesWithFallback(),
                new dev.dyad.pipeline.GivenModels(heldOut, "held-out fold models"));
        ActorEvaluation eval = new ActorEvaluation(dyad);
        boolean events = pentaclass != null || gold != null || ploverEvents != null || handcoded != null;
        out.println(events ? "# Evaluation" : "# Actor coding evaluation");
        out.println();
        out.println("Generated by `./dyad eval` with " + dyad.version() + " on " + java.time.LocalDate.now()
                + (events ? "; events are scored as the rules code them (no learned second opinion), and, where a "
                        + "section says so, with the learned fallback held out by cross-validation." : "."));
        int status = petrarchStatus;
        if (plover != null) {
            ActorEvaluation.CodeAccuracy a = eval.plover(plover);
            out.println();
            out.println("## PLOVER gold records (" + plover.getFileName() + ")");
            out.println();
            out.println("Each gold source/target actor is looked up by its text in the record; dyad's mention covering it is compared.");
            out.println();
            out.println("| gold actors | country-level correct | with sector correct | not coded |");
            out.println("|---|---|---|---|");
            out.printf("| %d | %d (%.1f%%) | %d (%.1f%%) | %d |%n", a.actors(), a.countryCorrect(), 100 * a.country(),
                    a.fullCorrect(), 100 * a.full(), a.uncoded());
            if (showMisses) {
                out.println();
                a.misses().forEach(m -> out.println("- " + m));
            }
            if (a.country() < minCountry) {
                spec.commandLine().getErr().printf("dyad: PLOVER country-level accuracy %.3f below the floor %.3f%n",
                        a.country(), minCountry);
                status = ExitCodes.SOME_REJECTED;
            }
        }
        if (conflibert != null) {
            ActorEvaluation.SpanOverlap o = eval.conflibert(conflibert);
            out.println();
            out.println("## ConfliBERT source/target spans (" + conflibert.getFileName() + ")");
            out.println();
            out.println("First coded event of each sentence; its source/target span against the gold S/T spans.");
            out.println();
            out.println("| sentences | with an event | gold S | source overlaps S | gold T | target overlaps T |");
            out.println("|---|---|---|---|---|---|");
            out.printf("| %d | %d | %d | %d (%.1f%% of gold S) | %d | %d (%.1f%% of gold T) |%n", o.sentences(), o.withEvent(),
                    o.goldSources(), o.sourceOverlap(), 100.0 * o.sourceOverlap() / Math.max(1, o.goldSources()),
                    o.goldTargets(), o.targetOverlap(), 100.0 * o.targetOverlap() / Math.max(1, o.goldTargets()));
        }
        if (ploverLocations != null) {
            dev.dyad.eval.LocationEvaluation.report(new dev.dyad.eval.LocationEvaluation(dyad).plover(ploverLocations),
                    ploverLocations.getFileName().toString(), showMisses, out);
        }
        status = Math.max(status, new EventEvals(this, dyad, heldOut, out, spec.commandLine().getErr()).run());
        out.flush();
        return status;
    }

    /** Country and sector accuracy of dated actor phrases (issue 14's suites), one row per file. */
    private void actorSuites(PrintWriter out) {
        dev.dyad.eval.ActorLookup lookup = dev.dyad.eval.ActorLookup.load();
        out.println("## Actor phrase suites");
        out.println();
        out.println("Each phrase read on its date as `dyad actors lookup` reads it; its main actor's first code slot (country) "
                + "and second (sector) against the expected code. Sector counts only with the right country.");
        out.println();
        out.println("| suite | phrases | country correct | country and sector correct |");
        out.println("|---|---|---|---|");
        java.util.List<String> misses = new java.util.ArrayList<>();
        for (Path p : actorSuites) {
            dev.dyad.eval.ActorSuite.Score sc = dev.dyad.eval.ActorSuite.score(lookup, dev.dyad.eval.ActorSuite.read(p));
            out.printf(java.util.Locale.ROOT, "| %s | %d | %d (%.1f%%) | %d (%.1f%%) |%n", p.getFileName(), sc.size(),
                    sc.countryRight(), 100.0 * sc.countryRight() / Math.max(1, sc.size()), sc.sectorRight(),
                    100.0 * sc.sectorRight() / Math.max(1, sc.size()));
            sc.misses().forEach(m -> misses.add("- " + m.item().where() + " '" + m.item().phrase() + "' " + m.item().date()
                    + ": want " + m.item().expected() + ", got " + m.got() + " (" + m.rule() + ")"));
        }
        if (showMisses) {
            out.println();
            misses.forEach(out::println);
        }
        out.println();
    }
}
