package dev.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.store.Rows;
import dev.dyad.store.Store;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of an ingest, then re-run: the store ends up exactly as after one clean run. While
 * the ingest holds the database, a query is refused with a one-line message.
 */
class KillResumeTest {
    private static final Pattern CODED = Pattern.compile(" (\\d+) coded");

    @TempDir
    Path dir;

    @Test
    void resumeAfterKillEqualsACleanRun() throws Exception {
        String corpus = dir.resolve("corpus.jsonl").toString();
        assertEquals(0, StoreCommandsTest.run("synth", "--articles", "40", "--seed", "9", "--out", corpus).code());
        Path killed = dir.resolve("killed.duckdb");

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-cp", System.getProperty("java.class.path"), "dev.dyad.cli.Main",
                "ingest", corpus, "--db", killed.toString(), "--progress-seconds", "0.1")
                .redirectErrorStream(true).start();
        StringBuilder log = new StringBuilder();
        CompletableFuture<Boolean> started = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    log.append(line).append('\n');
                    Matcher m = CODED.matcher(line);
                    if (m.find() && Integer.parseInt(m.group(1)) >= 3) {
                        return true;
                    }
                }
            } catch (java.io.IOException e) {
                return false;
            }
            return false;
        });
        try {
            assertTrue(started.get(300, TimeUnit.SECONDS), "child ingest made no progress:\n" + log);
            StoreCommandsTest.Result q = StoreCommandsTest.run("query", "--db", killed.toString(), "--sql", "SELECT 1");
            assertEquals(ExitCodes.STORE, q.code(), q.err());
            assertEquals(1, q.err().strip().lines().count(), q.err());
            assertTrue(q.err().contains(killed + ": database is in use by another process"), q.err());
        } finally {
            child.destroyForcibly();
            child.waitFor(60, TimeUnit.SECONDS);
        }

        try (Store s = Store.openReadOnly(killed)) {
            long n = s.count("articles");
            assertTrue(n >= 3 && n < 40, "killed mid-run: " + n + " articles stored");
            assertEquals(List.of(List.of(0L)), Rows.all(s, """
                    SELECT count(*) FROM articles a
                    WHERE num_events <> (SELECT count(*) FROM events e WHERE e.article_id = a.id)""", List.of()),
                    "no partial article");
        }
        StoreCommandsTest.Result resumed = StoreCommandsTest.run("ingest", corpus, "--db", killed.toString());
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.out().matches("(?s).* [1-9]\\d* skipped.*"), resumed.out());

        Path clean = dir.resolve("clean.duckdb");
        assertEquals(0, StoreCommandsTest.run("ingest", corpus, "--db", clean.toString()).code());
        try (Store a = Store.openReadOnly(killed)) {
            List<List<Object>> fromKilled = snapshot(a);
            try (Store b = Store.openReadOnly(clean)) {
                assertEquals(snapshot(b), fromKilled);
            }
        }
    }

    private static List<List<Object>> snapshot(Store s) {
        List<List<Object>> out = new java.util.ArrayList<>();
        for (String t : List.of("articles", "events", "quotes", "actors", "dedup_events", "mentions", "rejects")) {
            out.add(List.of(t, s.count(t)));
        }
        out.addAll(Rows.all(s, "SELECT raw_json FROM events ORDER BY article_id, idx", List.of()));
        out.addAll(Rows.all(s, "SELECT global_event_id, num_mentions, num_sources, num_articles FROM dedup_events ORDER BY 1",
                List.of()));
        return out;
    }
}
