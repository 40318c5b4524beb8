package dev.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dyad.output.Json;
import dev.dyad.pipeline.PipelineConfig;
import dev.dyad.pipeline.PipelineFactory;
import dev.dyad.pipeline.SharedPipeline;
import dev.dyad.server.Workbench;
import dev.dyad.server.WorkbenchServer;
import dev.dyad.store.Store;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: every entry point gives the events {@code dyad code} prints, with the learned models on by default. The
 * corpus is the seed article and the first 200 Reuters articles ({@code -Ddyad.equivalence.reuters=N} for fewer while
 * developing). The Spark runner is held to the same output in {@code SparkEquivalenceTest}.
 */
class EntryPointEquivalenceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SHARED = Path.of(System.getProperty("dyad.shared", "../../shared"));

    @TempDir
    static Path dir;
    static Path corpus;
    static List<String> articleLines = new ArrayList<>();
    static List<String> coded;

    @BeforeAll
    static void codeTheCorpusWithDyadCode() throws IOException {
        Path seed = SHARED.resolve("examples/seed-2021-12-22-russia-us-talks.txt");
        articleLines.add(Json.line(Map.of("id", "seed", "date", "2021-12-22", "text", Files.readString(seed))));
        int reuters = Integer.getInteger("dyad.equivalence.reuters", 200);
        try (BufferedReader r = Files.newBufferedReader(SHARED.resolve("bench/reuters21578.jsonl"))) {
            for (String line = r.readLine(); line != null && articleLines.size() <= reuters; line = r.readLine()) {
                articleLines.add(line);
            }
        }
        corpus = dir.resolve("corpus.jsonl");
        Files.write(corpus, articleLines, StandardCharsets.UTF_8);
        StoreCommandsTest.Result code = StoreCommandsTest.run("code", "--format", "jsonl", corpus.toString());
        assertEquals(0, code.code(), code.err());
        coded = code.out().lines().filter(l -> !l.isBlank()).toList();
    }

    @Test
    void dyadCodeRunsTheDefaultPipelineWithItsLearnedModels() throws IOException {
        assertTrue(coded.size() >= 20, "too few events to compare: " + coded.size());
        String fingerprint = PipelineFactory.fingerprint(PipelineConfig.defaults());
        for (String line : coded) {
            JsonNode e = JSON.readTree(line);
            assertEquals(fingerprint, e.get("provenance").get("pipeline").asText(), line);
            assertTrue(e.get("provenance").get("code").asText().contains("model P("), "second opinion missing: " + line);
        }
    }

    @Test
    void ingestThenExportGivesWhatDyadCodePrints() throws IOException {
        String db = dir.resolve("eq.duckdb").toString();
        StoreCommandsTest.Result in = StoreCommandsTest.run("ingest", corpus.toString(), "--db", db);
        assertEquals(0, in.code(), in.err());
        StoreCommandsTest.Result out = StoreCommandsTest.run("export", "--db", db, "--format", "jsonl");
        assertEquals(0, out.code(), out.err());
        assertEquals(sorted(coded), sorted(out.out().lines().filter(l -> !l.isBlank()).toList()));
    }

    @Test
    void theApiGivesWhatDyadCodePrints() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<String> served = new ArrayList<>();
        try (Store store = Store.openForWriting(dir.resolve("api.duckdb"));
             WorkbenchServer server = WorkbenchServer.start(new Workbench(store,
                     // as dyad serve builds it: every quote sought, as the workbench shows and stores them
                     () -> SharedPipeline.get(PipelineConfig.defaults().withAllQuotes()),
                     PipelineFactory.fingerprint(PipelineConfig.defaults())),
                     "127.0.0.1", 0)) {
            for (String article : articleLines) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + server.port() + "/api/code?store=false"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(article)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), r.body());
                for (JsonNode e : JSON.readTree(r.body()).get("events")) {
                    ((ObjectNode) e).remove("idx"); // the workbench's own index, not part of the output contract
                    served.add(JSON.writeValueAsString(e));
                }
            }
        }
        assertEquals(sorted(normalised(coded)), sorted(served));
    }

    private static List<String> normalised(List<String> lines) throws IOException {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            out.add(JSON.writeValueAsString(JSON.readTree(l)));
        }
        return out;
    }

    private static List<String> sorted(List<String> lines) {
        return lines.stream().sorted().toList();
    }
}
