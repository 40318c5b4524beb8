package dev.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dyad.output.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorrectionsTest {
    @TempDir
    Path dir;

    private static final String SENTENCE = "Russia accused Ukraine of shelling a village.";

    private static String event(String source, String target, String cameo) {
        return "{\"article_id\":\"a1\",\"sentence\":0,\"sentence_text\":\"" + SENTENCE + "\",\"source\":{\"text\":\"Russia\",\"code\":\""
                + source + "\",\"span\":[0,6],\"rule\":\"r\"},\"target\":{\"text\":\"Ukraine\",\"code\":\"" + target
                + "\",\"span\":[15,22],\"rule\":\"r\"},\"cameo\":\"" + cameo + "\",\"cameo_name\":\"x\",\"quad_class\":3,"
                + "\"goldstein\":-2.0,\"modality\":\"asserted\",\"event_date\":\"2024-05-14\","
                + "\"trigger\":{\"text\":\"accused\",\"span\":[7,14]},\"provenance\":{\"pipeline\":\"dyad test\"}}";
    }

    private static void importArticle(StoreWriter w, String... events) throws Exception {
        List<JsonNode> nodes = new java.util.ArrayList<>();
        for (String e : events) {
            nodes.add(Json.MAPPER.readTree(e));
        }
        w.writeImported("a1", "h", nodes, List.of(events), "test", "dyad test");
    }

    @Test
    void correctionsSurviveARecodeAndExportAsGold() throws Exception {
        try (Store s = Store.openForWriting(dir.resolve("c.duckdb"))) {
            StoreWriter w = new StoreWriter(s);
            importArticle(w, event("RUS", "UKR", "112"), event("RUS", "UKR", "190"));
            Corrections c = new Corrections(s);
            var req = new Corrections.Request(Corrections.Verdict.fixed, null, "UKRMIL", null, null, "troops", "ana");
            assertNull(Corrections.problem(req));
            assertNotNull(c.add("a1", 0, req));
            assertNotNull(c.add("a1", 1, new Corrections.Request(Corrections.Verdict.wrong, null, null, null, null, null, null)));
            assertNull(c.add("a1", 9, req), "no such event");
            assertNull(c.add("nope", 0, req), "no such article");

            importArticle(w, event("RUS", "UKR", "111")); // re-coded: fewer events, other codes
            assertEquals(2, c.list("a1").size(), "a re-code never removes a correction");

            StringWriter out = new StringWriter();
            new Exporter(s).write(Exporter.Format.gold, new PrintWriter(out));
            String[] lines = out.toString().split("\n");
            assertEquals(2, lines.length);
            JsonNode fixed = Json.MAPPER.readTree(lines[0]);
            assertEquals("required", fixed.get("kind").asText());
            assertEquals(SENTENCE, fixed.get("evidence").asText());
            assertEquals("[\"RUS\"]", fixed.get("source").toString());
            assertEquals("[\"UKRMIL\"]", fixed.get("target").toString());
            assertEquals("[\"112\"]", fixed.get("root").toString());
            assertEquals("[\"2024-05-14\"]", fixed.get("date").toString());
            JsonNode wrong = Json.MAPPER.readTree(lines[1]);
            assertEquals("forbidden", wrong.get("kind").asText());
            assertEquals("[\"19\"]", wrong.get("root").toString());
            assertEquals("C2", wrong.get("id").asText());
        }
    }

    @Test
    void requestsAreChecked() {
        assertNotNull(Corrections.problem(new Corrections.Request(null, null, null, null, null, null, null)));
        assertNotNull(Corrections.problem(new Corrections.Request(Corrections.Verdict.fixed, null, null, null, null, null, null)));
        assertNotNull(Corrections.problem(new Corrections.Request(Corrections.Verdict.fixed, "<b>", null, null, null, null, null)));
        assertNotNull(Corrections.problem(new Corrections.Request(Corrections.Verdict.fixed, null, null, "abc", null, null, null)));
        assertNull(Corrections.problem(new Corrections.Request(Corrections.Verdict.fixed, null, "-", null, null, null, null)));
    }

    /** Issue 19, defect 11: cameo 999 and event_date 2021-02-30 were accepted and reached the gold export. */
    @Test
    void impossibleCodesAndDatesAreRefused() {
        java.util.function.BiFunction<String, String, String> p = (cameo, date) -> Corrections.problem(
                new Corrections.Request(Corrections.Verdict.fixed, null, null, cameo, date, null, null));
        assertEquals("\"cameo\" 999 is not a CAMEO event code (see the CAMEO codebook, e.g. 036 or 190)", p.apply("999", null));
        assertNotNull(p.apply(null, "2021-02-30"));
        assertTrue(p.apply(null, "2021-02-30").startsWith("\"event_date\" '2021-02-30' is not a date of the calendar"));
        assertNotNull(p.apply(null, "2021-13"));
        assertNotNull(p.apply(null, "2021-W54"));
        for (String ok : new String[] {"036", "190", "1121", "19"}) {
            assertNull(p.apply(ok, null), ok);
        }
        for (String ok : new String[] {"2020-02-29", "2020-W53", "2021-12", "2021", "2021-Q4"}) {
            assertNull(p.apply(null, ok), ok);
        }
    }
}
