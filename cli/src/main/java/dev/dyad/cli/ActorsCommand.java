package dev.dyad.cli;

import dev.dyad.ingest.ArticleReader;
import dev.dyad.model.ActorMention;
import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Article;
import dev.dyad.pipeline.Dyad;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "actors", mixinStandardHelpOptions = true, description = "Actor dictionary tools.",
        subcommands = {ActorsCommand.Lookup.class, ActorsCommand.Unknown.class})
final class ActorsCommand {
    @Command(name = "lookup", mixinStandardHelpOptions = true,
            description = "Show how a phrase codes on a date, and which dictionary line or rule decided it.")
    static final class Lookup implements Callable<Integer> {
        @Parameters(paramLabel = "TEXT", description = "a name or phrase, e.g. \"Russia's top diplomat\"")
        String text;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "date the phrase is read on (default today)")
        String date;

        @picocli.CommandLine.Mixin
        PipelineOptions pipeline;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            LocalDate on = date == null ? LocalDate.now() : ArticleReader.parseDate(date);
            PrintWriter out = spec.commandLine().getOut();
            AnnotatedDocument doc = pipeline.load().code(new Article("lookup", text, on));
            if (doc.actors().isEmpty()) {
                out.println("no actor found in '" + text + "' on " + on);
                return ExitCodes.SOME_REJECTED;
            }
            for (ActorMention m : doc.actors()) {
                out.printf("%-30s %-12s %-12s %s%n", m.text(), m.code(), m.kind().name().toLowerCase(), m.rule());
            }
            return ExitCodes.OK;
        }
    }

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
