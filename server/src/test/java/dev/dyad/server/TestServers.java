package dev.dyad.server;

import dev.dyad.output.Json;
import dev.dyad.pipeline.Dyad;
import dev.dyad.store.Store;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** One pipeline per test JVM, servers on free ports over temporary stores, and a small HTTP client. */
final class TestServers {

    private TestServers() {
    }

    /** The default pipeline (learned models on), as every command builds it. */
    static Dyad dyad() {
        return dev.dyad.pipeline.SharedPipeline.get(dev.dyad.pipeline.PipelineConfig.defaults().withAllQuotes());
    }

    /** A running server with its store; close it to stop both. */
    record Running(WorkbenchServer server, Store store, String base) implements AutoCloseable {
        @Override
        public void close() {
            server.close();
            store.close();
        }
    }

    static Running start(Path dir) {
        Store store = Store.openForWriting(dir.resolve("test.duckdb"));
        WorkbenchServer s = WorkbenchServer.start(new Workbench(store, TestServers::dyad, "test"), "127.0.0.1", 0);
        return new Running(s, store, "http://127.0.0.1:" + s.port());
    }

    /** The project's example article (examples/), in the JSON Lines input shape. */
    static String exampleText() throws IOException {
        Path p = Path.of(System.getProperty("user.dir")).resolveSibling("examples").resolve("2024-05-16-caucasus-border-talks.txt");
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    static String articleJson(String id, String text, String date) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("date", date);
        m.put("title", "test " + id);
        m.put("text", text);
        return Json.line(m);
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String url, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
