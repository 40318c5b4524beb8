package dev.dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dyad.output.Json;
import dev.dyad.store.Store;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Every endpoint on a real server on a free port, over a temporary store holding the example article. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTest {
    static final String HOSTILE = "Russia condemned the attack. <script>alert('x')</script> \"><img src=x onerror=alert(1)> "
            + "Ukraine accused Russia of shelling the town.' onmouseover='alert(2)";
    Path dir;
    TestServers.Running s;
    JsonNode coded;

    @BeforeAll
    void start() throws Exception {
        dir = Files.createTempDirectory("dyad-api");
        s = TestServers.start(dir);
        HttpResponse<String> r = TestServers.post(s.base() + "/api/code?store=true",
                TestServers.articleJson("example", TestServers.exampleText(), "2024-05-16"));
        assertEquals(200, r.statusCode(), r.body());
        coded = json(r);
        assertEquals(200, TestServers.post(s.base() + "/api/code?store=true",
                TestServers.articleJson("hostile", HOSTILE, "2024-05-17")).statusCode());
    }

    @AfterAll
    void stop() {
        s.close();
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return Json.MAPPER.readTree(r.body());
    }

    private void assertError(HttpResponse<String> r, int status, String words) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
        String error = json(r).get("error").asText();
        assertTrue(error.contains(words), error);
        assertFalse(r.body().contains("\tat ") || r.body().contains("Exception"), "no stack trace: " + r.body());
    }

    @Test
    void health() throws Exception {
        JsonNode h = json(TestServers.get(s.base() + "/api/health"));
        assertEquals("ok", h.get("status").asText());
        assertEquals(2, h.get("articles").asInt());
        assertEquals("ready", h.get("pipeline").asText());
    }

    @Test
    void codeReturnsEventsQuotesAndActorsWithSpans() throws Exception {
        assertTrue(coded.get("events").size() >= 5, coded.toString());
        assertTrue(coded.get("actors").size() >= 10);
        assertTrue(coded.get("quotes").size() >= 1);
        String text = coded.get("article").get("text").asText();
        for (JsonNode e : coded.get("events")) {
            int[] t = {e.get("trigger").get("span").get(0).asInt(), e.get("trigger").get("span").get(1).asInt()};
            assertEquals(e.get("trigger").get("text").asText(), text.substring(t[0], t[1]));
        }
        assertContract(coded);
        // without store=true nothing is written
        HttpResponse<String> r = TestServers.post(s.base() + "/api/code",
                TestServers.articleJson("transient", "Russia threatened Ukraine.", "2024-01-02"));
        assertEquals(200, r.statusCode());
        assertFalse(json(r).get("stored").asBoolean());
        assertEquals(404, TestServers.get(s.base() + "/api/articles/transient").statusCode());
    }

    @Test
    void codeRefusesBadInput() throws Exception {
        assertError(TestServers.post(s.base() + "/api/code", "{\"id\": \"x\", \"text\": "), 400, "invalid JSON");
        assertError(TestServers.post(s.base() + "/api/code", "{\"id\": \"x\"}"), 400, "\"text\"");
        assertError(TestServers.post(s.base() + "/api/code", "[1, 2]"), 400, "JSON object");
        assertError(TestServers.post(s.base() + "/api/code", TestServers.articleJson("x", "Hi.", "16/05/2024")), 400, "date");
        assertError(TestServers.post(s.base() + "/api/code", ""), 400, "empty");
        assertError(TestServers.post(s.base() + "/api/code?store=maybe", TestServers.articleJson("x", "Hi.", null)), 400, "store");
        String big = TestServers.articleJson("big", "Russia met Ukraine. ".repeat(60_000), "2024-01-01");
        assertError(TestServers.post(s.base() + "/api/code", big), 413, "1 MB");
    }

    @Test
    void articleHasTextAndAllAnnotations() throws Exception {
        JsonNode a = json(TestServers.get(s.base() + "/api/articles/example"));
        assertEquals(TestServers.exampleText().strip(), a.get("article").get("text").asText().strip());
        assertEquals(coded.get("events").size(), a.get("events").size());
        assertEquals(coded.get("actors").size(), a.get("actors").size());
        assertEquals(coded.get("quotes").size(), a.get("quotes").size());
        assertEquals(0, a.get("events").get(0).get("idx").asInt());
        assertContract(a);
        assertError(TestServers.get(s.base() + "/api/articles/nope"), 404, "nope");
        assertError(TestServers.get(s.base() + "/api/no/such/thing"), 404, "not found");
    }

    @Test
    void hostileArticleComesBackAsDataOnly() throws Exception {
        HttpResponse<String> r = TestServers.get(s.base() + "/api/articles/hostile");
        // it closes a <script>, so it is read as HTML (issue 19, defect 13): what is stored and answered is the
        // text a browser would show, as JSON data; the markup is gone
        String text = json(r).get("article").get("text").asText();
        assertEquals(dev.dyad.input.HtmlText.extract(HOSTILE).text(), text);
        assertTrue(text.startsWith("Russia condemned the attack.") && !text.contains("<script") && !text.contains("<img"), text);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        HttpResponse<String> page = TestServers.get(s.base() + "/index.html?id=hostile");
        assertEquals(200, page.statusCode());
        assertFalse(page.body().contains("alert"), "pages are static; article text reaches them only through the API");
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'"), csp);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void eventsAreFilteredAndPaged() throws Exception {
        JsonNode all = json(TestServers.get(s.base() + "/api/events?limit=1000"));
        long total = all.get("total").asLong();
        assertTrue(total >= coded.get("events").size());
        JsonNode page = json(TestServers.get(s.base() + "/api/events?limit=2&offset=1"));
        assertEquals(2, page.get("events").size());
        assertEquals(all.get("events").get(1), page.get("events").get(0));
        JsonNode arm = json(TestServers.get(s.base() + "/api/events?source=arm&from=2024-05-01&to=2024-05-31"));
        assertTrue(arm.get("total").asInt() >= 1);
        for (JsonNode e : arm.get("events")) {
            assertTrue(e.get("source").get("code").asText().startsWith("ARM"), e.toString());
        }
        assertError(TestServers.get(s.base() + "/api/events?limit=0"), 400, "limit");
        assertError(TestServers.get(s.base() + "/api/events?from=yesterday"), 400, "from");
        assertError(TestServers.get(s.base() + "/api/events?root=abc"), 400, "root");
        assertError(TestServers.get(s.base() + "/api/events?source=%3Cb%3E"), 400, "source");
    }

    @Test
    void dyadsAndNetwork() throws Exception {
        JsonNode d = json(TestServers.get(s.base() + "/api/dyads?by=week"));
        assertEquals("week", d.get("by").asText());
        assertTrue(d.get("rows").size() >= 1);
        JsonNode row = d.get("rows").get(0);
        JsonNode one = json(TestServers.get(s.base() + "/api/dyads?by=day&mentions=true&source=" + row.get("source").asText()
                + "&target=" + row.get("target").asText()));
        for (JsonNode r : one.get("rows")) {
            assertEquals(row.get("source"), r.get("source"));
        }
        assertError(TestServers.get(s.base() + "/api/dyads?by=year"), 400, "day, week or month");
        JsonNode n = json(TestServers.get(s.base() + "/api/network"));
        assertTrue(n.get("nodes").size() >= 2);
        assertTrue(n.get("edges").size() >= 1);
        assertTrue(n.get("edges").get(0).has("mean_goldstein"));
    }

    @Test
    void correctionsAreStoredAndExportedAsGold() throws Exception {
        String url = s.base() + "/api/articles/example/events/0/corrections";
        HttpResponse<String> r = TestServers.post(url, "{\"verdict\": \"fixed\", \"target\": \"aze\", \"cameo\": \"036\", \"coder\": \"t\"}");
        assertEquals(201, r.statusCode(), r.body());
        assertEquals("AZE", json(r).get("target").asText());
        assertError(TestServers.post(url, "{\"verdict\": \"maybe\"}"), 400, "verdict");
        assertError(TestServers.post(url, "{\"verdict\": \"fixed\"}"), 400, "at least one");
        assertError(TestServers.post(url, "{\"verdict\": \"fixed\", \"cameo\": \"x<y\"}"), 400, "cameo");
        assertError(TestServers.post(url, "not json"), 400, "invalid JSON");
        assertError(TestServers.post(s.base() + "/api/articles/example/events/999/corrections", "{\"verdict\": \"wrong\"}"),
                404, "no event 999");
        assertError(TestServers.post(s.base() + "/api/articles/nope/events/0/corrections", "{\"verdict\": \"wrong\"}"),
                404, "nope");
        assertTrue(json(TestServers.get(s.base() + "/api/corrections?article=example")).get("corrections").size() >= 1);
        HttpResponse<String> gold = TestServers.get(s.base() + "/api/corrections/gold");
        assertEquals(200, gold.statusCode());
        JsonNode line = Json.MAPPER.readTree(gold.body().lines().filter(l -> l.contains("\"AZE\"")).findFirst().orElseThrow());
        assertEquals("required", line.get("kind").asText());
        assertEquals("[\"036\"]", line.get("root").toString());
        assertEquals(coded.get("events").get(0).get("sentence_text").asText(), line.get("evidence").asText());
    }

    @Test
    void unexpectedFailureIsA500WithoutDetails() throws Exception {
        Path d = Files.createTempDirectory("dyad-broken");
        try (Store store = Store.openForWriting(d.resolve("b.duckdb"));
             WorkbenchServer broken = WorkbenchServer.start(new Workbench(store, () -> {
                 throw new IllegalStateException("secret internal detail");
             }, "test"), "127.0.0.1", 0)) {
            HttpResponse<String> r = TestServers.post("http://127.0.0.1:" + broken.port() + "/api/code",
                    TestServers.articleJson("x", "Russia met Ukraine.", "2024-01-01"));
            assertError(r, 500, "internal error");
            assertFalse(r.body().contains("secret"), r.body());
        }
    }

    /** The actors and events of a workbench answer are the output contract's (events with the workbench's "idx" added). */
    private static void assertContract(JsonNode answer) {
        dev.dyad.output.OutputContract contract = dev.dyad.output.OutputContract.builtIn();
        for (JsonNode m : answer.get("actors")) {
            assertEquals(null, contract.problem("actor", m), m.toString());
        }
        for (JsonNode e : answer.get("events")) {
            com.fasterxml.jackson.databind.node.ObjectNode copy = e.deepCopy();
            copy.remove("idx");
            assertEquals(null, contract.problem("event", copy), e.toString());
        }
    }
}
