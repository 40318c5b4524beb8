package dev.dyad.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Quoted speech: a direct quote (the text between quotation marks, {@code kind = direct}) or the
 * complement of a speech verb ({@code kind = indirect}).
 *
 * @param speaker the speaker as resolved through titles and pronouns, or null when unknown
 * @param rule    how the speaker was found (e.g. "speech-verb-subject", "previous-speaker")
 */
@JsonPropertyOrder({"article_id", "kind", "text", "span", "sentence", "speaker", "rule"})
public record Quote(@JsonProperty("article_id") String articleId, String kind, String text, int[] span,
                    int sentence, ActorRef speaker, String rule, @JsonIgnore String speakerEntity) {
    @JsonIgnore
    public Span charSpan() {
        return new Span(span[0], span[1]);
    }
}
