package dev.dyad.server;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Random but reproducible (seeded) pieces of hostile input: JSON-ish bodies, URL and header text. */
final class Fuzz {
    private static final String[] NASTY = {"\u0000", "\uFEFF", "\u202E", "\u200B", "\n", "\r", "\t", "\\", "\"", "'", "%",
        "%00", "%zz", "..", "/", "<b>", "{", "}", "[", "]", ":", ",", "\uD800", "\uD83D\uDE00", "Ω", "ك", "中", "-1",
        "99999999999999999999", "1e309", "null", "true", "2021-02-30", "13"};

    private Fuzz() {
    }

    static String text(Random r, int max) {
        StringBuilder b = new StringBuilder();
        for (int i = r.nextInt(max + 1); i > 0; i--) {
            switch (r.nextInt(4)) {
                case 0 -> b.append(NASTY[r.nextInt(NASTY.length)]);
                case 1 -> b.append((char) r.nextInt(0x3000));
                default -> b.append((char) ('a' + r.nextInt(26)));
            }
        }
        return b.toString();
    }

    static String urlish(Random r) {
        StringBuilder b = new StringBuilder();
        for (char c : text(r, 8).toCharArray()) {
            if (c > 0x20 && c < 0x7f && c != '#' && c != '?' && c != '&' && c != ' ') {
                b.append(c);
            } else {
                for (byte x : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    b.append('%').append(String.format("%02X", x));
                }
            }
        }
        return b.toString();
    }

    static String headerish(Random r) {
        StringBuilder b = new StringBuilder();
        for (char c : text(r, 10).toCharArray()) {
            b.append(c >= 0x20 && c < 0x7f ? c : 'x');
        }
        return b.toString();
    }

    static byte[] body(Random r) {
        return switch (r.nextInt(5)) {
            case 0 -> {
                byte[] b = new byte[r.nextInt(200)];
                r.nextBytes(b);
                yield b;
            }
            case 1 -> text(r, 60).getBytes(StandardCharsets.UTF_8);
            default -> {
                StringBuilder b = new StringBuilder("{");
                String[] fields = {"id", "text", "date", "title", "verdict", "cameo", "event_date", "source", "target", "note"};
                for (int i = r.nextInt(6); i > 0; i--) {
                    b.append('"').append(fields[r.nextInt(fields.length)]).append("\":");
                    switch (r.nextInt(4)) {
                        case 0 -> b.append(r.nextInt(1000) - 500);
                        case 1 -> b.append("[").append(r.nextBoolean()).append("]");
                        case 2 -> b.append("null");
                        default -> b.append('"').append(text(r, 30).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
                    }
                    b.append(i > 1 ? "," : "");
                }
                yield b.append(r.nextInt(10) == 0 ? "" : "}").toString().getBytes(StandardCharsets.UTF_8);
            }
        };
    }
}
