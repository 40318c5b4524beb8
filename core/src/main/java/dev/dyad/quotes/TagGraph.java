package dev.dyad.quotes;

import dev.dyad.model.Token;
import java.util.Arrays;
import java.util.List;

/**
 * A dependency graph built from part-of-speech tags by {@link ShallowAttribution}: heads and relations set word by
 * word, with the phrase readers it needs (a noun phrase with one prepositional phrase and a possessive; a clause
 * rooted at its first finite verb). Every word ends up with a head; one graph per sentence and attempt.
 */
final class TagGraph {
    private final List<Token> t;
    final int[] governor;
    final String[] relation;
    int root = -1;

    TagGraph(List<Token> t) {
        this.t = t;
        int n = t.size();
        governor = new int[n];
        relation = new String[n];
        Arrays.fill(governor, -1);
        Arrays.fill(relation, "");
    }

    void set(int dependent, int head, String rel) {
        governor[dependent] = head;
        relation[dependent] = rel;
    }

    /** Closing punctuation and anything left hang from the root; null if a word would be its own head. */
    TagGraph finish() {
        for (int k = 0; k < governor.length; k++) {
            if (k != root && relation[k].isEmpty()) {
                set(k, root, isPunct(t.get(k)) ? "punct" : "dep");
            }
            if (governor[k] == k) {
                return null;
            }
        }
        relation[root] = "root";
        governor[root] = -1;
        return this;
    }

    /**
     * The words {@code [from, to]} as one noun phrase: determiners, adjectives, nouns, numbers, a possessive
     * ("Smith's office") and one prepositional phrase ("a spokesman for the Kremlin"); the head is the last noun
     * before the preposition. Returns the head, or -1 when the words are not such a phrase.
     */
    int nounPhrase(int from, int to) {
        if (from > to || from < 0) {
            return -1;
        }
        if (from == to && t.get(from).isPronoun() && !t.get(from).pos().equals("PRP$")) {
            return from;
        }
        int prep = -1;
        for (int k = from; k <= to; k++) {
            Token w = t.get(k);
            if (w.pos().equals("IN") && prep < 0 && k > from && !isThat(w)) {
                prep = k;
            } else if (!isNounPhraseWord(w)) {
                return -1;
            }
        }
        int head = headOf(from, prep < 0 ? to : prep - 1);
        if (head < 0) {
            return -1;
        }
        if (prep >= 0) {
            int object = headOf(prep + 1, to);
            if (object < 0) {
                return -1;
            }
            set(prep, object, "case");
            set(object, head, "nmod");
        }
        return head;
    }

    /** The last noun of a run of noun-phrase words, with the words before it attached to it (or to its owner). */
    int headOf(int from, int to) {
        if (from > to || !t.get(to).isNoun() && !t.get(to).pos().equals("CD")) {
            return -1;
        }
        int head = to;
        int owner = -1;
        for (int k = to - 1; k >= from; k--) {
            if (t.get(k).pos().equals("POS") && owner < 0 && k > from) {
                owner = k - 1;
                set(k, owner, "case");
                set(owner, head, "nmod:poss");
                k--;
                continue;
            }
            int to2 = owner >= 0 ? owner : head;
            String tag = t.get(k).pos();
            set(k, to2, tag.equals("DT") || tag.equals("PRP$") ? "det" : tag.startsWith("JJ") ? "amod" : "compound");
        }
        return head;
    }

    /** A clause {@code [from, to]}: its first finite verb is its root, the other words hang from it. */
    int clause(int from, int to) {
        int root = -1;
        for (int k = from; k <= to && root < 0; k++) {
            String tag = t.get(k).pos();
            if (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD")) {
                root = k;
            }
        }
        if (root < 0 || root == from) {
            return -1; // no finite verb, or no subject before it
        }
        for (int k = from; k <= to; k++) {
            if (k != root) {
                set(k, root, isPunct(t.get(k)) ? "punct" : "dep");
            }
        }
        return root;
    }

    static boolean isNounPhraseWord(Token w) {
        String tag = w.pos();
        return w.isNoun() || tag.equals("DT") || tag.equals("PRP$") || tag.startsWith("JJ") || tag.equals("CD")
                || tag.equals("POS") || tag.equals("HYPH");
    }

    static boolean isNominal(Token w) {
        return w.isNoun() || w.pos().equals("PRP");
    }

    static boolean isThat(Token w) {
        return w.text().equalsIgnoreCase("that");
    }

    static boolean isPunct(Token w) {
        return !w.pos().isEmpty() && !Character.isLetterOrDigit(w.pos().charAt(0));
    }

    static boolean isQuote(Token w) {
        String x = w.text();
        return x.equals("\"") || x.equals("``") || x.equals("''") || x.equals("`") || x.equals("'")
                || x.indexOf('\u201C') >= 0 || x.indexOf('\u201D') >= 0 || x.indexOf('\u2018') >= 0;
    }
}
