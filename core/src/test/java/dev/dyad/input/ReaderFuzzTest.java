package dev.dyad.input;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19 acceptance: the input readers meet random bytes, random JSON and random Unicode (NUL, BOMs,
 * control and bidi characters, lone surrogates) for a bounded time (-Ddyad.fuzz.millis, default 3 s; seed
 * -Ddyad.fuzz.seed) and answer each with an article, a rejection or a one-line InputException — never another
 * exception, and never an article with an invalid id.
 */
class ReaderFuzzTest {
    private static final String[] NASTY = {"\u0000", "\uFEFF", "\u202E", "\u2066", "\u200B", "\u0007", "\u001B", "\n",
        "\r", "\r\n", "\t", "\\", "\"", "{", "}", "[", "]", ":", ",", "\uD800", "\uDC00", "\uD83D\uDE00", "Ω", "ك", "中",
        "\\u0000", "\\ud800", "null", "true", "1e999", "-0", "\"id\"", "\"text\"", "\"date\"", "2021-02-30", "2021-12-22"};
    @TempDir
    Path dir;

    private static String text(Random r, int max) {
        StringBuilder b = new StringBuilder();
        for (int i = r.nextInt(max + 1); i > 0; i--) {
            switch (r.nextInt(4)) {
                case 0 -> b.append(NASTY[r.nextInt(NASTY.length)]);
                case 1 -> b.appendCodePoint(r.nextInt(0x30000));
                default -> b.append((char) ('a' + r.nextInt(26)));
            }
        }
        return b.toString();
    }

    private static String jsonish(Random r) {
        StringBuilder b = new StringBuilder(r.nextInt(8) == 0 ? "\uFEFF{" : "{");
        String[] fields = {"id", "text", "date", "title", "source", "url"};
        for (int i = r.nextInt(5); i > 0; i--) {
            b.append('"').append(fields[r.nextInt(fields.length)]).append("\":");
            switch (r.nextInt(4)) {
                case 0 -> b.append(r.nextInt(1000) - 500);
                case 1 -> b.append(r.nextBoolean() ? "null" : "[1, {}]");
                default -> b.append('"').append(text(r, 20).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
            b.append(i > 1 ? "," : "");
        }
        return b.append(r.nextInt(10) == 0 ? "" : "}").toString();
    }

    private static byte[] input(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> {
                byte[] b = new byte[r.nextInt(300)];
                r.nextBytes(b);
                yield b;
            }
            case 1 -> text(r, 80).getBytes(StandardCharsets.UTF_8);
            default -> {
                StringBuilder b = new StringBuilder();
                for (int i = r.nextInt(5); i >= 0; i--) {
                    b.append(jsonish(r)).append(r.nextBoolean() ? "\n" : "\r\n");
                }
                yield b.toString().getBytes(StandardCharsets.UTF_8);
            }
        };
    }

    private static void check(IngestResult res) {
        if (res instanceof IngestResult.Accepted ok) {
            assertNull(ArticleIds.problem(ok.article().id()), "accepted an invalid id: " + ok.article().id());
            assertTrue(!ok.article().text().isBlank());
        } else if (res instanceof IngestResult.Rejected bad) {
            assertTrue(bad.message().lines().count() == 1, "one line: " + bad.message());
        }
    }

    @Test
    void readersAnswerRandomInputWithArticlesRejectionsOrOneLineErrors() throws IOException {
        Random r = new Random(Long.getLong("dyad.fuzz.seed", 19));
        ArticleReader reader = new ArticleReader(null, LocalDate.of(2026, 1, 1), new Limits(2000, java.time.Duration.ZERO));
        long until = System.nanoTime() + Long.getLong("dyad.fuzz.millis", 3000) * 1_000_000L;
        int n = 0;
        while (System.nanoTime() < until) {
            byte[] bytes = input(r);
            String name = r.nextInt(3) == 0 ? "f" + n + ".jsonl" : "f" + n + ".txt";
            Path f = Files.write(dir.resolve(name), bytes);
            try {
                String problem = ArticleReader.problem(f.toString());
                if (problem != null) {
                    assertTrue(problem.lines().count() == 1, problem);
                } else {
                    reader.read(f.toString(), ReaderFuzzTest::check);
                }
                check(reader.line("x:1", new String(bytes, StandardCharsets.UTF_8)));
            } catch (InputException e) {
                assertTrue(e.getMessage().lines().count() == 1, e.getMessage());
            } catch (RuntimeException e) {
                fail("input " + java.util.Base64.getEncoder().encodeToString(bytes) + " (" + name + "): " + e, e);
            }
            Files.delete(f);
            n++;
        }
        assertTrue(n > 50, n + " inputs");
    }
}
