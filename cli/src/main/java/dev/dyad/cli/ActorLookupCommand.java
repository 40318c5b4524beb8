package dev.dyad.cli;

import dev.dyad.eval.ActorLookup;
import dev.dyad.input.ArticleReader;
import dev.dyad.input.InputException;
import dev.dyad.model.ActorMention;
import dev.dyad.output.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dyad actors lookup}: codes many phrases with one pipeline load. Each phrase is one argument or one line
 * of {@code --file} or standard input ({@code -}), optionally {@code phrase<TAB>YYYY-MM-DD}.
 */
@Command(name = "lookup", mixinStandardHelpOptions = true,
        description = "Show how phrases code on a date, and which dictionary line or rule decided each actor. "
                + "Phrases: arguments, --file F or - (standard input), one per line, each optionally 'phrase<TAB>YYYY-MM-DD'.")
final class ActorLookupCommand implements Callable<Integer> {
    enum Format { jsonl, table }

    @Parameters(paramLabel = "PHRASE", arity = "0..*",
            description = "phrases, e.g. \"Russia's top diplomat\"; '-' reads phrases from standard input")
    List<String> phrases = new ArrayList<>();

    @Option(names = "--file", paramLabel = "FILE", description = "a file of phrases, one per line")
    Path file;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "date for phrases without one (default today)")
    String date;

    @Option(names = "--format", description = "jsonl or table; default: table on a terminal, else jsonl")
    Format format;

    @picocli.CommandLine.Mixin
    PipelineOptions pipeline;

    @Spec
    CommandSpec spec;

    /** One phrase to look up, with where it was read ("stdin:3", "argument 2"). */
    record Query(String where, String phrase, LocalDate date) {
    }

    @Override
    public Integer call() {
        LocalDate fallback = date == null ? LocalDate.now() : ArticleReader.parseDate(date);
        PrintWriter err = spec.commandLine().getErr();
        List<String> problems = new ArrayList<>();
        List<Query> queries = new ArrayList<>();
        for (int i = 0; i < phrases.size(); i++) {
            if (phrases.get(i).equals("-")) {
                queries.addAll(parse("stdin", readLines(new BufferedReader(new InputStreamReader(System.in,
                        StandardCharsets.UTF_8))), fallback, problems));
            } else {
                queries.addAll(parse("argument " + (i + 1), List.of(phrases.get(i)), fallback, problems));
            }
        }
        if (file != null) {
            try {
                queries.addAll(parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8), fallback, problems));
            } catch (IOException | UncheckedIOException e) {
                throw new InputException("cannot read " + file + ": " + e.getMessage());
            }
        }
        problems.forEach(p -> err.println("dyad: " + p));
        err.flush();
        if (queries.isEmpty() && problems.isEmpty()) {
            throw new InputException("no phrase to look up (give phrases, --file F or -)");
        }
        ActorLookup lookup = ActorLookup.load(pipeline.config());
        Format f = format != null ? format : System.console() != null ? Format.table : Format.jsonl;
        PrintWriter out = spec.commandLine().getOut();
        TextTable table = new TextTable(out, false);
        table.columns(List.of("phrase", "date", "actor", "code", "kind", "rule"));
        for (Query q : queries) {
            ActorLookup.Result r = lookup.lookup(q.phrase(), q.date());
            if (f == Format.jsonl) {
                out.println(Json.line(r.json()));
                continue;
            }
            if (r.actors().isEmpty()) {
                table.row(List.of(q.phrase(), q.date(), "", "-", "", "no actor found"));
            }
            for (ActorMention m : r.actors()) {
                table.row(List.of(q.phrase(), q.date(), (m == r.main() ? "* " : "") + m.text(), m.code(),
                        m.kind().name().toLowerCase(java.util.Locale.ROOT), m.rule()));
            }
        }
        if (f == Format.table) {
            table.finish();
        }
        out.flush();
        return problems.isEmpty() ? ExitCodes.OK : ExitCodes.SOME_REJECTED;
    }

    /**
     * Lines to queries: blank lines are skipped; {@code phrase<TAB>date} overrides the default date; a bad date
     * is a problem naming its line, and the other lines are still read.
     */
    static List<Query> parse(String source, List<String> lines, LocalDate fallback, List<String> problems) {
        List<Query> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace("\r", "");
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            String where = source.startsWith("argument") ? source : source + ":" + (i + 1);
            int tab = line.lastIndexOf('\t');
            LocalDate on = fallback;
            String phrase = line;
            if (tab >= 0) {
                phrase = line.substring(0, tab);
                try {
                    on = ArticleReader.parseDate(line.substring(tab + 1));
                } catch (InputException e) {
                    problems.add(where + ": " + e.getMessage());
                    continue;
                }
            }
            if (phrase.isBlank()) {
                problems.add(where + ": empty phrase");
                continue;
            }
            out.add(new Query(where, phrase.strip(), on));
        }
        return out;
    }

    private static List<String> readLines(BufferedReader r) {
        List<String> lines = new ArrayList<>();
        try (r) {
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                lines.add(l);
            }
        } catch (IOException e) {
            throw new InputException("cannot read standard input: " + e.getMessage());
        }
        return lines;
    }
}
