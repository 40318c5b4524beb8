package dev.dyad.petrarch.coder;

import java.util.ArrayList;
import java.util.List;

/**
 * The line reader every PETRARCH dictionary reader shares: it numbers the lines, drops blank ones and comments
 * ({@code #} to the end of the line, except inside {@code [...]} where {@code ###} is a code; a line that starts
 * with {@code <}, as {@code <!-- -->} and {@code <ISSUE ...>} do) and a leading byte-order mark, and keeps whether
 * the line was indented (an actor's date restrictions are). Stateless.
 */
public final class PetrarchLines {
    private PetrarchLines() {
    }

    /** A line with text: where it is ({@code file:number}), whether it began with white space, its text without comment. */
    public record Line(String file, int number, boolean indented, String text) {
        public String where() {
            return file + ":" + number;
        }
    }

    public static List<Line> read(String file, String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] raw = t.split("\r?\n", -1);
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            String s = stripComment(raw[i]);
            if (!s.isEmpty()) {
                out.add(new Line(file, i + 1, Character.isWhitespace(raw[i].charAt(0)), s));
            }
        }
        return out;
    }

    /** The line without its comment, trimmed ({@code ""} for a comment line). */
    static String stripComment(String line) {
        String s = line.strip();
        if (s.startsWith("<")) {
            return "";
        }
        boolean inBracket = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '[') {
                inBracket = true;
            } else if (c == ']') {
                inBracket = false;
            } else if (c == '#' && !inBracket) {
                return s.substring(0, i).strip();
            }
        }
        return s;
    }
}
