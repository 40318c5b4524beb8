package dev.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes and one-line errors that name the input. */
class CliTest {
    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    private static void assertOneLineError(Result r, String expected) {
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertTrue(r.err().startsWith("dyad: ") && r.err().contains(expected), r.err());
    }

    @Test
    void missingFile() {
        assertOneLineError(run("code", dir.resolve("gone.txt").toString()), "gone.txt: no such file");
    }

    @Test
    void emptyFile() throws IOException {
        Path f = Files.writeString(dir.resolve("empty.txt"), "");
        assertOneLineError(run("code", "--date", "2021-12-22", f.toString()), "empty.txt: empty file");
    }

    @Test
    void binaryFile() throws IOException {
        Path f = Files.write(dir.resolve("data.bin"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, (byte) 0xc3, 0x28});
        assertOneLineError(run("code", "--date", "2021-12-22", f.toString()), "data.bin: not UTF-8 text");
    }

    @Test
    void badPetrarchParseOption() throws IOException {
        Path f = Files.writeString(dir.resolve("records.xml"), "<Validation/>");
        assertOneLineError(run("eval", "petrarch", f.toString(), "--petrarch-parse", "gold"),
                "'--petrarch-parse': expected corenlp or record, found 'gold'");
    }

    @Test
    void evalNeedsAnEvaluation() {
        assertOneLineError(run("eval"), "Missing required subcommand");
        assertOneLineError(run("eval", "events"), "give at least one of --pentaclass");
        assertOneLineError(run("eval", "actors"), "give --plover JSON, --conflibert-ner TXT or both");
        assertOneLineError(run("eval", "handcoded", dir.resolve("gone.jsonl").toString()), "gone.jsonl: no such file");
    }

    @Test
    void handcodedSentencesAreScoredAsTriples() throws IOException {
        Path f = Files.writeString(dir.resolve("hc.jsonl"), """
                {"id": "H1", "kind": "required", "evidence": "Iran condemned Israel on Monday.", "source": ["IRN"], "target": ["ISR"], "root": ["11"]}
                {"id": "H2", "kind": "required", "evidence": "Iran condemned Israel on Monday.", "source": ["ISR"], "target": ["IRN"], "root": ["11"]}
                """);
        Result r = run("eval", "handcoded", f.toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("(1 hand-coded sentences, test split)"), r.out());
        assertTrue(r.out().contains("| 2 | 1 | 1 | 1 | 0 | 1.000 | 0.500 | 0.667 |"), r.out());
    }

    @Test
    void handcodedLineWithoutSentence() throws IOException {
        Path f = Files.writeString(dir.resolve("hc.jsonl"), "{\"id\": \"H1\", \"source\": [\"IRN\"], \"root\": [\"11\"]}\n");
        assertOneLineError(run("eval", "handcoded", f.toString()), "gold line H1 has no evidence sentence");
    }

    @Test
    void badDateOption() throws IOException {
        Path f = Files.writeString(dir.resolve("a.txt"), "Iran condemned Israel.");
        assertOneLineError(run("code", "--date", "2021-02-30", f.toString()), "bad date '2021-02-30': expected YYYY-MM-DD");
    }

    @Test
    void badJsonLineIsReportedAndTheOthersAreCoded() throws IOException {
        Path f = Files.writeString(dir.resolve("batch.jsonl"),
                "{\"id\": \"a\", \"text\": \"Iran condemned Israel on Monday.\", \"date\": \"2022-03-10\"}\n"
                        + "{not json}\n"
                        + "{\"id\": \"c\", \"text\": \"France criticized Hungary.\", \"date\": \"2022-03-10\"}\n");
        Result r = run("code", "--format", "jsonl", f.toString());
        assertEquals(ExitCodes.SOME_REJECTED, r.code());
        assertTrue(r.err().contains("batch.jsonl:2: invalid JSON"), r.err());
        assertTrue(r.out().contains("\"article_id\":\"a\"") && r.out().contains("\"article_id\":\"c\""), r.out());
    }

    @Test
    void validateReportsTheDictionaries() {
        Result r = run("validate");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("ok: "), r.out());
    }

    @Test
    void theLearnedSecondOpinionSetsConfidenceUnlessSwitchedOff() throws IOException {
        Path f = Files.writeString(dir.resolve("one.jsonl"),
                "{\"id\": \"a\", \"text\": \"Iran condemned Israel on Monday.\", \"date\": \"2022-03-10\"}\n");
        Result with = run("code", "--format", "jsonl", f.toString());
        assertEquals(0, with.code(), with.err());
        assertTrue(with.out().contains("confidence: 0.50 x rule") && with.out().contains("model P(verbal conflict)="), with.out());
        Result without = run("code", "--no-model", "--format", "jsonl", f.toString());
        assertEquals(0, without.code(), without.err());
        assertTrue(without.out().contains("\"article_id\":\"a\"") && !without.out().contains("model P("), without.out());
    }

    @Test
    void quotesComeAsJsonLinesOrATable() throws IOException {
        Path f = Files.writeString(dir.resolve("q.txt"), "\"We will not vote for it,\" said Harriet Ellwood.\n");
        Result jsonl = run("quotes", "--format", "jsonl", "--date", "2024-03-01", f.toString());
        assertEquals(0, jsonl.code(), jsonl.err());
        assertTrue(jsonl.out().contains("\"kind\":\"direct\"") && jsonl.out().contains("\"text\":\"Harriet Ellwood\""),
                jsonl.out());
        Result table = run("quotes", "--format", "table", "--date", "2024-03-01", f.toString());
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("speaker") && table.out().contains("Harriet Ellwood")
                && table.out().contains("We will not vote for it"), table.out());
    }

    /** Issue 19, defect 6: 'dyad code a.txt empty.txt c.txt' never coded c.txt. */
    @Test
    void anEmptyFileAmongGoodOnesIsReportedAndTheOthersCoded() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "Iran condemned Israel on Monday.");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path c = Files.writeString(dir.resolve("c.txt"), "France criticized Hungary on Monday.");
        Result r = run("code", "--no-model", "--format", "jsonl", "--date", "2022-03-10", a.toString(), empty.toString(),
                c.toString());
        assertEquals(ExitCodes.SOME_REJECTED, r.code(), r.err());
        assertEquals("dyad: " + empty + ": empty file, no article text", r.err().strip());
        assertTrue(r.out().contains("\"article_id\":\"a\"") && r.out().contains("\"article_id\":\"c\""), r.out());
    }
}
