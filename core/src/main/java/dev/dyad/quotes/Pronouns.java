package dev.dyad.quotes;

import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Sentence;
import dev.dyad.model.Token;
import dev.dyad.quotes.MentionChains.Occurrence;
import dev.dyad.quotes.SpeakerLexicon.Gender;
import java.util.List;
import java.util.function.Predicate;

/**
 * Third-person pronouns resolved to the nearest compatible mention before them: "he"/"she" to a person of that
 * gender (or of unknown gender, which the pronoun then fixes), "they"/"it" to an organisation ("it" a singular one)
 * in the same or the previous sentence; subjects first, then any mention, sentence by sentence backwards.
 * Stateless; used by {@link MentionChains} while it builds the chains.
 */
final class Pronouns {
    private Pronouns() {
    }

    static Occurrence resolve(AnnotatedDocument doc, Sentence s, DepIndex d, int p, List<List<Occurrence>> bySentence,
                              Predicate<Occurrence> quoted, SpeakerLexicon lexicon) {
        SpeakerLexicon.PronounClass kind = lexicon.pronoun(s.token(p).text());
        if (kind == null) {
            return null;
        }
        Gender want = kind == SpeakerLexicon.PronounClass.MALE ? Gender.MALE
                : kind == SpeakerLexicon.PronounClass.FEMALE ? Gender.FEMALE : null;
        boolean group = want == null;
        boolean thing = kind == SpeakerLexicon.PronounClass.THING;
        int window = group ? 1 : MentionChains.WINDOW;
        for (int si = s.index(); si >= 0 && si >= s.index() - window; si--) {
            List<Occurrence> occ = bySentence.get(si);
            for (boolean subjectsFirst : new boolean[] {true, false}) {
                for (int k = occ.size() - 1; k >= 0; k--) {
                    Occurrence o = occ.get(k);
                    if (o.subject() != subjectsFirst || si == s.index() && o.last() >= p || quoted.test(o)) {
                        continue;
                    }
                    Entity e = o.entity();
                    boolean agrees = want != null ? e.person && (e.gender == Gender.UNKNOWN || e.gender == want)
                            : !e.person && (thing ? singular(doc, o) : true);
                    if (agrees) {
                        if (want != null && e.gender == Gender.UNKNOWN) {
                            e.gender = want; // "Ellison ... she": later pronouns agree with what this one showed
                        }
                        return new Occurrence(s.index(), p, p, e, MentionChains.subject(d, p, p), "pronoun");
                    }
                }
            }
        }
        return null;
    }

    private static boolean singular(AnnotatedDocument doc, Occurrence o) {
        Token head = doc.sentences().get(o.sentence()).token(o.last());
        return !head.pos().endsWith("S");
    }
}
