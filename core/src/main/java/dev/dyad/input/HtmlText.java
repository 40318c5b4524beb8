package dev.dyad.input;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Tag;
import org.jsoup.select.NodeVisitor;

/**
 * The text of HTML input, as dyad codes it. jsoup parses the markup as a browser would (entities decoded, broken
 * markup repaired); the text keeps one line break per {@code <br>} and a blank line between block elements
 * (paragraphs, headings, list items, table rows), so sentences never run into each other; scripts, styles and
 * the head are left out, and the page's {@code <title>} becomes the article's title. Every span dyad writes
 * points into this text, which is the article text it stores and prints, not into the markup.
 *
 * <p>What is HTML: a file named {@code .html} or {@code .htm}, the {@code "html"} field of a JSON Lines record,
 * or text that {@linkplain #looksLikeHtml looks like HTML}.
 */
public final class HtmlText {
    /** @param title the page's title, or null */
    public record Extracted(String text, String title) {
    }

    /** A closing tag ({@code </b>}, {@code </P>}); only one of an element HTML knows counts (see {@link #looksLikeHtml}). */
    private static final Pattern CLOSING_TAG = Pattern.compile("</([A-Za-z][A-Za-z0-9]{0,9})\\s*>");
    private static final Pattern DOCUMENT = Pattern.compile("(?i)^\\s*(<!doctype\\s+html|<html[\\s>])");

    private HtmlText() {
    }

    /**
     * True when the text is markup: it starts like an HTML document ({@code <!DOCTYPE html}, {@code <html>}), or
     * it closes an element that HTML defines ({@code </b>}, {@code </p>}, {@code </div>}). A lone opening angle
     * bracket is not enough: news wires write company names as {@code <ACME CORP>} and comparisons as
     * {@code a < b}, and a closing tag of a real element is what such text never has.
     */
    public static boolean looksLikeHtml(String text) {
        if (DOCUMENT.matcher(text).find()) {
            return true;
        }
        Matcher m = CLOSING_TAG.matcher(text);
        while (m.find()) {
            if (Tag.isKnownTag(m.group(1).toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    public static Extracted extract(String html) {
        Document doc = Jsoup.parse(html);
        String title = doc.title().isBlank() ? null : doc.title().strip();
        StringBuilder out = new StringBuilder();
        doc.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && !skipped(t)) {
                    String s = t.getWholeText();
                    out.append(inPre(t) ? s : s.replaceAll("\\s+", " "));
                } else if (node instanceof Element e && e.nameIs("br")) {
                    out.append('\n');
                } else if (node instanceof Element e && e.isBlock()) {
                    out.append("\n\n");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    out.append("\n\n");
                }
            }
        });
        return new Extracted(tidy(out.toString()), title);
    }

    private static boolean skipped(TextNode t) {
        for (Element p = t.parentElement(); p != null; p = p.parent()) {
            if (p.nameIs("script") || p.nameIs("style") || p.nameIs("noscript") || p.nameIs("template")) {
                return true;
            }
        }
        return false;
    }

    private static boolean inPre(TextNode t) {
        for (Element p = t.parentElement(); p != null; p = p.parent()) {
            if (p.nameIs("pre")) {
                return true;
            }
        }
        return false;
    }

    /** Spaces at line ends removed, at most one blank line in a row, no blank lines at the ends. */
    private static String tidy(String s) {
        String t = s.replace('\u00A0', ' ').replaceAll("[ \\t]*\n[ \\t]*", "\n").replaceAll("\n{3,}", "\n\n");
        return t.strip();
    }
}
