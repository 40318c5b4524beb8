package dev.dyad.quotes;

import dev.dyad.model.ActorRef;
import dev.dyad.model.Span;

/**
 * Who said something, as the text names them: the resolved name or phrase, its CAMEO code (null when neither the
 * dictionaries nor the description give one), the span of the words in this sentence that name them, how it was
 * found, and the key shared by all mentions of the same speaker in the article.
 */
record Speaker(String text, String code, Span span, String rule, String entity) {
    ActorRef ref() {
        return new ActorRef(text, code, span, rule);
    }

    Speaker because(String how) {
        return new Speaker(text, code, span, how + "; " + rule, entity);
    }
}
