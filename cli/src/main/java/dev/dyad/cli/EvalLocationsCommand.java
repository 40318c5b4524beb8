package dev.dyad.cli;

import dev.dyad.eval.LocationEvaluation;
import dev.dyad.pipeline.Dyad;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad eval locations}: the country of event locations against the PLOVER records' {@code eventLoc}. */
@Command(name = "locations", mixinStandardHelpOptions = true,
        description = "Event locations: the country of each PLOVER record's event location (eventLoc).")
final class EvalLocationsCommand implements Callable<Integer> {
    @Parameters(paramLabel = "JSON", description = "PLOVER gold records")
    Path plover;

    @Mixin
    EvalSupport.ShowMisses misses;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        EvalSupport.requireFiles(plover);
        PrintWriter out = spec.commandLine().getOut();
        Dyad dyad = EvalSupport.heldOutPipeline(new HeldOutRootClassifier());
        EvalSupport.head(out, dyad, false);
        LocationEvaluation.report(new LocationEvaluation(dyad).plover(plover), plover.getFileName().toString(),
                misses.showMisses, out);
        out.flush();
        return ExitCodes.OK;
    }
}
