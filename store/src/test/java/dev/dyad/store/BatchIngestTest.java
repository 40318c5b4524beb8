package dev.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.dedup.DedupRule;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchIngestTest {
    @TempDir
    Path dir;

    private BatchIngest.Summary ingest(Path db, String... inputs) {
        try (Store s = Store.openForWriting(db)) {
            return new BatchIngest(TestCorpus::dyad, s, 2, DedupRule.DEFAULT, TestCorpus.QUIET)
                    .ingest(List.of(inputs), null);
        }
    }

    private static List<Long> counts(Path db) {
        try (Store s = Store.openReadOnly(db)) {
            return List.of(s.count("articles"), s.count("events"), s.count("quotes"), s.count("actors"),
                    s.count("dedup_events"), s.count("mentions"), s.count("rejects"));
        }
    }

    @Test
    void reRunSkipsEverythingAndKeepsTheCounts() throws IOException {
        Path corpus = TestCorpus.jsonl(dir, "c.jsonl", 12, 7);
        Path db = dir.resolve("a.duckdb");
        BatchIngest.Summary first = ingest(db, corpus.toString());
        assertEquals(12, first.coded());
        assertTrue(first.events() > 12, "synthetic articles are codable: " + first.events());
        List<Long> before = counts(db);
        BatchIngest.Summary again = ingest(db, corpus.toString());
        assertEquals(0, again.coded());
        assertEquals(12, again.skipped());
        assertEquals(before, counts(db));
        try (Store s = Store.openReadOnly(db)) {
            assertEquals(List.of(List.of(TestCorpus.dyad().version())),
                    TestCorpus.rows(s, "SELECT DISTINCT dyad_version FROM events"));
            assertEquals(before.get(1), s.count("mentions"), "every event mention belongs to one deduplicated event");
            assertTrue(s.count("dedup_events") < s.count("events"), "follow-up stories are merged");
        }
    }

    @Test
    void badLinesAreRejectedStoredAndTheOthersKept() throws IOException {
        Path good = TestCorpus.jsonl(dir, "g.jsonl", 3, 11);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(good));
        lines.add(1, "{\"id\": \"broken\", \"text\": ");
        lines.add(3, "{\"id\": \"nodate\", \"text\": \"Iran condemned Israel.\", \"date\": \"2021-13-45\"}");
        Path mixed = Files.write(dir.resolve("mixed.jsonl"), lines);
        Path db = dir.resolve("b.duckdb");
        BatchIngest.Summary r = ingest(db, mixed.toString());
        assertEquals(3, r.coded());
        assertEquals(2, r.rejected());
        assertTrue(r.rejects().get(0).startsWith(mixed + ":2: invalid JSON"), r.rejects().toString());
        try (Store s = Store.openReadOnly(db)) {
            assertEquals(List.of(List.of(4, "bad \"date\" '2021-13-45': expected YYYY-MM-DD")),
                    TestCorpus.rows(s, "SELECT line, error FROM rejects WHERE line = 4"));
            assertEquals(List.of(List.of(2, "{\"id\": \"broken\", \"text\": ")),
                    TestCorpus.rows(s, "SELECT line, raw FROM rejects ORDER BY line LIMIT 1"));
            assertEquals(2, s.count("rejects"));
        }
        ingest(db, mixed.toString());
        assertEquals(2, counts(db).get(6), "a re-run records its rejects afresh, not twice");
    }

    @Test
    void jsonlExportIngestedIntoANewStoreGivesTheSameEvents() throws IOException {
        Path corpus = TestCorpus.jsonl(dir, "c.jsonl", 8, 3);
        Path db = dir.resolve("one.duckdb");
        ingest(db, corpus.toString());
        Path export = dir.resolve("events.jsonl");
        try (Store s = Store.openReadOnly(db); PrintWriter out = new PrintWriter(Files.newBufferedWriter(export))) {
            new Exporter(s).write(Exporter.Format.jsonl, out);
        }
        Path db2 = dir.resolve("two.duckdb");
        BatchIngest.Summary r = ingest(db2, export.toString());
        assertEquals(0, r.rejected());
        String cols = Exporter.TABLE_COLUMNS.replace("dyad_version, ", "") + ", raw_json";
        String dedupCols = "global_event_id, event_day, source_country, target_country, cameo, num_mentions, num_articles";
        try (Store a = Store.openReadOnly(db); Store b = Store.openReadOnly(db2)) {
            String sql = "SELECT " + cols + " FROM events ORDER BY article_id, idx";
            assertEquals(TestCorpus.rows(a, sql), TestCorpus.rows(b, sql));
            String dsql = "SELECT " + dedupCols + " FROM dedup_events ORDER BY 1";
            assertEquals(TestCorpus.rows(a, dsql), TestCorpus.rows(b, dsql));
        }
        assertEquals(0, ingest(db2, export.toString()).coded(), "re-importing the same events is a no-op");
    }

    @Test
    void recodeCodesOnlyArticlesOfAnotherVersion() throws Exception {
        Path corpus = TestCorpus.jsonl(dir, "c.jsonl", 4, 5);
        Path db = dir.resolve("r.duckdb");
        ingest(db, corpus.toString());
        List<Long> before = counts(db);
        try (Store s = Store.openForWriting(db)) {
            s.connection().createStatement().execute(
                    "UPDATE articles SET dyad_version = 'dyad 0.0.1; dictionaries old' WHERE id IN ('synth-000001', 'synth-000003')");
            BatchIngest.Summary r = new BatchIngest(TestCorpus::dyad, s, 2, DedupRule.DEFAULT, TestCorpus.QUIET)
                    .recode(TestCorpus.dyad().version());
            assertEquals(2, r.coded());
        }
        assertEquals(before, counts(db));
    }
}
