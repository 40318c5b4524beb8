package dev.dyad.store;

import dev.dyad.input.InputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Expands the inputs of a batch: directories become their article files, in name order. */
final class InputFiles {
    private InputFiles() {
    }

    /**
     * Files, JSON Lines and "-" are kept (even missing ones: the batch reports them); a directory gives its
     * *.txt, *.html, *.htm, *.jsonl and *.ndjson files (recursively).
     */
    static List<String> expand(List<String> inputs) {
        List<String> out = new ArrayList<>();
        for (String in : inputs) {
            Path p = Path.of(in);
            if (in.equals("-") || !Files.isDirectory(p)) {
                out.add(in); // a missing or unreadable file is reported by the batch's check, with the others read

                continue;
            }
            try (Stream<Path> files = Files.walk(p)) {
                files.filter(Files::isRegularFile).map(Path::toString).filter(InputFiles::isArticleFile).sorted()
                        .forEach(out::add);
            } catch (IOException e) {
                throw new InputException(in + ": cannot read directory: " + e.getMessage());
            }
        }
        return out;
    }

    private static boolean isArticleFile(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".jsonl") || n.endsWith(".ndjson");
    }

    static boolean isJsonLines(String input) {
        String n = input.toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".ndjson");
    }

    /** Articles an input will give (non-blank lines of JSON Lines, else 1); -1 for standard input. */
    static long estimate(String input) {
        if (input.equals("-")) {
            return -1;
        }
        if (!isJsonLines(input)) {
            return 1;
        }
        try (Stream<String> lines = Files.lines(Path.of(input), StandardCharsets.UTF_8)) {
            return lines.filter(l -> !l.isBlank()).count();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    /** The first non-blank line of a JSON Lines file, or null. */
    static String firstLine(String input) {
        if (input.equals("-") || !isJsonLines(input)) {
            return null;
        }
        try (BufferedReader r = Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.startsWith("\uFEFF") ? line.substring(1) : line;
                if (!line.isBlank()) {
                    return line;
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }
}
