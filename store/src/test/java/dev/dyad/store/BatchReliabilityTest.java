package dev.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.dedup.DedupRule;
import dev.dyad.ingest.InputException;
import dev.dyad.pipeline.Dyad;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19: batches that meet bad files, duplicate ids, huge articles and failing workers. */
class BatchReliabilityTest {
    @TempDir
    Path dir;

    private BatchIngest.Summary ingest(Path db, Supplier<Dyad> dyad, String... inputs) {
        try (Store s = Store.openForWriting(db)) {
            return new BatchIngest(dyad, s, 2, DedupRule.DEFAULT, TestCorpus.QUIET).ingest(List.of(inputs), null);
        }
    }

    /** Defect 6: ingest DIR with good, empty, good stopped at the empty file after storing the first. */
    @Test
    void oneBadFileIsRejectedAndTheOthersAreCoded() throws IOException {
        Path corpus = Files.createDirectory(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "Russia attacked Ukraine on Monday.");
        Files.writeString(corpus.resolve("b.txt"), "");
        Files.writeString(corpus.resolve("c.txt"), "France criticized Hungary on Monday.");
        Path db = dir.resolve("d.duckdb");
        BatchIngest.Summary s = ingest(db, TestCorpus::dyad, corpus.toString(), dir.resolve("gone.txt").toString());
        assertEquals(2, s.coded());
        assertEquals(2, s.rejected());
        try (Store st = Store.openReadOnly(db)) {
            assertEquals(List.of(List.of(corpus.resolve("b.txt").toString(), "empty file, no article text"),
                            List.of(dir.resolve("gone.txt").toString(), "no such file")),
                    TestCorpus.rows(st, "SELECT input, error FROM rejects ORDER BY input"));
            assertEquals(List.of(List.of("a"), List.of("c")), TestCorpus.rows(st, "SELECT id FROM articles ORDER BY id"));
        }
    }

    /** Defect 6: inputs are checked before the pipeline is loaded; when none can be read, nothing is. */
    @Test
    void noReadableInputFailsBeforeThePipelineIsLoaded() throws IOException {
        Path empty = Files.writeString(dir.resolve("e.txt"), "  \n");
        AtomicInteger loads = new AtomicInteger();
        InputException e = assertThrows(InputException.class, () -> ingest(dir.resolve("e.duckdb"), () -> {
            loads.incrementAndGet();
            return TestCorpus.dyad();
        }, empty.toString()));
        assertTrue(e.getMessage().endsWith("e.txt: empty file, no article text"), e.getMessage());
        assertEquals(0, loads.get());
    }
}
