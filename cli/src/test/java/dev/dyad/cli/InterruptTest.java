package dev.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19, nit: Ctrl-C prints one line saying what becomes of the work, and exits 130. */
class InterruptTest {
    @TempDir
    Path dir;

    @Test
    void theLineAndTheCode() {
        StringWriter err = new StringWriter();
        Interrupts.note("; the articles stored so far are kept: run the same command again to finish");
        try {
            assertEquals(130, Interrupts.interrupted(new PrintWriter(err)));
        } finally {
            Interrupts.note("");
        }
        assertEquals("dyad: interrupted (Ctrl-C); the articles stored so far are kept: run the same command again to finish",
                err.toString().strip());
    }

    @Test
    void aRealSigintOnServe() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), "dev.dyad.cli.Main",
                "serve", "--db", dir.resolve("s.duckdb").toString(), "--port", "0").redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.add(line);
                if (line.contains("workbench on http://")) {
                    new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
                    if (!p.waitFor(30, TimeUnit.SECONDS)) {
                        p.destroyForcibly();
                        Assumptions.abort("SIGINT is ignored here (a background job's children ignore it)");
                    }
                }
            }
        } finally {
            p.destroyForcibly();
        }
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(130, p.exitValue(), String.join("\n", lines));
        assertTrue(lines.contains("dyad: interrupted (Ctrl-C); the workbench has stopped"), String.join("\n", lines));
        assertFalse(String.join("\n", lines).contains("Exception"), String.join("\n", lines));
    }
}
