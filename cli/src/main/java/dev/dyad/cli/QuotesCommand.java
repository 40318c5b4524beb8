package dev.dyad.cli;

import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Quote;
import dev.dyad.output.Json;
import dev.dyad.pipeline.Dyad;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "List direct and indirect quotes with their speakers (JSON Lines).")
final class QuotesCommand implements Callable<Integer> {
    @Mixin
    Inputs inputs;

    @Option(names = "--direct-only", description = "only quotes in quotation marks")
    boolean directOnly;

    @picocli.CommandLine.Mixin
    PipelineOptions pipeline;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        inputs.validate();
        Dyad dyad = pipeline.load();
        int rejected = inputs.forEach(spec.commandLine().getErr(), ok -> {
            AnnotatedDocument doc = dyad.code(ok.article());
            for (Quote q : doc.quotes()) {
                if (!directOnly || q.kind().equals("direct")) {
                    out.println(Json.line(q));
                }
            }
            out.flush();
        });
        return rejected == 0 ? ExitCodes.OK : ExitCodes.SOME_REJECTED;
    }
}
