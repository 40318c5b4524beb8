package dev.dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dyad.output.Json;
import dev.dyad.store.Queries;
import dev.dyad.store.Store;
import dev.dyad.store.StoreWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19, defect 8: a write in progress (storing an article) no longer makes every other request wait. */
class ConcurrentReadsTest {
    @TempDir
    Path dir;

    @Test
    void readsAreAnsweredWhileAWriteIsInProgressAndSeeTheLastCommittedState() throws Exception {
        try (Store store = Store.openForWriting(dir.resolve("w.duckdb"))) {
            JsonNode e = Json.MAPPER.readTree("{\"article_id\": \"a\", \"sentence\": 0, \"source\": {\"code\": \"RUS\"},"
                    + " \"target\": {\"code\": \"UKR\"}, \"cameo\": \"190\", \"quad_class\": 4, \"goldstein\": -10,"
                    + " \"modality\": \"asserted\", \"event_date\": \"2021-12-22\"}");
            new StoreWriter(store).writeImported("a", "h", List.of(e), List.of(e.toString()), "test", "v");
            try (Workbench wb = new Workbench(store, () -> {
                throw new IllegalStateException("no pipeline in this test");
            }, "test")) {
                CountDownLatch inside = new CountDownLatch(1);
                CountDownLatch release = new CountDownLatch(1);
                CompletableFuture<Object> writing = CompletableFuture.supplyAsync(() -> wb.write(s -> {
                    try {
                        // an uncommitted change, as in the middle of storing an article
                        s.connection().setAutoCommit(false);
                        s.connection().createStatement().execute("DELETE FROM events");
                        inside.countDown();
                        release.await(30, TimeUnit.SECONDS);
                        s.connection().rollback();
                        s.connection().setAutoCommit(true);
                    } catch (Exception x) {
                        throw new IllegalStateException(x);
                    }
                    return null;
                }));
                inside.await(30, TimeUnit.SECONDS);
                var filter = new Queries.EventFilter(null, null, null, null, null);
                JsonNode page = CompletableFuture.supplyAsync(() -> wb.events(filter, 10, 0)).get(10, TimeUnit.SECONDS);
                assertEquals(1, page.get("total").asInt(), "the read sees the committed event, not the write in progress");
                assertEquals(1, CompletableFuture.supplyAsync(wb::health).get(10, TimeUnit.SECONDS).get("events").asInt());
                release.countDown();
                writing.get(30, TimeUnit.SECONDS);
            }
        }
    }
}
