package dev.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19, defect 9: output lost on write errors with exit 0, and '| head -1' ran to the end. */
class OutputErrorsTest {
    @TempDir
    Path dir;

    /** Standard output that fails with {@code message} once {@code limit} bytes are written. */
    private static final class Failing extends OutputStream {
        final int limit;
        final String message;
        long written;

        Failing(int limit, String message) {
            this.limit = limit;
            this.message = message;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (written + len > limit) {
                throw new IOException(message);
            }
            written += len;
        }
    }

    private Path store() throws IOException {
        String event = "{\"article_id\": \"a%d\", \"sentence\": 0, \"source\": {\"code\": \"RUS\"}, \"target\": {\"code\": \"UKR\"},"
                + " \"cameo\": \"190\", \"quad_class\": 4, \"goldstein\": -10, \"modality\": \"asserted\","
                + " \"event_date\": \"2021-12-22\", \"trigger\": {\"text\": \"attacked\"}}\n";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            b.append(String.format(event, i));
        }
        Path events = Files.writeString(dir.resolve("events.jsonl"), b.toString());
        Path db = dir.resolve("o.duckdb");
        StringWriter err = new StringWriter();
        assertEquals(0, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "ingest", events.toString(),
                "--db", db.toString()), err.toString());
        return db;
    }

    @Test
    void aClosedPipeStopsTheQueryQuietly() throws IOException {
        Path db = store();
        Failing out = new Failing(1000, "Broken pipe");
        StringWriter err = new StringWriter();
        long t0 = System.nanoTime();
        int code = Main.run(out, new PrintWriter(err, true), "query", "--db", db.toString(), "--sql",
                "SELECT * FROM range(10000000000)", "--format", "jsonl");
        assertEquals(Main.READER_GONE, code, err.toString());
        assertEquals("", err.toString());
        assertTrue(System.nanoTime() - t0 < 20_000_000_000L, "stops at once, not after 10^10 rows");
    }

    @Test
    void aFullDiskIsAnErrorNotExitZero() throws IOException {
        Path db = store();
        for (String[] args : new String[][] {{"export", "--db", db.toString(), "--format", "jsonl"},
            {"query", "--db", db.toString(), "--format", "jsonl"},
            {"query", "--db", db.toString(), "--format", "table"}}) {
            StringWriter err = new StringWriter();
            int code = Main.run(new Failing(500, "No space left on device"), new PrintWriter(err, true), args);
            assertEquals(ExitCodes.STORE, code, String.join(" ", args) + ": " + err);
            assertEquals("dyad: cannot write to standard output: No space left on device; the output is incomplete",
                    err.toString().strip());
        }
    }
}
