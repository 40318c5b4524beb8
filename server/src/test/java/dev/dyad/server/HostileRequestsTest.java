package dev.dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, defect 5 (cross-site requests, DNS rebinding) and the API fuzz test: random methods, paths, query
 * strings, headers and bodies for a bounded time; no answer may be a 500 or anything but the API's JSON error.
 */
class HostileRequestsTest {
    @TempDir
    Path dir;

    /** One raw HTTP/1.1 request (the JDK client will not send a foreign Host); returns status line + body. */
    static String[] send(int port, String method, String target, String host, String headers, byte[] body)
            throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            String head = method + " " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n" + headers
                    + "Content-Length: " + body.length + "\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            InputStream in = s.getInputStream();
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int cut = all.indexOf("\r\n\r\n");
            String status = all.isEmpty() ? "" : all.substring(0, all.indexOf("\r\n") < 0 ? all.length() : all.indexOf("\r\n"));
            return new String[] {status, cut < 0 ? "" : all.substring(cut + 4), cut < 0 ? all : all.substring(0, cut)};
        }
    }

    private static WorkbenchServer server(Store store) {
        return WorkbenchServer.start(new Workbench(store, () -> {
            throw new IllegalStateException("no pipeline in this test");
        }, "test"), "127.0.0.1", 0);
    }

    @Test
    void crossSiteAndRebindingRequestsAreRefused() throws IOException {
        try (Store store = Store.openForWriting(dir.resolve("h.duckdb")); WorkbenchServer s = server(store)) {
            int p = s.port();
            String own = "127.0.0.1:" + p;
            byte[] article = "{\"id\":\"x\",\"text\":\"Russia attacked Ukraine.\",\"date\":\"2021-12-22\"}".getBytes();
            String[] plain = send(p, "POST", "/api/code?store=true", own, "Content-Type: text/plain\r\n", article);
            assertTrue(plain[0].contains(" 415 "), plain[0]);
            assertTrue(plain[1].startsWith("{\"error\":\"expected Content-Type: application/json"), plain[1]);
            String[] cross = send(p, "POST", "/api/code", own,
                    "Content-Type: application/json\r\nOrigin: http://evil.example\r\n", article);
            assertTrue(cross[0].contains(" 403 "), cross[0]);
            String[] rebound = send(p, "GET", "/api/health", "evil.example:" + p, "", new byte[0]);
            assertTrue(rebound[0].contains(" 403 "), rebound[0]);
            assertTrue(rebound[1].contains("is not this server"), rebound[1]);
            String[] ok = send(p, "GET", "/api/health", "localhost:" + p, "Origin: http://localhost:" + p + "\r\n", new byte[0]);
            assertTrue(ok[0].contains(" 200 "), ok[0]);
            assertEquals(0, store.count("articles"));
        }
    }

    @Test
    void fuzzedRequestsGetAClearAnswerNeverAnInternalError() throws IOException {
        Random r = new Random(Long.getLong("dyad.fuzz.seed", 19));
        String[] paths = {"/api/health", "/api/events", "/api/articles/", "/api/dyads", "/api/network", "/api/corrections",
            "/api/corrections/gold", "/api/articles/a/events/0/corrections", "/api/code", "/", "/events.html"};
        String[] keys = {"source", "target", "root", "from", "to", "limit", "offset", "by", "mentions", "article", "store"};
        int n = 0;
        try (Store store = Store.openForWriting(dir.resolve("f.duckdb")); WorkbenchServer s = server(store)) {
            int p = s.port();
            long until = System.nanoTime() + Long.getLong("dyad.fuzz.millis", 4000) * 1_000_000L;
            while (System.nanoTime() < until) {
                String path = paths[r.nextInt(paths.length)] + (r.nextInt(4) == 0 ? Fuzz.urlish(r) : "");
                StringBuilder q = new StringBuilder();
                for (int i = r.nextInt(4); i > 0; i--) {
                    q.append(q.length() == 0 ? "?" : "&").append(keys[r.nextInt(keys.length)]).append('=').append(Fuzz.urlish(r));
                }
                boolean post = path.startsWith("/api/code") || path.endsWith("/corrections") && r.nextBoolean();
                String headers = (r.nextBoolean() ? "Content-Type: application/json\r\n" : "Content-Type: "
                        + Fuzz.headerish(r) + "\r\n") + (r.nextInt(5) == 0 ? "X-" + r.nextInt(9) + ": " + Fuzz.headerish(r) + "\r\n" : "");
                byte[] body = post ? Fuzz.body(r) : new byte[0];
                String[] a = send(p, post ? "POST" : "GET", path + q, "127.0.0.1:" + p, headers, body);
                n++;
                assertTrue(!a[0].contains(" 500 "), "internal error for " + path + q + " " + new String(body, StandardCharsets.UTF_8)
                        + ": " + a[1]);
                if (path.startsWith("/api/")) {
                    assertTrue(a[2].toLowerCase().contains("json"), "JSON answer for " + path + q + ": " + a[0] + " " + a[1]);
                }
            }
        }
        assertTrue(n > 10, n + " requests");
    }
}
