package dev.dyad.cli;

import dev.dyad.pipeline.Dyad;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "actors", mixinStandardHelpOptions = true, description = "Actor dictionary tools.",
        subcommands = {ActorLookupCommand.class, ActorsCommand.Unknown.class})
final class ActorsCommand {
    @Command(name = "unknown", mixinStandardHelpOptions = true,
            description = "List frequent named people and organisations the dictionaries do not know, with a code "
                    + "suggested from context, as dictionary lines ready to paste.")
    static final class Unknown implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        Inputs inputs;

        @Option(names = "--top", defaultValue = "50", description = "how many names (default ${DEFAULT-VALUE})")
        int top;

        @Option(names = "--min", defaultValue = "2", description = "minimum mentions (default ${DEFAULT-VALUE})")
        int min;

        @picocli.CommandLine.Mixin
        PipelineOptions pipeline;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            inputs.validate();
            Dyad dyad = pipeline.load();
            dev.dyad.actors.UnknownActors unknown = new dev.dyad.actors.UnknownActors(dyad.dictionaries().actors());
            int rejected = inputs.forEach(spec.commandLine().getErr(), ok -> unknown.add(dyad.code(ok.article())));
            PrintWriter out = spec.commandLine().getOut();
            out.println("# unknown actors: paste into actors/persons.txt or actors/organizations.txt after checking");
            unknown.top(top, min).forEach(c -> out.println(c.dictionaryLine()));
            out.flush();
            return rejected == 0 ? ExitCodes.OK : ExitCodes.SOME_REJECTED;
        }
    }
}
