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
}
