package dev.dyad.cli;

import dev.dyad.eval.ActorEvaluation;
import dev.dyad.input.InputException;
import dev.dyad.pipeline.Dyad;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad eval actors}: actor codes on the PLOVER gold records, and source/target spans on ConfliBERT's NER file. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = "Actor coding: PLOVER gold actors (country and sector), ConfliBERT source/target spans.")
final class EvalActorsCommand implements Callable<Integer> {
    @Option(names = "--plover", paramLabel = "JSON", description = "PLOVER gold records (actor text and code per record)")
    Path plover;

    @Option(names = "--conflibert-ner", paramLabel = "TXT", description = "BIO-tagged sentences with S/T spans")
    Path conflibert;

    @Option(names = "--min-country-accuracy", paramLabel = "F", description = "fail (exit 1) below this PLOVER country-level accuracy")
    double minCountry;

    @Mixin
    EvalSupport.ShowMisses misses;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (plover == null && conflibert == null) {
            throw new InputException("eval actors: give --plover JSON, --conflibert-ner TXT or both");
        }
        EvalSupport.requireFiles(plover, conflibert);
        PrintWriter out = spec.commandLine().getOut();
        Dyad dyad = EvalSupport.heldOutPipeline(new HeldOutRootClassifier());
        ActorEvaluation eval = new ActorEvaluation(dyad);
        EvalSupport.head(out, dyad, false);
        int status = ExitCodes.OK;
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
            if (misses.showMisses) {
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
        out.flush();
        return status;
    }
}
