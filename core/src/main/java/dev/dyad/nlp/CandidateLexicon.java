package dev.dyad.nlp;

import dev.dyad.model.Token;
import java.util.List;

/**
 * What the {@link CandidateFilter} asks of the dictionaries, which this package does not know (they import it, not
 * the reverse). Each answer may say yes too often, never too rarely: the filter must stay a superset test.
 * Implementations must be thread-safe.
 */
public interface CandidateLexicon {
    /** A verb lemma that reports speech ("say", "warn"): its sentence needs the parse to find the speaker. */
    boolean isSpeechVerb(String lowerLemma);

    /** Whether an actor can start at token {@code i} on its own: a whole dictionary name, or a sector noun. */
    boolean isActorAt(List<Token> sentence, int i);

    /** A token of the sentence with an event pattern (or a demand word) that could fire in it. */
    boolean hasTrigger(List<Token> sentence);
}
