package dev.dyad.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyad.model.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads articles from a plain-text file, a JSON Lines file or standard input ({@code -}).
 *
 * <p>Plain text: the publication date comes from {@code defaultDate} (the {@code --date} option), else
 * from {@code <name>.meta.json} beside the file ({@code id}, {@code date}), else today with a warning.
 * JSON Lines: one object per line with {@code id}, {@code text}, {@code date} and optional
 * {@code title}, {@code source}, {@code url}; a bad line is rejected and the others are still read.
 * HTML ({@code .html}/{@code .htm} files, a record's {@code "html"} field instead of {@code "text"}, or text that
 * looks like HTML) is read through {@link HtmlText}; an article that is not English is rejected
 * ({@link LanguageCheck}, unless {@link Limits#englishOnly} is off).
 * JSON Lines are streamed, never held in memory as a whole.
 */
public final class ArticleReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final LocalDate defaultDate;
    private final LocalDate today;
    private final Limits limits;

    public ArticleReader(LocalDate defaultDate, LocalDate today) {
        this(defaultDate, today, Limits.DEFAULT);
    }

    /** @param limits an article over {@link Limits#maxArticleChars} is rejected with the reason */
    public ArticleReader(LocalDate defaultDate, LocalDate today, Limits limits) {
        this.defaultDate = defaultDate;
        this.today = today;
        this.limits = limits;
    }

    /** Parses a user-supplied {@code YYYY-MM-DD}; the message says what was wrong. */
    public static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InputException("bad date '" + text + "': expected YYYY-MM-DD");
        }
    }

    /**
     * Checks an input before any model is loaded: what makes it unreadable as a whole (missing, a directory,
     * not readable, empty, binary, not UTF-8, blank), as a one-line message naming it, or null when it can be
     * read. Plain-text files are decoded here (they are read whole anyway); JSON Lines are only opened, since
     * their lines are checked one by one as they are read.
     */
    public static String problem(String input) {
        if (input.equals("-")) {
            return null;
        }
        String name = Printable.of(input);
        Path path = Path.of(input);
        if (Files.isDirectory(path)) {
            return name + ": is a directory, expected a file";
        }
        if (!Files.exists(path)) {
            return name + ": no such file";
        }
        if (!Files.isReadable(path)) {
            return name + ": permission denied";
        }
        try {
            long size = Files.size(path);
            if (size == 0) {
                return name + ": empty file, no article text";
            }
            if (isJsonLines(path) || size > PRECHECK_BYTES) {
                return null;
            }
            String text = TextNormalizer.decode(name, Files.readAllBytes(path));
            return text.isBlank() ? name + ": empty file, no article text" : null;
        } catch (InputException e) {
            return e.getMessage();
        } catch (IOException e) {
            return name + ": cannot read: " + e.getMessage();
        }
    }

    /** Plain-text files up to this size are decoded by {@link #problem}; larger ones are checked as they are read. */
    private static final long PRECHECK_BYTES = 16L << 20;

    /** Reads every article of one input, handing each result to {@code sink} as it is read. */
    public void read(String input, Consumer<IngestResult> sink) {
        if (input.equals("-")) {
            readStream("stdin", System.in, sink);
            return;
        }
        String name = Printable.of(input);
        Path path = Path.of(input);
        if (Files.isDirectory(path)) {
            throw new InputException(name + ": is a directory, expected a file");
        }
        if (!Files.exists(path)) {
            throw new InputException(name + ": no such file");
        }
        if (isJsonLines(path)) {
            try (InputStream in = Files.newInputStream(path)) {
                readJsonLines(name, in, sink);
            } catch (NoSuchFileException e) {
                throw new InputException(name + ": no such file");
            } catch (IOException e) {
                throw new InputException(name + ": cannot read: " + e.getMessage());
            }
            return;
        }
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > 4L * limits.maxArticleChars()) { // more bytes than any text within the limit can have
                sink.accept(new IngestResult.Rejected(name, "file of " + size + " bytes is over the article limit of "
                        + limits.maxArticleChars() + " characters (--max-article-chars)", null));
                return;
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new InputException(name + ": cannot read: " + e.getMessage());
        }
        String text = TextNormalizer.decode(name, bytes);
        if (!isHtml(path) && looksLikeJsonLines(text)) {
            readJsonLines(name, new java.io.ByteArrayInputStream(bytes), sink);
            return;
        }
        sink.accept(plainText(input, text, MetaFile.find(path), isHtml(path)));
    }

    public List<IngestResult> readAll(String input) {
        List<IngestResult> out = new ArrayList<>();
        read(input, out::add);
        return out;
    }

    private void readStream(String name, InputStream in, Consumer<IngestResult> sink) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new InputException(name + ": cannot read: " + e.getMessage());
        }
        String text = TextNormalizer.decode(name, bytes);
        if (looksLikeJsonLines(text)) {
            readJsonLines(name, new java.io.ByteArrayInputStream(bytes), sink);
        } else {
            sink.accept(plainText(name, text, null, false));
        }
    }

    /**
     * @param input the file name as given (the id comes from it); messages print it with {@link Printable}
     * @param html  the file is named .html/.htm (else the text is HTML when it {@linkplain HtmlText#looksLikeHtml looks so})
     */
    private IngestResult plainText(String input, String text, MetaFile meta, boolean html) {
        String name = Printable.of(input);
        if (text.isBlank()) {
            throw new InputException(name + ": empty file, no article text");
        }
        String tooLong = limits.sizeProblem(text.length());
        if (tooLong != null) {
            return new IngestResult.Rejected(name, tooLong, null);
        }
        String title = null;
        if (html || HtmlText.looksLikeHtml(text)) {
            HtmlText.Extracted page = HtmlText.extract(text);
            if (page.text().isBlank()) {
                throw new InputException(name + ": HTML without text (nothing outside tags, scripts and styles)");
            }
            text = page.text();
            title = page.title();
        }
        String foreign = limits.languageProblem(text);
        if (foreign != null) {
            return new IngestResult.Rejected(name, foreign, null);
        }
        String id = meta != null && meta.id() != null ? meta.id() : idFromName(input);
        String idProblem = ArticleIds.problem(id);
        if (idProblem != null) {
            throw new InputException(name + ": " + idProblem);
        }
        String warning = null;
        LocalDate date = defaultDate;
        if (date == null && meta != null && meta.date() != null) {
            date = meta.date();
        }
        if (date == null) {
            date = today;
            warning = name + ": no publication date (use --date YYYY-MM-DD or a .meta.json file); using today, " + today;
        }
        return new IngestResult.Accepted(new Article(id, text, date, title, null, null, warning != null), warning, name);
    }

    private void readJsonLines(String name, InputStream in, Consumer<IngestResult> sink) {
        int n = 0;
        int articles = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                n++;
                if (n == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1); // a UTF-8 byte order mark, as editors on Windows write it
                }
                if (line.isBlank()) {
                    continue;
                }
                articles++;
                sink.accept(line(name + ":" + n, line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
        if (articles == 0) {
            throw new InputException(name + ": empty file, no articles");
        }
    }

    /** Parses one JSON Lines record; {@code where} names it in errors (file:line). */
    public IngestResult line(String where, String line) {
        if (line.startsWith("\uFEFF")) {
            line = line.substring(1); // a byte order mark (e.g. a request body saved by a Windows editor)
        }
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (IOException e) {
            String reason = e.getMessage() == null ? "malformed" : e.getMessage().split("\n")[0];
            return new IngestResult.Rejected(where, "invalid JSON: " + reason, line);
        }
        if (node == null || !node.isObject()) {
            return new IngestResult.Rejected(where, "expected a JSON object with id, text and date", line);
        }
        String text = string(node, "text");
        String html = string(node, "html");
        if ((text == null || text.isBlank()) && (html == null || html.isBlank())) {
            return new IngestResult.Rejected(where, "missing or empty \"text\"", line);
        }
        if (text != null && !text.isBlank() && html != null) {
            return new IngestResult.Rejected(where, "both \"text\" and \"html\": give one", line);
        }
        String tooLong = limits.sizeProblem(text != null ? text.length() : html.length());
        if (tooLong != null) {
            return new IngestResult.Rejected(where, tooLong, null);
        }
        String pageTitle = null;
        if (html != null || HtmlText.looksLikeHtml(text)) {
            HtmlText.Extracted page = HtmlText.extract(html != null ? html : text);
            if (page.text().isBlank()) {
                return new IngestResult.Rejected(where, "HTML without text (nothing outside tags, scripts and styles)", line);
            }
            text = page.text();
            pageTitle = page.title();
        }
        String id = string(node, "id");
        String idProblem = ArticleIds.problem(id);
        if (idProblem != null) {
            return new IngestResult.Rejected(where, idProblem, line);
        }
        LocalDate date = defaultDate;
        String warning = null;
        String dateText = string(node, "date");
        if (dateText != null) {
            try {
                date = LocalDate.parse(dateText.length() > 10 ? dateText.substring(0, 10) : dateText);
            } catch (DateTimeParseException e) {
                return new IngestResult.Rejected(where, "bad \"date\" '" + dateText + "': expected YYYY-MM-DD", line);
            }
        }
        if (date == null) {
            date = today;
            warning = where + ": article " + id + " has no date; using today, " + today;
        }
        text = TextNormalizer.normalize(text);
        String foreign = limits.languageProblem(text);
        if (foreign != null) {
            return new IngestResult.Rejected(where, foreign, line);
        }
        String title = string(node, "title");
        Article a = new Article(id, text, date, title != null ? title : pageTitle,
                string(node, "source"), string(node, "url"), warning != null);
        return new IngestResult.Accepted(a, warning, where);
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static boolean isHtml(Path path) {
        String n = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm");
    }

    private static boolean isJsonLines(Path path) {
        String n = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".ndjson");
    }

    private static boolean looksLikeJsonLines(String text) {
        return text.stripLeading().startsWith("{");
    }

    private static String idFromName(String name) {
        String base = Path.of(name).getFileName().toString();
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}
