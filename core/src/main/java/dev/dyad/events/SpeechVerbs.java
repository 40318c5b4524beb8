package dev.dyad.events;

import dev.dyad.model.ActorMention;
import dev.dyad.model.Sentence;
import java.util.List;

/** Verbs of saying and who is doing the saying; shared by event attribution and quote attribution. Thread-safe. */
public final class SpeechVerbs {
    private final RuleBook rules;
    private final SubjectFinder subjects;

    public SpeechVerbs(RuleBook rules) {
        this.rules = rules;
        this.subjects = new SubjectFinder(rules);
    }

    public boolean isSpeechVerb(String lemma) {
        return rules.isSpeechVerb(lemma);
    }

    /** Verbs whose object is the audience, not the speaker ("told reporters"): {@code addressing} rules. */
    public boolean addressesSomeone(String lemma) {
        return rules.in(RuleBook.WordList.ADDRESSING, lemma);
    }

    /** The subject of a speech verb, through control and conjunction ("he went on to say"); null if none. */
    public ActorMention speaker(Sentence s, int verb, List<ActorMention> mentions) {
        List<ActorMention> who = subjects.subjectOf(s, verb, mentions);
        if (who.isEmpty() && !addressesSomeone(s.token(verb).lowerLemma())) {
            // quotative inversion (",” said Serbia's president") is often parsed with the speaker as object;
            // the object of "told reporters" is the audience
            for (int o : s.children(verb, "obj", "dep")) {
                if (o > verb && o - verb <= 6) {
                    who = Mentions.withConjuncts(s, o, mentions);
                    if (!who.isEmpty()) {
                        break;
                    }
                }
            }
        }
        return who.isEmpty() ? null : who.get(0);
    }
}
