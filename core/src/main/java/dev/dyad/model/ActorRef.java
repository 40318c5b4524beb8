package dev.dyad.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An actor as written into an event or quote: text, CAMEO code, span in the article, and the rule that coded it.
 * An event's source that the text does not state has code {@code ---}, no text and no span; its rule says why.
 */
@JsonPropertyOrder({"text", "code", "span", "rule"})
public record ActorRef(String text, String code, Span span, String rule) {
    public static ActorRef of(ActorMention m) {
        return new ActorRef(m.text(), m.code(), m.span(), m.rule());
    }

    /**
     * The source of an event that the text does not state ("three servicemen were killed by a roadside bomb"): code
     * {@link ActorMention#UNKNOWN_COUNTRY}, no text, no span; {@code why} says how the event was found without one.
     */
    public static ActorRef unstated(String why) {
        return new ActorRef(null, ActorMention.UNKNOWN_COUNTRY, null, why);
    }

    @Override
    public String toString() {
        return code + "(" + text + ")";
    }
}
