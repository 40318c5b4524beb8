package dev.dyad.cli;

import dev.dyad.eval.HeldOutSplit;
import dev.dyad.eval.PloverEventEvaluation;
import dev.dyad.eval.TripleEvaluation;
import dev.dyad.learned.PentaClassEvaluation;
import java.io.PrintWriter;
import java.util.Locale;

/** Markdown sections of {@code dyad eval} for event coding (PentaClass, triples, PLOVER event types). */
final class EventEvalReport {
    private EventEvalReport() {
    }

    static void pentaClass(PrintWriter out, String file, PentaClassEvaluation.Result r, String modelSetup) {
        out.println();
        out.println("## PentaClass on " + file + " (" + r.sentences() + " sentences)");
        out.println();
        out.println("Rules: the PentaClass of the sentence's first asserted event; no asserted event = uncoded, counted wrong. "
                + "Model: " + modelSetup + ". Combined: the rules where they fire, else the model.");
        out.println();
        out.println("| coder | macro-F1 | accuracy | uncoded |");
        out.println("|---|---|---|---|");
        out.printf(Locale.ROOT, "| rules | %.3f | %.3f | %d (%.1f%%); accuracy where coded %.3f |%n", r.rules().macroF1(),
                r.rules().accuracy(), r.uncoded(), 100 * r.uncodedRate(), r.rulesAccuracyWhenCoded());
        out.printf(Locale.ROOT, "| model (5-fold CV) | %.3f | %.3f | 0 |%n", r.model().macroF1(), r.model().accuracy());
        out.printf(Locale.ROOT, "| combined | %.3f | %.3f | 0 |%n", r.combined().macroF1(), r.combined().accuracy());
        out.println();
        out.printf(Locale.ROOT, "Veto check: %d of %d gold material-conflict sentences get an out-of-fold P(material conflict) "
                + "below the veto threshold %.2f. Of the sentences whose first asserted event is vetoable (asserted, CAMEO 18-20), "
                + "the veto would drop %d that are not gold material conflict and %d that are.%n", r.vetoed(), r.goldConflict(), r.vetoThreshold(), r.vetoRight(),
                r.vetoWrong());
        for (String[] s : new String[][] {{"rules", "r"}, {"model (5-fold CV)", "m"}, {"combined", "c"}}) {
            var c = s[1].equals("r") ? r.rules() : s[1].equals("m") ? r.model() : r.combined();
            out.println();
            out.println("### " + s[0]);
            out.println();
            out.print(c.perCategoryTable());
            out.println();
            out.print(c.matrixTable());
        }
    }

    static void pentaClassSplit(PrintWriter out, PentaClassEvaluation.Split split) {
        out.println();
        out.println("### Held-out split (seed " + HeldOutSplit.SEED + ")");
        out.println();
        out.println("The sentences split once by a stable hash of file and line (`HeldOutSplit`): about a third is the test "
                + "part, never read for misses; rules are tuned on the tuning part only.");
        out.println();
        out.println("| part | sentences | rules macro-F1 | model (CV) macro-F1 | combined macro-F1 | rules uncoded |");
        out.println("|---|---|---|---|---|---|");
        for (Object[] row : new Object[][] {{"tuning", split.tuning()}, {"test", split.test()}, {"all", split.all()}}) {
            PentaClassEvaluation.Result r = (PentaClassEvaluation.Result) row[1];
            out.printf(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %d (%.1f%%) |%n", row[0], r.sentences(),
                    r.rules().macroF1(), r.model().macroF1(), r.combined().macroF1(), r.uncoded(), 100 * r.uncodedRate());
        }
    }

    /** Root accuracy on the tuning and test parts of the PLOVER records; {@code both} null when no fallback ran. */
    static void ploverSplit(PrintWriter out, PloverEventEvaluation.Result[] rules, PloverEventEvaluation.Result[] both) {
        out.println();
        out.println("## PLOVER root accuracy on the held-out split (seed " + HeldOutSplit.SEED + ")");
        out.println();
        out.println("The records split once by a stable hash of their id (`HeldOutSplit`): about a third is the test part, "
                + "never read for misses; rules are tuned on the tuning part only.");
        out.println();
        out.println("| part | records | rules: root accuracy | rules: uncoded | rules + fallback (held out): root accuracy |");
        out.println("|---|---|---|---|---|");
        String[] names = {"tuning", "test"};
        for (int i = 0; i < 2; i++) {
            out.printf(Locale.ROOT, "| %s | %d | %.3f | %d | %s |%n", names[i], rules[i].records(), rules[i].rootAccuracy(),
                    rules[i].uncoded(), both == null ? "-" : String.format(Locale.ROOT, "%.3f", both[i].rootAccuracy()));
        }
    }

