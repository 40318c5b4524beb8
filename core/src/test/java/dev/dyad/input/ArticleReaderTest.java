package dev.dyad.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    @TempDir
    Path dir;

    private ArticleReader reader(LocalDate date) {
        return new ArticleReader(date, TODAY);
    }

    @Test
    void plainTextTakesDateOption() throws IOException {
        Path f = Files.writeString(dir.resolve("a.txt"), "Russia warned NATO.");
        IngestResult.Accepted a = (IngestResult.Accepted) reader(LocalDate.of(2021, 12, 22)).readAll(f.toString()).get(0);
        assertEquals(LocalDate.of(2021, 12, 22), a.article().date());
        assertEquals("a", a.article().id());
    }

    @Test
    void plainTextTakesMetaFileBesideIt() throws IOException {
        Path f = Files.writeString(dir.resolve("story.txt"), "Russia warned NATO.");
        Files.writeString(dir.resolve("story.meta.json"), "{\"id\": \"s-1\", \"date\": \"2021-12-22\"}");
        IngestResult.Accepted a = (IngestResult.Accepted) reader(null).readAll(f.toString()).get(0);
        assertEquals("s-1", a.article().id());
        assertEquals(LocalDate.of(2021, 12, 22), a.article().date());
    }

    @Test
    void missingDateFallsBackToTodayWithWarning() throws IOException {
        Path f = Files.writeString(dir.resolve("n.txt"), "Russia warned NATO.");
        IngestResult.Accepted a = (IngestResult.Accepted) reader(null).readAll(f.toString()).get(0);
        assertEquals(TODAY, a.article().date());
        assertTrue(a.article().dateAssumed());
        assertTrue(a.warning().contains("no publication date"), a.warning());
    }

    @Test
    void crlfAndBomAreNormalisedCurlyQuotesKept() throws IOException {
        Path f = dir.resolve("w.txt");
        Files.write(f, "\uFEFF\u201CWe agree,\u201D he said.\r\nSecond line.\r\n".getBytes(StandardCharsets.UTF_8));
        IngestResult.Accepted a = (IngestResult.Accepted) reader(TODAY).readAll(f.toString()).get(0);
        assertEquals("\u201CWe agree,\u201D he said.\nSecond line.\n", a.article().text());
    }

    @Test
    void missingFileIsNamed() {
        InputException e = assertThrows(InputException.class, () -> reader(TODAY).readAll(dir.resolve("nope.txt").toString()));
        assertTrue(e.getMessage().endsWith("nope.txt: no such file"), e.getMessage());
    }

    @Test
    void emptyFileIsRejected() throws IOException {
        Path f = Files.writeString(dir.resolve("empty.txt"), "  \n");
        InputException e = assertThrows(InputException.class, () -> reader(TODAY).readAll(f.toString()));
        assertTrue(e.getMessage().contains("empty.txt: empty file"), e.getMessage());
    }

    @Test
    void binaryFileIsRejected() throws IOException {
        Path f = Files.write(dir.resolve("img.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xff, 1});
        InputException e = assertThrows(InputException.class, () -> reader(TODAY).readAll(f.toString()));
        assertTrue(e.getMessage().contains("img.png: not UTF-8 text"), e.getMessage());
    }

    @Test
    void badJsonLineIsReportedWithItsNumberAndOthersAreRead() throws IOException {
        Path f = Files.writeString(dir.resolve("b.jsonl"), String.join("\n",
                "{\"id\": \"1\", \"text\": \"Russia warned NATO.\", \"date\": \"2021-12-22\"}",
                "{\"id\": \"2\", \"text\": broken",
                "{\"id\": \"3\", \"text\": \"Iran condemned Israel.\", \"date\": \"2021-13-40\"}",
                "{\"id\": \"4\", \"text\": \"Iran condemned Israel.\", \"date\": \"2021-12-22\", \"title\": \"t\"}") + "\n");
        List<IngestResult> r = reader(null).readAll(f.toString());
        assertEquals(4, r.size());
        assertInstanceOf(IngestResult.Accepted.class, r.get(0));
        IngestResult.Rejected bad = assertInstanceOf(IngestResult.Rejected.class, r.get(1));
        assertTrue(bad.message().contains("b.jsonl:2: invalid JSON"), bad.message());
        IngestResult.Rejected badDate = assertInstanceOf(IngestResult.Rejected.class, r.get(2));
        assertTrue(badDate.message().contains("b.jsonl:3: bad \"date\""), badDate.message());
        IngestResult.Accepted last = assertInstanceOf(IngestResult.Accepted.class, r.get(3));
        assertEquals("t", last.article().title());
    }

    @Test
    void jsonLineWithoutTextIsRejected() {
        IngestResult r = reader(TODAY).line("x.jsonl:5", "{\"id\": \"a\", \"date\": \"2021-01-01\"}");
        IngestResult.Rejected bad = assertInstanceOf(IngestResult.Rejected.class, r);
        assertEquals("x.jsonl:5: missing or empty \"text\"", bad.message());
        assertNotNull(bad.raw());
    }

    @Test
    void badDateOptionSaysWhatIsExpected() {
        InputException e = assertThrows(InputException.class, () -> ArticleReader.parseDate("22/12/2021"));
        assertEquals("bad date '22/12/2021': expected YYYY-MM-DD", e.getMessage());
    }

    /** Issue 19, defect 1: ids are printable text; a NUL, newline, bidi override or lone surrogate is refused. */
    @Test
    void idsWithControlOrFormatCharactersAreRejected() {
        for (String id : List.of("a\\u0000b", "a\\nb", "x\\u202Ey", "s\\ud800")) {
            IngestResult r = reader(TODAY).line("x.jsonl:1", "{\"id\": \"" + id + "\", \"text\": \"Russia warned NATO.\"}");
            IngestResult.Rejected bad = assertInstanceOf(IngestResult.Rejected.class, r, id);
            assertTrue(bad.problem().startsWith("\"id\" contains"), bad.problem());
        }
        assertInstanceOf(IngestResult.Accepted.class, reader(TODAY).line("x.jsonl:1",
                "{\"id\": \"\u00e9t\u00e9-\ud83d\ude00 1\", \"text\": \"Russia warned NATO.\"}"));
    }

    /** Issue 19, nit: a file name with a newline is printed on one line. */
    @Test
    void fileNamesWithControlCharactersArePrintedOnOneLine() throws IOException {
        Path f = Files.writeString(dir.resolve("bad\nname.txt"), "Russia warned NATO.");
        InputException e = assertThrows(InputException.class, () -> reader(TODAY).readAll(f.toString()));
        assertTrue(e.getMessage().contains("bad\\u000Aname.txt"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    /** Issue 19, defect 3: an article over the size limit is rejected with the reason (it was lost before). */
    @Test
    void articlesOverTheSizeLimitAreRejectedWithTheReason() throws IOException {
        ArticleReader small = new ArticleReader(TODAY, TODAY, new Limits(50, java.time.Duration.ZERO));
        Path big = Files.writeString(dir.resolve("big.txt"), "Russia warned NATO. ".repeat(5));
        IngestResult.Rejected r = assertInstanceOf(IngestResult.Rejected.class, small.readAll(big.toString()).get(0));
        assertEquals(big + ": article of 100 characters is over the limit of 50 (--max-article-chars)", r.message());
        Path huge = Files.writeString(dir.resolve("huge.txt"), "x".repeat(201));
        IngestResult.Rejected h = assertInstanceOf(IngestResult.Rejected.class, small.readAll(huge.toString()).get(0));
        assertTrue(h.problem().startsWith("file of 201 bytes is over the article limit of 50 characters"), h.problem());
        IngestResult j = small.line("a.jsonl:3", "{\"id\": \"a\", \"text\": \"" + "y".repeat(51) + "\"}");
        assertEquals("a.jsonl:3: article of 51 characters is over the limit of 50 (--max-article-chars)",
                assertInstanceOf(IngestResult.Rejected.class, j).message());
        assertInstanceOf(IngestResult.Accepted.class, small.line("a.jsonl:4", "{\"id\": \"a\", \"text\": \"ok\"}"));
    }

    /** Issue 19, defect 12: a UTF-8 BOM at the start of a JSON Lines file rejected line 1. */
    @Test
    void byteOrderMarkOnJsonLinesIsDropped() throws IOException {
        Path f = dir.resolve("bom.jsonl");
        Files.write(f, ("\uFEFF{\"id\": \"1\", \"text\": \"Russia warned NATO.\", \"date\": \"2021-12-22\"}\n"
                + "{\"id\": \"2\", \"text\": \"Iran condemned Israel.\", \"date\": \"2021-12-22\"}\n").getBytes(StandardCharsets.UTF_8));
        List<IngestResult> r = reader(null).readAll(f.toString());
        assertEquals("1", assertInstanceOf(IngestResult.Accepted.class, r.get(0)).article().id());
        assertInstanceOf(IngestResult.Accepted.class, r.get(1));
    }
}
