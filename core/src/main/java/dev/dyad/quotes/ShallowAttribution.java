package dev.dyad.quotes;

import dev.dyad.events.SpeechVerbs;
import dev.dyad.model.Token;
import java.util.List;

/**
 * Reads the plain attribution forms of wire copy from the part-of-speech tags alone, so that their sentences need no
 * dependency parse: "Smith said (that) CLAUSE", "The company told reporters CLAUSE", "CLAUSE, officials said (in a
 * statement)", "CLAUSE, said a spokesman for the ministry", "According to NP, CLAUSE" and "CLAUSE, according to NP".
 * The result is a small dependency graph in the parser's relations (nsubj, ccomp, parataxis, obl, case, nmod:poss,
 * ...), enough for {@link SpeakerFinder}, {@link ClaimFinder} and {@link MentionChains} to read as they read a
 * parse. Anything else (two speech verbs, a conjoined subject, a relative clause, quotation marks) is not read:
 * such a sentence is parsed. Stateless, thread-safe.
 */
final class ShallowAttribution {
    private ShallowAttribution() {
    }

    /** The graph of a sentence in one of the plain forms, or null when the sentence needs the parser. */
    static DepIndex read(List<Token> tokens, SpeechVerbs speech) {
        TagGraph g = shape(tokens, speech);
        return g == null ? null : new DepIndex(g.governor, g.relation);
    }

    private static TagGraph shape(List<Token> t, SpeechVerbs speech) {
        int last = t.size() - 1;
        while (last >= 0 && TagGraph.isPunct(t.get(last))) {
            last--;
        }
        if (last < 2) {
            return null;
        }
        int verb = -1;
        int according = -1;
        for (int i = 0; i <= last; i++) {
            Token k = t.get(i);
            if (TagGraph.isQuote(k) || k.text().equals("(") || k.text().equals(";") || k.text().equals(":")) {
                return null;
            }
            boolean saying = k.isVerb() && speech.isSpeechVerb(k.lowerLemma());
            boolean accordingTo = k.text().equalsIgnoreCase("according") && i + 1 <= last
                    && t.get(i + 1).text().equalsIgnoreCase("to");
            if (saying || accordingTo) {
                if (verb >= 0 || according >= 0) {
                    return null; // two attributions: the parse decides which holds what
                }
                if (saying) {
                    verb = i;
                } else {
                    according = i;
                }
            }
        }
        if (according >= 0) {
            TagGraph g = new TagGraph(t);
            return according(t, g, according, last) ? g.finish() : null;
        }
        if (verb < 0) {
            return null;
        }
        if (verb > 0 && t.get(verb - 1).text().equals(",")) {
            TagGraph g = new TagGraph(t);
            return inverted(t, g, verb, last, speech) ? g.finish() : null;
        }
        TagGraph after = new TagGraph(t);
        if (claimAfter(t, after, verb, last, speech)) {
            return after.finish();
        }
        TagGraph before = new TagGraph(t);
        return claimBefore(t, before, verb, last) ? before.finish() : null;
    }

    /** "According to NP, CLAUSE." and "CLAUSE, according to NP." */
    private static boolean according(List<Token> t, TagGraph g, int at, int last) {
        if (at == 0) {
            int comma = next(t, at + 2, last, ",");
            int head = comma < 0 ? -1 : g.nounPhrase(at + 2, comma - 1);
            if (head < 0) {
                return false;
            }
            int root = g.clause(comma + 1, last);
            if (root < 0) {
                return false;
            }
            g.set(comma, root, "punct");
            return attachAccording(g, at, head, root);
        }
        if (!t.get(at - 1).text().equals(",")) {
            return false;
        }
        int head = g.nounPhrase(at + 2, last);
        int root = head < 0 ? -1 : g.clause(0, at - 2);
        if (root < 0) {
            return false;
        }
        g.set(at - 1, root, "punct");
        return attachAccording(g, at, head, root);
    }

    private static boolean attachAccording(TagGraph g, int at, int head, int root) {
        g.set(at, head, "case");
        g.set(at + 1, at, "fixed");
        g.set(head, root, "obl");
        g.root = root;
        return true;
    }

