package dev.dyad.cli;

import dev.dyad.ingest.ArticleReader;
import dev.dyad.ingest.IngestResult;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The input options shared by commands that read articles. */
final class Inputs {
    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "plain-text article, JSON Lines file (id, text, date, ...), or - for standard input")
    List<String> inputs;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "publication date of plain-text input (default: <file>.meta.json, else today)")
    String date;

    /** Reads every input, passing accepted articles on and reporting rejected ones; returns the number rejected. */
    int forEach(PrintWriter err, Consumer<IngestResult.Accepted> sink) {
        LocalDate given = date == null ? null : ArticleReader.parseDate(date);
        ArticleReader reader = new ArticleReader(given, LocalDate.now());
        int[] rejected = {0};
        for (String input : inputs) {
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
        return rejected[0];
    }

    /** Validates options before the (slow) model loading, so a bad --date fails in milliseconds. */
    void validate() {
        if (date != null) {
            ArticleReader.parseDate(date);
        }
        for (String input : inputs) {
            if (!input.equals("-") && !java.nio.file.Files.exists(java.nio.file.Path.of(input))) {
                throw new dev.dyad.ingest.InputException(input + ": no such file");
            }
        }
    }
}
