package dev.dyad.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds direct quotes in the article text (never in CoreNLP's tokens, which rewrite quotation marks, so that spans
 * stay offsets into the text). Marks: curly double (“…”), straight double ("…"), curly single (‘…’, British style),
 * doubled apostrophes (''…'', newswire) and TeX-style (``…''). Only the outermost quote counts: marks of another kind
 * inside it (“they called us ‘hooligans’”) and nested curly pairs are part of its text.
 *
 * <p>A quote never runs past its paragraph: left open at a paragraph's end, it continues when the next paragraph
 * opens with a quotation mark (news style for a block quote over several paragraphs), else it ends there (an
 * unclosed quote). A split quote ("First," she said, "second.") is joined by {@link QuoteStage}, which knows the
 * speech verbs. Linear in the text's length.
 */
public final class QuoteFinder {
    private QuoteFinder() {
    }

    /** A quote: its parts (inner spans without the marks, one per paragraph of a block quote), and whether it closed. */
    public record Marked(List<int[]> parts, boolean closed) {
        public Marked {
            parts = List.copyOf(parts);
        }

        public int start() {
            return parts.get(0)[0];
        }

        public int end() {
            return parts.get(parts.size() - 1)[1];
        }
    }

    private enum Mark {
        CURLY, STRAIGHT, SINGLE, DOUBLED;

        boolean closes(String text, int i) {
            char c = text.charAt(i);
            return switch (this) {
                case CURLY -> c == '\u201D';
                case STRAIGHT -> c == '"';
                case SINGLE -> c == '\u2019' && !letterAt(text, i + 1); // "Moscow’s" is an apostrophe
                case DOUBLED -> c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'';
            };
        }

        int width() {
            return this == DOUBLED ? 2 : 1;
        }
    }

    /** Inner spans {@code [start, end)} of the quotes, in text order; a block quote's parts are spanned as one. */
    public static List<int[]> find(String text) {
        return findMarked(text).stream().map(m -> new int[] {m.start(), m.end()}).toList();
    }

    public static List<Marked> findMarked(String text) {
        List<Marked> out = new ArrayList<>();
        List<int[]> parts = new ArrayList<>();
        Mark open = null;
        int from = -1;
        int depth = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (open == null) {
                Mark m = opener(text, i);
                if (m != null) {
                    open = m;
                    from = i + m.width();
                    depth = 1;
                    i = from;
                    continue;
                }
            } else if (c == '\n') {
                // the paragraph ends inside the quote: a block quote goes on when the next paragraph reopens it
                if (from < i) {
                    parts.add(new int[] {from, trimEnd(text, from, i)});
                }
                int next = skipBlankLines(text, i);
                Mark again = next < text.length() ? opener(text, next) : null;
                if (again == open && !parts.isEmpty()) {
                    from = next + again.width();
                    i = from;
                    continue;
                }
                flush(out, parts, false);
                open = null;
            } else if (open == Mark.CURLY && c == '\u201C') {
                depth++;
            } else if (open.closes(text, i)) {
                if (open == Mark.CURLY && --depth > 0) {
                    i++;
                    continue;
                }
                if (from < i) {
                    parts.add(new int[] {from, i});
                }
                flush(out, parts, true);
                i += open.width();
                open = null;
                continue;
            }
            i++;
        }
        if (open != null && from < text.length()) {
            parts.add(new int[] {from, trimEnd(text, from, text.length())});
        }
        flush(out, parts, false);
        return out;
    }

    private static void flush(List<Marked> out, List<int[]> parts, boolean closed) {
        parts.removeIf(p -> p[0] >= p[1]);
        if (!parts.isEmpty()) {
            out.add(new Marked(parts, closed));
        }
        parts.clear();
    }

    /** The quotation mark opening a quote at {@code i}, or null; single and doubled marks only at a word's start. */
    private static Mark opener(String text, int i) {
        char c = text.charAt(i);
        if (c == '\u201C') {
            return Mark.CURLY;
        }
        if (c == '"') {
            return Mark.STRAIGHT;
        }
        boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
        if (c == '\u2018' && wordStart && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
            return Mark.SINGLE;
        }
        if ((c == '\'' || c == '`') && wordStart && i + 2 < text.length() && text.charAt(i + 1) == c
                && !Character.isWhitespace(text.charAt(i + 2))) {
            return Mark.DOUBLED; // ''…'' and ``…''
        }
        return null;
    }

    private static boolean letterAt(String text, int i) {
        return i < text.length() && Character.isLetter(text.charAt(i));
    }

    private static int skipBlankLines(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int from, int to) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }
}
