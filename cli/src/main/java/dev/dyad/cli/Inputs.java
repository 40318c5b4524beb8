package dev.dyad.cli;

import dev.dyad.input.ArticleReader;
import dev.dyad.input.IngestResult;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The input options shared by commands that read articles. */
final class Inputs {
    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "plain-text article, HTML page (.html, .htm), JSON Lines file (id, text or html, date, ...), or - for standard input")
    List<String> inputs;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "publication date of plain-text input (default: <file>.meta.json, else today)")
    String date;

    @Option(names = "--max-article-chars", paramLabel = "N", defaultValue = "1000000",
            description = "longest article text; longer ones are rejected with the reason (default: ${DEFAULT-VALUE})")
    int maxArticleChars;

    @Option(names = "--article-seconds", paramLabel = "S", defaultValue = "120",
            description = "time budget to code one article; slower ones are rejected with the reason, 0: none (default: ${DEFAULT-VALUE})")
    double articleSeconds;

    @Option(names = "--any-language",
            description = "code articles that are not English too (by default they are rejected with the language found)")
    boolean anyLanguage;

    /** The per-article limits the options give. */
    dev.dyad.input.Limits limits() {
        if (articleSeconds < 0 || Double.isNaN(articleSeconds)) {
            throw new dev.dyad.input.InputException("--article-seconds must be 0 (no limit) or more, got " + articleSeconds);
        }
        return new dev.dyad.input.Limits(maxArticleChars, java.time.Duration.ofMillis(Math.round(articleSeconds * 1000)),
                !anyLanguage);
    }

    /** Inputs found unreadable by {@link #validate}, with their one-line problem; reported in input order. */
    private final java.util.Map<String, String> unreadable = new java.util.HashMap<>();

    /**
     * Reads every input, passing accepted articles on and reporting rejected ones; returns the number rejected.
     * An input that cannot be read as a whole is reported and counted, and the others are still read.
     */
    int forEach(PrintWriter err, Consumer<IngestResult.Accepted> sink) {
        LocalDate given = date == null ? null : ArticleReader.parseDate(date);
        ArticleReader reader = new ArticleReader(given, LocalDate.now(), limits());
        int[] rejected = {0};
        for (String input : inputs) {
            String problem = unreadable.get(input);
            if (problem != null) {
                err.println("dyad: " + problem);
                rejected[0]++;
                continue;
            }
            try {
                readOne(reader, input, err, sink, rejected);
            } catch (dev.dyad.input.InputException e) {
                err.println("dyad: " + e.getMessage());
                rejected[0]++;
            }
        }
        return rejected[0];
    }

    private static void readOne(ArticleReader reader, String input, PrintWriter err, Consumer<IngestResult.Accepted> sink,
                                int[] rejected) {
        reader.read(input, r -> {
            if (r instanceof IngestResult.Rejected bad) {
                err.println("dyad: " + bad.message());
                rejected[0]++;
            } else if (r instanceof IngestResult.Accepted ok) {
                if (ok.warning() != null) {
                    err.println("dyad: warning: " + ok.warning());
                }
                sink.accept(ok);
            }
        });
    }

    /**
     * Validates options and checks every input before the (slow) model loading, so a bad --date or an empty
     * file fails in milliseconds. When no input can be read at all this throws (exit 2); otherwise the bad
     * ones are remembered and reported in their turn by {@link #forEach} (exit 1), and the others are coded.
     */
    void validate() {
        if (date != null) {
            ArticleReader.parseDate(date);
        }
        limits();
        String first = null;
        for (String input : inputs) {
            String problem = ArticleReader.problem(input);
            if (problem != null) {
                unreadable.put(input, problem);
                first = first == null ? problem : first;
            }
        }
        if (first != null && unreadable.size() == new java.util.HashSet<>(inputs).size()) {
            throw new dev.dyad.input.InputException(first);
        }
    }
}
