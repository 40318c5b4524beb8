package dev.dyad.actors;

import dev.dyad.model.ActorMention;
import dev.dyad.model.ActorMention.Kind;
import dev.dyad.model.Sentence;
import dev.dyad.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Pronouns that refer back to an actor of the article: "he"/"she" to the last person (preferring the last one who
 * was a subject: "Peskov followed up on Lavrov's comments ... he hopes"), "they" to the last group subject, "it" to
 * the last state or organisation subject unless expletive. The pronoun classes are {@code actors/mentions.txt}'s.
 * Not thread-safe; one instance per article, fed sentences in order.
 */
final class PronounMentions {
    private final MentionText text;
    private final PersonMentions persons;
    private ActorMention lastPersonSubject;
    private int lastPersonSubjectSentence = -10;
    private ActorMention lastGroupSubject;
    private int lastGroupSubjectSentence = -10;
    /** "Iraq's interim government announced that it ...": a group named by a singular noun is an "it". */
    private boolean lastGroupSubjectSingular;

    PronounMentions(MentionText text, PersonMentions persons) {
        this.text = text;
        this.persons = persons;
    }

    /** The sentence's mentions (sorted by first token) with the pronouns that refer to earlier ones, in order. */
    List<ActorMention> withPronouns(Sentence s, List<ActorMention> mentions) {
        List<ActorMention> out = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < s.size(); i++) {
            while (next < mentions.size() && mentions.get(next).first() == i) {
                ActorMention m = mentions.get(next++);
                out.add(m);
                noteSubject(s, m);
            }
            Token t = s.token(i);
            if (!t.isPronoun()) {
                continue;
            }
            ActorMention antecedent = antecedent(s, i, t.text().toLowerCase(Locale.ROOT));
            if (antecedent != null) {
                ActorMention p = new ActorMention(s.index(), i, i, i, ActorResolverStage.span(s, i, i), t.text(),
                        antecedent.code(), Kind.PRONOUN, antecedent.entity(),
                        "pronoun -> '" + antecedent.text() + "' (sentence " + antecedent.sentence() + ")");
                out.add(p);
                if (antecedent.kind() == Kind.PERSON || antecedent == lastPersonSubject) {
                    noteSubject(s, p);
                }
            }
        }
        return out;
    }

    private ActorMention antecedent(Sentence s, int i, String w) {
        if (text.is(MentionWord.PERSON_PRONOUN, w)) {
            return lastPersonSubject != null && s.index() - lastPersonSubjectSentence <= 2
                    ? lastPersonSubject : persons.last();
        } else if (text.is(MentionWord.GROUP_PRONOUN, w) && s.index() - lastGroupSubjectSentence <= 1) {
            return lastGroupSubject;
        } else if (text.is(MentionWord.THING_PRONOUN, w) && s.index() - lastGroupSubjectSentence <= 1
                && lastGroupSubject != null && (lastGroupSubject.kind() != Kind.GROUP || lastGroupSubjectSingular)
                && !expletiveOrNotSubject(s, i)) {
            return lastGroupSubject;
        }
        return null;
    }

    /**
     * An "it" that does not stand for the last subject: expletive ("it is likely that"), or not a subject at all
     * ("after Russia backed it", where "it" is more often a thing than the last subject).
     */
    private boolean expletiveOrNotSubject(Sentence s, int i) {
        String rel = s.relation(i);
        int gov = s.governor(i);
        if (rel.equals("expl") || !rel.startsWith("nsubj") || gov < 0) {
            return true;
        }
        String predicate = s.token(gov).lowerLemma();
        return text.is(MentionWord.EXPLETIVE_GOVERNOR, predicate)
                || !s.children(gov, "cop").isEmpty() && !text.is(MentionWord.AGENTIVE_PREDICATE, predicate);
    }

    private void noteSubject(Sentence s, ActorMention m) {
        if (!s.relation(m.head()).startsWith("nsubj")) {
            return;
        }
        boolean person = m.kind() == Kind.PERSON || m.kind() == Kind.PRONOUN && persons.isPerson(m.entity());
        if (person) {
            lastPersonSubject = m;
            lastPersonSubjectSentence = s.index();
        } else if (m.kind() != Kind.PRONOUN) {
            lastGroupSubject = m;
            lastGroupSubjectSentence = s.index();
            String tag = s.token(m.head()).pos();
            lastGroupSubjectSingular = tag.equals("NN") || tag.equals("NNP");
        }
    }
}
