package dev.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dyad.dedup.DedupRule;
import dev.dyad.output.Json;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, defect 8: storing one article deduplicates only the days and dyads it touches, and the result is
 * exactly what a full rebuild gives (ids included), whatever the order of the writes.
 */
class IncrementalDedupTest {
    @TempDir
    Path dir;

    private static final String[] COUNTRIES = {"RUS", "USA", "RUSGOV", "IGOWSTNAT", null};
    private static final String[] CODES = {"040", "043", "112"};
    private static final String[] TRIGGERS = {"talks", "talked", "met", "accused"};

    /** A random article's events: few dyads, codes and days, so that mentions meet, chain and bridge often. */
    private static List<JsonNode> randomEvents(Random r, String articleId) {
        List<JsonNode> events = new ArrayList<>();
        int n = r.nextInt(5);
        for (int i = 0; i < n; i++) {
            ObjectNode e = Json.MAPPER.createObjectNode();
            e.put("article_id", articleId).put("sentence", i);
            e.putObject("source").put("code", COUNTRIES[r.nextInt(3)]);
            String target = COUNTRIES[r.nextInt(COUNTRIES.length)];
            if (target == null) {
                e.putNull("target");
            } else {
                e.putObject("target").put("code", target);
            }
            e.put("cameo", CODES[r.nextInt(CODES.length)]).put("quad_class", 1).put("goldstein", r.nextInt(10));
            e.put("modality", r.nextInt(6) == 0 ? "negated" : "asserted");
            LocalDate day = LocalDate.of(2021, 12, 1).plusDays(r.nextInt(5));
            int kind = r.nextInt(12);
            if (kind == 0) {
                e.putNull("event_date");
            } else if (kind == 1) {
                e.put("event_date", "2021-W5" + r.nextInt(2));
            } else if (kind == 2) {
                e.put("event_date", "2021-12");
            } else {
                e.put("event_date", day.toString());
            }
            e.putObject("trigger").put("text", TRIGGERS[r.nextInt(TRIGGERS.length)]);
            events.add(e);
        }
        return events;
    }

    private static void write(StoreWriter w, String id, List<JsonNode> events) {
        w.writeImported(id, "h" + events.hashCode(), events, events.stream().map(JsonNode::toString).toList(), "test", "v");
    }

    private static List<List<Object>> tables(Store s) {
        List<List<Object>> out = new ArrayList<>(Rows.all(s, "SELECT * FROM dedup_events ORDER BY global_event_id", List.of()));
        out.addAll(Rows.all(s, "SELECT * FROM mentions ORDER BY global_event_id, article_id, event_idx", List.of()));
        return out;
    }

    @Test
    void storingArticlesOneByOneGivesExactlyWhatAFullRebuildGives() {
        long merged = 0;
        for (int seed = 1; seed <= 2; seed++) {
            Random r = new Random(seed);
            DedupRule rule = new DedupRule(seed - 1); // windows of 0 and 1 day
            try (Store inc = Store.openForWriting(dir.resolve("inc" + seed + ".duckdb"));
                 Store full = Store.openForWriting(dir.resolve("full" + seed + ".duckdb"))) {
                StoreWriter each = new StoreWriter(inc).dedupEach(rule);
                StoreWriter plain = new StoreWriter(full);
                for (int step = 0; step < 36; step++) {
                    // a third of the writes replace an article already stored: its old events leave their groups
                    String id = "a" + r.nextInt(20);
                    List<JsonNode> events = randomEvents(r, id);
                    write(each, id, events);
                    write(plain, id, events);
                    if (step % 12 == 11) {
                        DedupTables.rebuild(full, rule);
                        assertEquals(tables(full), tables(inc), "seed " + seed + ", after write " + step);
                    }
                }
                merged += full.count("events") - full.count("dedup_events");
            }
        }
        assertTrue(merged >= 6, "the data merges events (else the test shows little): " + merged);
    }

