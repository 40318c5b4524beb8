package dev.dyad.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds direct quotes in text: curly pairs (“…”) and straight double quotes paired in order. Returns
 * the spans of the quoted text without the marks. A quote left open at the end of a paragraph that the
 * next paragraph reopens (news style for multi-paragraph quotes) continues there.
 */
public final class QuoteFinder {
    private QuoteFinder() {
    }

    /** Inner spans {@code [start, end)} of the quotes, in text order. */
    public static List<int[]> find(String text) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        char opener = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (open < 0) {
                if (c == '\u201C' || c == '"') {
                    open = i + 1;
                    opener = c;
                }
            } else if (opener == '\u201C' && c == '\u201D' || opener == '"' && c == '"') {
                if (i > open) {
                    out.add(new int[] {open, i});
                }
                open = -1;
            } else if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == opener) {
                out.add(new int[] {open, i}); // paragraph ends inside the quote and the next one reopens it
                open = -1;
            } else if (opener == '\u201C' && c == '\u201C') {
                open = i + 1; // an unbalanced opener: restart at the latest one
            }
        }
        return out;
    }
}
