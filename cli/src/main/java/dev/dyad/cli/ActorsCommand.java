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
        subcommands = {ActorsCommand.Lookup.class})
final class ActorsCommand {
    @Command(name = "lookup", mixinStandardHelpOptions = true,
            description = "Show how a phrase codes on a date, and which dictionary line or rule decided it.")
    static final class Lookup implements Callable<Integer> {
        @Parameters(paramLabel = "TEXT", description = "a name or phrase, e.g. \"Russia's top diplomat\"")
        String text;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "date the phrase is read on (default today)")
        String date;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            LocalDate on = date == null ? LocalDate.now() : ArticleReader.parseDate(date);
            PrintWriter out = spec.commandLine().getOut();
            AnnotatedDocument doc = Dyad.load().code(new Article("lookup", text, on));
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
}
