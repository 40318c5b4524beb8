package dev.dyad.events;

import dev.dyad.model.ActorMention;
import dev.dyad.model.Sentence;
import java.util.List;

/**
 * "Four villagers were killed in Russian artillery fire", "two soldiers died in an Israeli strike": when a
 * conflict verb states no source, an attack noun ({@code attack} rules of {@code events/rules.txt}) in a phrase of
 * the verb names its attacker by a modifier (adjective, compound, possessive) or a "by" phrase. Stateless;
 * thread-safe.
 */
final class Attackers {
    private final RuleBook rules;
    private final SubjectFinder subjects;

    Attackers(RuleBook rules, SubjectFinder subjects) {
        this.rules = rules;
        this.subjects = subjects;
    }

    /** The attacker named in an attack phrase of the verb, its rule naming the noun; empty when there is none. */
    List<ActorMention> of(Sentence s, int verb, List<ActorMention> mentions) {
        // "in Russian shelling" is sometimes parsed as a clause ("shelling" a verb, "Russian" its subject)
        for (int phrase : s.children(verb, "obl", "advcl")) {
            if (!rules.isAttackNoun(s.token(phrase).lowerLemma())
                    || s.relation(phrase).startsWith("advcl") && !ModalityAnalyzer.hasMark(s, phrase, "in")) {
                continue;
            }
            List<ActorMention> found = subjects.actorOrOwner(s, phrase, mentions);
            for (int subject : s.children(phrase, "nsubj")) {
                if (found.isEmpty()) {
                    found = Mentions.withConjuncts(s, subject, mentions);
                }
            }
            if (found.isEmpty()) {
                for (int by : s.children(phrase, "nmod")) {
                    if (TriggerMatcher.hasCase(s, by, "by", "from")) {
                        found = Mentions.withConjuncts(s, by, mentions);
                        break;
                    }
                }
            }
            if (!found.isEmpty()) {
                String why = "; source: events/rules.txt attack '" + s.token(phrase).lowerLemma() + "'";
                return found.stream().map(m -> new ActorMention(m.sentence(), m.first(), m.last(), m.head(), m.span(),
                        m.text(), m.code(), m.kind(), m.entity(), m.rule() + why)).toList();
            }
        }
        return List.of();
    }
}
