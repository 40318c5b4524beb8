package dev.dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Issue 19, nit: the server notices a client that has closed its connection while its request is worked on. */
class ClientGoneTest {
    @Test
    void aClosedConnectionIsSeenAndAnOpenOneIsNot() throws Exception {
        CompletableFuture<Boolean> sawGone = new CompletableFuture<>();
        Javalin app = Javalin.create(c -> c.showJavalinBanner = false).get("/slow", ctx -> {
            var gone = ClientGone.of(ctx);
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.parseLong(ctx.queryParam("s")));
            boolean g = false;
            while (!g && System.nanoTime() < end) {
                Thread.sleep(50);
                g = gone.getAsBoolean();
            }
            sawGone.complete(g);
            ctx.result(g ? "gone" : "here");
        }).start("127.0.0.1", 0);
        try {
            try (Socket s = new Socket("127.0.0.1", app.port())) {
                OutputStream out = s.getOutputStream();
                out.write(("GET /slow?s=20 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread.sleep(300);
            } // the client hangs up without waiting for the answer
            assertTrue(sawGone.get(10, TimeUnit.SECONDS), "the handler learned that its client had gone");
            // a client that waits for its answer is not taken for gone
            try (Socket s = new Socket("127.0.0.1", app.port())) {
                s.getOutputStream().write(("GET /slow?s=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(answer.endsWith("here"), answer);
            }
        } finally {
            app.stop();
        }
    }
}
