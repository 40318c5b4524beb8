package dev.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.BindException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19, defects 10 and 14: each message says what is wrong, from the error's type. */
class ErrorMessagesTest {
    @TempDir
    Path dir;

    @Test
    void listenErrorsSayWhetherThePortIsTakenOrTheAddressIsNotOurs() {
        assertEquals("this machine has no such address; use 127.0.0.1, or an address of this machine",
                ServeCommand.listenProblem(new RuntimeException("x", new BindException("Cannot assign requested address"))));
        assertEquals("the port is in use by another program; try another --port",
                ServeCommand.listenProblem(new RuntimeException(new BindException("Address already in use"))));
    }

    private static int run(StringWriter err, String... args) {
        return Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true), args);
    }

    @Test
    void badOptionsAreRefusedBeforeAnyWork() {
        StringWriter err = new StringWriter();
        assertEquals(ExitCodes.BAD_INPUT, run(err, "ingest", "x.txt", "--db", dir.resolve("d.duckdb").toString(), "--threads", "0"));
        assertEquals("dyad: --threads must be 1 or more, got 0", err.toString().strip());
        StringWriter err2 = new StringWriter();
        assertEquals(ExitCodes.STORE, run(err2, "export", "--db", dir.resolve("none.duckdb").toString(), "--format", "jsonl"));
        assertTrue(err2.toString().contains("no such database"), err2.toString());
        StringWriter err3 = new StringWriter();
        assertEquals(ExitCodes.BAD_INPUT, run(err3, "query", "--db", dir.resolve("none.duckdb").toString(), "--root", "99"));
        assertEquals("dyad: bad --root '99': expected a CAMEO root, 01 to 20", err3.toString().strip());
    }
}
