package dev.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store commands as a user meets them: the seed's dyads, exports, and clear errors on bad databases. */
class StoreCommandsTest {
    static final Path SEED = Path.of(System.getProperty("dyad.shared", "../../shared"),
            "examples/seed-2021-12-22-russia-us-talks.txt");

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void dyadsOnTheSeedShowTheRussiaUsAndNatoRows() {
        String db = dir.resolve("seed.duckdb").toString();
        Result in = run("ingest", SEED.toString(), "--db", db);
        assertEquals(0, in.code(), in.err());
        assertTrue(in.out().contains("1 articles coded"), in.out());
        Result d = run("dyads", "--db", db, "--by", "day", "--format", "jsonl");
        assertEquals(0, d.code(), d.err());
        List<String> rows = d.out().lines().toList();
        assertTrue(rows.contains("{\"period\":\"2021-12-22\",\"source\":\"RUS\",\"target\":\"USA\",\"events\":1,"
                + "\"q1_verbal_coop\":1,\"q2_material_coop\":0,\"q3_verbal_conflict\":0,\"q4_material_conflict\":0,"
                + "\"goldstein\":4.0}"), d.out());
        assertTrue(rows.stream().anyMatch(r -> r.contains("\"source\":\"RUS\",\"target\":\"IGOWSTNAT\"")), d.out());
        assertTrue(rows.stream().anyMatch(r -> r.contains("\"source\":\"USA\",\"target\":\"RUS\"")), d.out());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("{\"period\":\"2021-W50\"")), "weeks keep their label: " + d.out());

        Result phoenix = run("export", "--db", db, "--format", "phoenix");
        assertEquals(0, phoenix.code(), phoenix.err());
        assertTrue(phoenix.out().lines().allMatch(l -> l.split("\t", -1).length == 26), phoenix.out());
        Result gdelt = run("export", "--db", db, "--format", "gdelt");
        assertTrue(gdelt.out().lines().count() > 5 && gdelt.out().lines().allMatch(l -> l.split("\t", -1).length == 61));
        Result jsonl = run("export", "--db", db, "--format", "jsonl");
        assertEquals(16, jsonl.out().lines().count());
        Result gold = run("export", "--db", db, "--format", "gold");
        assertEquals(0, gold.code(), gold.err());
        assertEquals("", gold.out(), "no corrections yet: an empty gold file");
        Result q = run("query", "--db", db, "--source", "RUS", "--target", "USA", "--format", "jsonl");
        assertTrue(q.out().startsWith("{\"article_id\":\"seed-2021-12-22-russia-us-talks\",\"sentence\":0,"), q.out());
    }

    private static void assertOneLine(Result r, int code, String... parts) {
        assertEquals(code, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        for (String p : parts) {
            assertTrue(r.err().contains(p), r.err());
        }
    }

    @Test
    void aCorruptDatabaseIsRefusedAndLeftUntouched() throws IOException {
        Path bad = Files.writeString(dir.resolve("notes.duckdb"), "these are my notes, not a database\n".repeat(200));
        byte[] before = Files.readAllBytes(bad);
        Path article = Files.writeString(dir.resolve("a.txt"), "Iran condemned Israel.");
        assertOneLine(run("ingest", article.toString(), "--date", "2021-12-22", "--db", bad.toString()), ExitCodes.STORE,
                "dyad: " + bad + ": not a dyad database", "left untouched");
        assertOneLine(run("query", "--db", bad.toString()), ExitCodes.STORE, bad + ": not a dyad database");
        assertArrayEquals(before, Files.readAllBytes(bad));
        Path empty = Files.writeString(dir.resolve("empty.duckdb"), "");
        assertOneLine(run("dyads", "--db", empty.toString()), ExitCodes.STORE, empty + ": empty file");
    }

    @Test
    void aMissingDatabaseIsNotCreatedByReaders() {
        Path db = dir.resolve("none.duckdb");
        assertOneLine(run("query", "--db", db.toString()), ExitCodes.STORE, db + ": no such database");
        assertOneLine(run("export", "--db", db.toString(), "--format", "csv"), ExitCodes.STORE, db + ": no such database");
        assertTrue(Files.notExists(db));
        assertOneLine(run("ingest", "x.txt", "--db", dir.resolve("no/such/dir/d.duckdb").toString()), ExitCodes.BAD_INPUT,
                "x.txt: no such file");
    }

    @Test
    void synthIsDeterministic() {
        Result a = run("synth", "--articles", "5", "--seed", "3");
        Result b = run("synth", "--articles", "5", "--seed", "3");
        assertEquals(0, a.code());
        assertEquals(a.out(), b.out());
        assertEquals(5, a.out().lines().count());
        assertTrue(a.out().startsWith("{\"id\":\"synth-000001\",\"date\":\"2022-03-01\""), a.out());
    }

    @Test
    void serveRefusesABadPort() {
        Result r = run("serve", "--db", dir.resolve("s.duckdb").toString(), "--port", "70000");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("bad --port 70000"), r.err());
    }
}
