package dev.dyad.model;

/**
 * One quote as the quote stage passes it on: the output record and the entity of its speaker (the resolved person or
 * organization later stages attribute events to), null when the speaker is unknown or names no entity. The output
 * record is {@link #quote()}.
 */
public record AttributedQuote(Quote quote, String speakerEntity) {
    public AttributedQuote {
        java.util.Objects.requireNonNull(quote, "quote");
    }
}
