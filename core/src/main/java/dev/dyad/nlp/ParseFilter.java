package dev.dyad.nlp;

import dev.dyad.model.Token;
import java.util.List;

/**
 * Decides, from tokens, POS, lemmas and NER alone, whether a sentence can yield anything that needs its
 * dependency parse. Parsing is the most expensive step; most newswire sentences have no political actor
 * or no event word and are skipped. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface ParseFilter {
    ParseFilter ALL = (tokens, text) -> true;

    boolean worthParsing(List<Token> tokens, String sentenceText);
}
