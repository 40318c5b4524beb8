package dev.dyad.model;

/**
 * A token of a sentence. {@code index} is 0-based within the sentence; {@code start}/{@code end} are
 * character offsets into the article text. {@code ner} is CoreNLP's coarse tag (PERSON, LOCATION,
 * ORGANIZATION, O).
 */
public record Token(int index, String text, String lemma, String pos, String ner, int start, int end) {
    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isPronoun() {
        return pos.startsWith("PRP");
    }

    public String lowerLemma() {
        return lemma.toLowerCase(java.util.Locale.ROOT);
    }
}
