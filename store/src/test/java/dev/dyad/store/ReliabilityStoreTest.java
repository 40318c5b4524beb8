package dev.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dyad.dedup.DedupRule;
import dev.dyad.output.Json;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regression tests for issue 19 (reliability probe) that need no pipeline. */
class ReliabilityStoreTest {
    @TempDir
    Path dir;

    private static final String EVENT = "{\"article_id\": \"%s\", \"sentence\": 0, \"source\": {\"code\": \"RUS\"},"
            + " \"target\": {\"code\": \"UKR\"}, \"cameo\": \"190\", \"quad_class\": 4, \"goldstein\": -10,"
            + " \"modality\": \"asserted\", \"event_date\": \"2021-12-22\", \"trigger\": {\"text\": \"attacked\"}}";

    /** Issue 19, defect 1: the dedup key joined id and index with NUL and split at the first NUL. */
    @Test
    void dedupRebuildKeepsIdsWithAnyCharacter() throws Exception {
        Path db = dir.resolve("n.duckdb");
        try (Store s = Store.openForWriting(db)) {
            StoreWriter w = new StoreWriter(s);
            for (String id : List.of("a\u0000b", "plain")) {
                JsonNode e = Json.MAPPER.readTree(String.format(EVENT, id.replace("\u0000", "\\u0000")));
                w.writeImported(id, "h-" + id.length(), List.of(e), List.of(e.toString()), "test", "v");
            }
            assertEquals(1, DedupTables.rebuild(s, DedupRule.DEFAULT), "the same event twice: one deduplicated event");
            assertEquals(2, s.count("mentions"));
            assertEquals(List.of(List.of("a\u0000b")),
                    Rows.all(s, "SELECT article_id FROM mentions WHERE article_id <> 'plain'", List.of()));
        }
    }

    @Test
    void eventLinesWithControlCharactersInTheIdAreRefused() throws Exception {
        JsonNode e = Json.MAPPER.readTree(String.format(EVENT, "a\\u0000b"));
        String problem = EventRow.problem(e);
        assertNotNull(problem);
        assertTrue(problem.startsWith("not a dyad event: \"article_id\" contains the control or format character U+0000"),
                problem);
    }

    private Path emptyStore() {
        Path db = dir.resolve("q.duckdb");
        try (Store s = Store.openForWriting(db)) {
            s.count("events");
        }
        return db;
    }

    private String refusal(Store s, String sql) {
        try {
            UserSql.check(s, sql);
            Rows.all(s, sql, List.of());
        } catch (Rows.QueryException e) {
            return e.getMessage();
        }
        return null;
    }

    /** Issue 19, defect 2: read-only SQL reached the file system and ran several statements. */
    @Test
    void userSqlCannotTouchFilesOrRunMoreThanOneReadStatement() {
        Path db = emptyStore();
        Path csv = dir.resolve("x.csv");
        try (Store s = Store.openForUserSql(db, "200MB")) {
            for (String sql : List.of("COPY events TO '" + csv + "'", "EXPORT DATABASE '" + dir.resolve("exp") + "'",
                    "SELECT 1; COPY events TO '" + csv + "'", "INSTALL httpfs", "ATTACH '" + dir.resolve("z.db") + "'",
                    "SET enable_external_access = true", "CREATE TABLE t (x INTEGER)")) {
                String m = refusal(s, sql);
                assertNotNull(m, sql);
                assertTrue(m.startsWith("--sql accepts a single read statement"), sql + " -> " + m);
            }
            for (String sql : List.of("SELECT * FROM read_text('/etc/passwd')", "SELECT * FROM read_csv('/etc/passwd')",
                    "SELECT * FROM glob('/root/*')")) {
                String m = refusal(s, sql);
                assertNotNull(m, sql);
                assertTrue(m.contains("query refused: --sql reads the store only"), sql + " -> " + m);
            }
            assertEquals(List.of(List.of(0L)), Rows.all(s, "SELECT count(*) FROM events", List.of()));
            assertTrue(refusal(s, "SELEC 1").contains("Parser Error"));
        }
        assertTrue(!java.nio.file.Files.exists(csv) && !java.nio.file.Files.exists(dir.resolve("exp")));
    }

    /** Issue 19, defect 2: range(1e11) grew native memory until the process was killed. */
    @Test
    void userSqlStreamsRowsAndStopsAtItsMemoryLimit() {
        Path db = emptyStore();
        try (Store s = Store.openForUserSql(db, "100MB")) {
            long t0 = System.nanoTime();
            int[] seen = {0};
            RuntimeException stop = new RuntimeException("enough");
            try {
                Rows.stream(s, "SELECT * FROM range(100000000000)", List.of(), new Rows.Sink() {
                    @Override
                    public void columns(List<String> names) {
                    }

                    @Override
                    public void row(List<Object> values) {
                        if (++seen[0] == 5) {
                            throw stop;
                        }
                    }
                });
            } catch (RuntimeException e) {
                assertEquals(stop, e);
            }
            assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "the first rows come at once");
            String m = refusal(s, "SELECT list(range) FROM range(1000000000)");
            assertNotNull(m);
            assertTrue(m.contains("query stopped: it needs more memory than its limit of 100MB"), m);
        }
    }

    /** Issue 19, defect 10: errors were classified by words anywhere in the message, the path included. */
    @Test
    void storeErrorsAreClassifiedByTypeNotByWordsInThePath() {
        Path db = dir.resolve("corrupt-archive").resolve("x.duckdb");
        StoreException denied = StoreException.of(db, new java.sql.SQLException("IO Error: Cannot open file \"" + db
                + "\": Permission denied"));
        assertTrue(denied.getMessage().endsWith("permission denied (check that the file and its directory are writable)"),
                denied.getMessage());
        StoreException missing = StoreException.of(db, new java.nio.file.NoSuchFileException(db.toString()));
        assertEquals(db + ": directory " + db.toAbsolutePath().getParent() + " does not exist", missing.getMessage());
        StoreException full = StoreException.of(db, new java.nio.file.FileSystemException(db.toString(), null,
                "No space left on device"));
        assertEquals(db + ": No space left on device", full.getMessage());
    }
}