    static void triples(PrintWriter out, String file, TripleEvaluation.Result r, boolean showLines) {
        out.println();
        out.println("## Triples on " + file);
        out.println();
        out.println("(source code, target code, CAMEO root) per sentence, gold actor patterns matched as code prefixes "
                + "(country level), as in `score_events.py`.");
        out.println();
        out.println("| gold required | found | predicted triples | correct | forbidden | precision | recall | F1 |");
        out.println("|---|---|---|---|---|---|---|---|");
        out.printf(Locale.ROOT, "| %d | %d | %d | %d | %d | %.3f | %.3f | %.3f |%n", r.required(), r.found(), r.predicted(),
                r.correct(), r.forbidden(), r.precision(), r.recall(), r.f1());
        out.println();
        out.print(r.perRootTable());
        if (showLines) {
            out.println();
            r.lines().forEach(l -> out.println("- " + l));
        }
    }

    static void ploverFallbackSummary(PrintWriter out, PloverEventEvaluation.Result rules, PloverEventEvaluation.Result both,
                                      int modelRight, int byFallback, int byFallbackRight, String setup) {
        out.println();
        out.println("## CAMEO roots on PLOVER gold records: rules, learned fallback, both");
        out.println();
        out.println("Fallback: " + setup + ". The fallback only codes sentences the rules leave without an event, "
                + "and only when the main predicate has an actor as subject.");
        out.println();
        out.println("| coder | coded | root accuracy | event-type accuracy |");
        out.println("|---|---|---|---|");
        out.printf(Locale.ROOT, "| rules | %d | %.3f | %.3f |%n", rules.records() - rules.uncoded(), rules.rootAccuracy(),
                rules.typeAccuracy());
        out.printf(Locale.ROOT, "| model alone (top class, held out) | - | %.3f | - |%n",
                (double) modelRight / Math.max(1, rules.records()));
        out.printf(Locale.ROOT, "| rules + fallback (held out) | %d, %d of them by the fallback (%d right) | %.3f | %.3f |%n",
                both.records() - both.uncoded(), byFallback, byFallbackRight, both.rootAccuracy(), both.typeAccuracy());
    }

    static void ploverEvents(PrintWriter out, String file, PloverEventEvaluation.Result r, boolean showMisses,
                             String coder) {
        out.println();
        out.println("## Event coding on PLOVER gold records (" + file + ", " + r.records() + " records): " + coder);
        out.println();
        out.println("Main event = first asserted event, else the first event. The records carry no CAMEO code: the gold root "
                + "is the CAMEO category their PLOVER 0.5 event type stands for (DEMAND = 10, FIGHT = 19/20, ...); "
                + "event types are compared in PLOVER 2021 terms (DEMAND → REQUEST, DISAPPROVE/INVESTIGATE → ACCUSE, "
                + "FIGHT → ASSAULT).");
        out.println();
        out.println("| records | uncoded | root accuracy | root macro-F1 | event-type accuracy | event-type macro-F1 |");
        out.println("|---|---|---|---|---|---|");
        out.printf(Locale.ROOT, "| %d | %d (%.1f%%) | %.3f | %.3f | %.3f | %.3f |%n", r.records(), r.uncoded(),
                100.0 * r.uncoded() / Math.max(1, r.records()), r.rootAccuracy(), r.roots().macroF1(), r.typeAccuracy(),
                r.types().macroF1());
        out.println();
        out.println("### PLOVER event types");
        out.println();
        out.print(r.types().perCategoryTable());
        out.println();
        out.print(r.types().matrixTable());
        out.println();
        out.println("### CAMEO roots");
        out.println();
        out.print(r.roots().perCategoryTable());
        out.println();
        out.print(r.roots().matrixTable());
        if (showMisses) {
            out.println();
            r.misses().forEach(m -> out.println("- " + m));
        }
    }
}