    /** "SUBJECT [adverbs, auxiliaries] VERB [OBJECT] [PHRASE] [that] CLAUSE." with the subject first in the sentence. */
    private static boolean claimAfter(List<Token> t, TagGraph g, int verb, int last, SpeechVerbs speech) {
        int subjectEnd = modifiersBefore(t, g, verb);
        int start = introduction(t, subjectEnd);
        if (start < 0 || start > subjectEnd) {
            return false;
        }
        int subject = g.nounPhrase(start, subjectEnd);
        if (subject < 0) {
            return false;
        }
        int i = verb + 1;
        if (speech.addressesSomeone(t.get(verb).lowerLemma()) && i <= last && TagGraph.isNominal(t.get(i))) {
            g.set(i, verb, "obj"); // "told reporters", "told Reuters"
            i++;
        }
        if (i <= last && t.get(i).pos().equals("IN") && !TagGraph.isThat(t.get(i))) {
            int end = i + 1;
            while (end <= last && TagGraph.isNounPhraseWord(t.get(end)) && !TagGraph.isThat(t.get(end))) {
                end++;
            }
            int head = end - 1 > i ? g.nounPhrase(i + 1, end - 1) : -1;
            if (head < 0 || end > last || !TagGraph.isThat(t.get(end))) {
                return false; // "said in a statement that": only with the "that" the phrase's end is sure
            }
            g.set(i, head, "case");
            g.set(head, verb, "obl");
            i = end;
        }
        int mark = i <= last && TagGraph.isThat(t.get(i)) ? i++ : -1;
        int root = g.clause(i, last);
        if (root < 0) {
            return false;
        }
        for (int k = i; k < root; k++) {
            if (TagGraph.isThat(t.get(k)) || t.get(k).text().equals(",") || t.get(k).pos().equals("IN") && mark < 0) {
                return false; // "told the BBC that ...", "said on Monday the ...": where the claim starts is unsure
            }
        }
        if (mark >= 0) {
            g.set(mark, root, "mark");
        }
        for (int k = 0; k < start; k++) {
            g.set(k, verb, t.get(k).text().equals(",") ? "punct" : "dep"); // "On Tuesday, ..."
        }
        g.set(subject, verb, "nsubj");
        g.set(root, verb, "ccomp");
        g.root = verb;
        return true;
    }

    /** "CLAUSE, SUBJECT VERB [PHRASE]." */
    private static boolean claimBefore(List<Token> t, TagGraph g, int verb, int last) {
        int subjectEnd = modifiersBefore(t, g, verb);
        int comma = -1;
        for (int k = subjectEnd; k > 0; k--) {
            if (t.get(k).text().equals(",")) {
                comma = k;
                break;
            }
        }
        if (comma < 1 || !trailingPhrase(t, g, verb, last)) {
            return false;
        }
        int subject = g.nounPhrase(comma + 1, subjectEnd);
        int root = subject < 0 ? -1 : g.clause(0, comma - 1);
        if (root < 0) {
            return false;
        }
        g.set(subject, verb, "nsubj");
        g.set(comma, verb, "punct");
        g.set(verb, root, "parataxis");
        g.root = root;
        return true;
    }

    /** "CLAUSE, said SUBJECT." (quotative inversion). */
    private static boolean inverted(List<Token> t, TagGraph g, int verb, int last, SpeechVerbs speech) {
        if (speech.addressesSomeone(t.get(verb).lowerLemma())) {
            return false;
        }
        int subject = g.nounPhrase(verb + 1, last);
        int root = subject < 0 ? -1 : g.clause(0, verb - 2);
        if (root < 0) {
            return false;
        }
        g.set(subject, verb, "nsubj");
        g.set(verb - 1, verb, "punct");
        g.set(verb, root, "parataxis");
        g.root = root;
        return true;
    }

    /** Adverbs and auxiliaries right before the verb ("also said", "has said"): the last token of the subject. */
    private static int modifiersBefore(List<Token> t, TagGraph g, int verb) {
        int k = verb - 1;
        while (k >= 0 && (t.get(k).pos().startsWith("RB") || t.get(k).pos().equals("MD")
                || t.get(k).isVerb() && k == verb - 1 && t.get(verb).pos().equals("VBN"))) {
            g.set(k, verb, t.get(k).pos().startsWith("RB") ? "advmod" : "aux");
            k--;
        }
        return k;
    }

    /** Where the subject starts: the sentence's start, or after an opening phrase without a verb ("On Monday,"). */
    private static int introduction(List<Token> t, int subjectEnd) {
        for (int k = subjectEnd; k > 0; k--) {
            if (t.get(k).text().equals(",")) {
                for (int j = 0; j < k; j++) {
                    if (t.get(j).isVerb() || t.get(j).text().equals(",")) {
                        return -1;
                    }
                }
                return k + 1;
            }
        }
        return 0;
    }

    /** Words after the verb that only say where, when or how ("in a statement", "on Tuesday", "late on Monday"). */
    private static boolean trailingPhrase(List<Token> t, TagGraph g, int verb, int last) {
        int prep = -1;
        for (int k = verb + 1; k <= last; k++) {
            Token w = t.get(k);
            if (!TagGraph.isNounPhraseWord(w) && !w.pos().startsWith("RB") && !w.pos().equals("IN") || TagGraph.isThat(w)) {
                return false;
            }
            if (w.pos().equals("IN")) {
                prep = k;
            }
            g.set(k, prep >= 0 && k > prep ? prep : verb, w.pos().equals("IN") ? "obl" : "dep");
        }
        return true;
    }

    private static int next(List<Token> t, int from, int to, String text) {
        for (int k = from; k <= to; k++) {
            if (t.get(k).text().equals(text)) {
                return k;
            }
        }
        return -1;
    }

}
