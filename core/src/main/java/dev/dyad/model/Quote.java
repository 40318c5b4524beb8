package dev.dyad.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Quoted speech: a direct quote (the text between quotation marks, {@link Kind#DIRECT}) or a reported claim (the
 * complement of a speech verb, or the clause "according to" someone; {@link Kind#INDIRECT}).
 *
 * @param text    the quoted words; a quote split by its attribution ("First," she said, "second.") or running over
 *                several paragraphs has its parts joined by a space
 * @param span    from the start of the first part to the end of the last
 * @param parts   the spans of the parts, each without quotation marks (one part for most quotes)
 * @param speaker the speaker the text names, resolved through names, titles and pronouns (code null when not
 *                coded), or null when unknown
 * @param rule    how the speaker was found ("subject of 'said'; pronoun 'she' -> 'Jane Smith'", "continues the
 *                previous quote's speaker")
 */
@JsonPropertyOrder({"article_id", "kind", "text", "span", "parts", "sentence", "speaker", "rule"})
public record Quote(@JsonProperty("article_id") String articleId, Kind kind, String text, int[] span,
                    List<int[]> parts, int sentence, ActorRef speaker, String rule) {
    /** A quote between quotation marks, or a claim reported by a speech verb or "according to"; JSON: lower case. */
    public enum Kind {
        DIRECT, INDIRECT;

        @com.fasterxml.jackson.annotation.JsonValue
        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        @Override
        public String toString() {
            return json();
        }
    }

    public Quote {
        parts = parts == null ? List.of(span) : List.copyOf(parts);
    }

    /** A quote of one part. */
    public Quote(String articleId, Kind kind, String text, int[] span, int sentence, ActorRef speaker, String rule) {
        this(articleId, kind, text, span, List.of(span), sentence, speaker, rule);
    }

    public Span charSpan() {
        return new Span(span[0], span[1]);
    }

    /** True when the text span lies inside one of the quote's parts (not in an attribution between them). */
    public boolean covers(Span s) {
        for (int[] p : parts) {
            if (p[0] <= s.start() && s.end() <= p[1]) {
                return true;
            }
        }
        return false;
    }
}