    @Test
    void aBatchUpdateEqualsAFullRebuildAndACrashedBatchRebuildsInFull() {
        Random r = new Random(42);
        try (Store batch = Store.openForWriting(dir.resolve("batch.duckdb"));
             Store full = Store.openForWriting(dir.resolve("full.duckdb"))) {
            StoreWriter first = new StoreWriter(batch);
            StoreWriter plain = new StoreWriter(full);
            for (int i = 0; i < 40; i++) {
                List<JsonNode> events = randomEvents(r, "a" + i);
                write(first, "a" + i, events);
                write(plain, "a" + i, events);
            }
            DedupTables.update(batch, DedupRule.DEFAULT, first.changes());
            assertEquals("false", batch.meta("dedup_stale"));
            // a second batch of a few articles, new and replaced, deduplicated at its end
            StoreWriter second = new StoreWriter(batch);
            JsonNode chn = Json.MAPPER.createObjectNode().put("article_id", "chn").put("sentence", 0)
                    .put("cameo", "040").put("quad_class", 1).put("goldstein", 1).put("modality", "asserted")
                    .put("event_date", "2021-10-01").set("source", Json.MAPPER.createObjectNode().put("code", "CHN"));
            write(plain, "chn", List.of(chn));
            write(new StoreWriter(batch).dedupEach(DedupRule.DEFAULT), "chn", List.of(chn));
            List<List<Object>> untouched = Rows.all(batch, "SELECT rowid, global_event_id FROM dedup_events WHERE source_country = 'CHN'",
                    List.of());
            for (int i = 0; i < 8; i++) {
                String id = "a" + (i * 7);
                List<JsonNode> events = randomEvents(r, id);
                write(second, id, events);
                write(plain, id, events);
            }
            assertTrue(second.changes().complete());
            DedupTables.update(batch, DedupRule.DEFAULT, second.changes());
            assertEquals(untouched, Rows.all(batch, "SELECT rowid, global_event_id FROM dedup_events "
                    + "WHERE source_country = 'CHN'", List.of()), "the batch's update left an event it did not touch alone");
            assertEquals("false", batch.meta("dedup_stale"));
            DedupTables.rebuild(full, DedupRule.DEFAULT);
            assertEquals(tables(full), tables(batch));
            // a batch killed before its deduplication leaves the store stale: the next one cannot trust its base
            StoreWriter killed = new StoreWriter(batch);
            write(killed, "a1", randomEvents(r, "a1"));
            StoreWriter next = new StoreWriter(batch);
            write(next, "a2", randomEvents(r, "a2"));
            assertTrue(!next.changes().complete(), "stale before this batch: a full rebuild is due");
        }
    }

    /** Before: every stored article deleted and rewrote all deduplicated events, and renumbered them. */
    @Test
    void storingOneArticleLeavesTheOtherEventsAlone() throws Exception {
        try (Store s = Store.openForWriting(dir.resolve("one.duckdb"))) {
            StoreWriter w = new StoreWriter(s).dedupEach(DedupRule.DEFAULT);
            Random r = new Random(7);
            for (int i = 0; i < 20; i++) {
                write(w, "a" + i, randomEvents(r, "a" + i));
            }
            List<List<Object>> before = Rows.all(s, "SELECT rowid, global_event_id FROM dedup_events "
                    + "WHERE source_country <> 'CHN' ORDER BY 1", List.of());
            // an earlier day than any other event, and a dyad of its own
            JsonNode e = Json.MAPPER.readTree("{\"article_id\": \"new\", \"sentence\": 0, \"source\": {\"code\": \"CHN\"},"
                    + " \"target\": {\"code\": \"USA\"}, \"cameo\": \"040\", \"quad_class\": 1, \"goldstein\": 1,"
                    + " \"modality\": \"asserted\", \"event_date\": \"2021-11-01\", \"trigger\": {\"text\": \"met\"}}");
            write(w, "new", List.of(e));
            assertEquals(before, Rows.all(s, "SELECT rowid, global_event_id FROM dedup_events "
                    + "WHERE source_country <> 'CHN' ORDER BY 1", List.of()), "the other events were not rewritten");
            assertEquals(1L, ((Number) Rows.all(s, "SELECT count(*) FROM dedup_events WHERE source_country = 'CHN'",
                    List.of()).get(0).get(0)).longValue());
            assertEquals("false", s.meta("dedup_stale"), "each write leaves the tables up to date");
        }
    }
}
