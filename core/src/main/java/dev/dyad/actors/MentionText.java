package dev.dyad.actors;

import dev.dyad.dict.WordLists;
import dev.dyad.model.Sentence;

/**
 * The article text and the mention word lists ({@code actors/mentions.txt}) that the person, group and pronoun
 * finders of one article share. Immutable.
 */
record MentionText(String text, WordLists<MentionWord> words) {
    /** The article text from the start of token {@code first} to the end of token {@code last}. */
    String join(Sentence s, int first, int last) {
        return text.substring(s.token(first).start(), s.token(last).end());
    }

    /** A word a title or group chunk may be made of: a noun, adjective, possessive or hyphen (by its tag). */
    boolean chunkTag(String pos) {
        return words.has(MentionWord.CHUNK_TAG, pos);
    }

    boolean is(MentionWord kind, String word) {
        return words.has(kind, word);
    }
}
