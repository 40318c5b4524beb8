package dev.dyad.events;

import dev.dyad.model.ActorMention;
import dev.dyad.model.Sentence;
import java.util.List;

/**
 * Finds who acts: the subject of a verb (through control, raising, conjunction, participles and relative clauses),
 * passive agents, the actor behind a subject ("Russian aircraft", "thousands of Iraqi Kurds"), the source of an event
 * noun, and, for an event whose source is not stated, why and whom it affected. The words it consults are word lists
 * of {@code events/rules.txt} ({@code state-participle}, {@code subject-control}, {@code part-of}, {@code means}).
 * Thread-safe.
 */
final class SubjectFinder {
    private final RuleBook rules;

    SubjectFinder(RuleBook rules) {
        this.rules = rules;
    }

    /** The mentions that act: for a verb its subject; climbs to the governing clause when there is none. */
    List<ActorMention> subjectOf(Sentence s, int verb, List<ActorMention> mentions) {
        int node = verb;
        for (int guard = 0; node >= 0 && guard < 10; guard++) {
            int passiveAgent = agentOfPassive(s, node);
            if (passiveAgent >= 0) {
                return actorOrOwner(s, passiveAgent, mentions);
            }
            if (statePassive(s, node)) {
                return actorOrOwner(s, s.children(node, "nsubj:pass").get(0), mentions);
            }
            List<Integer> subj = activeSubjects(s, node);
            if (!subj.isEmpty()) {
                return actorOrOwner(s, subj.get(0), mentions);
            }
            String rel = s.relation(node);
            int gov = s.governor(node);
            if (gov < 0) {
                return List.of();
            }
            if (rel.equals("xcomp") && objectControlled(s, gov)) {
                // "ordered the newspaper to suspend publication": an actor as object does what the verb asks of it
                // ("used tear gas to disperse" and "rejected a US offer to host" keep the subject)
                List<ActorMention> object = Mentions.withConjuncts(s, s.children(gov, "obj").get(0), mentions);
                if (!object.isEmpty()) {
                    return object;
                }
            }
            if (rel.equals("xcomp") || rel.startsWith("conj") || rel.equals("advcl") && !ModalityAnalyzer.insideCondition(s, node)) {
                // control and raising take the governor's subject, passive or not ("Russia is expected to begin")
                List<Integer> govPass = s.children(gov, "nsubj:pass");
                if (rel.equals("xcomp") && !govPass.isEmpty() && activeSubjects(s, gov).isEmpty()) {
                    return Mentions.withConjuncts(s, govPass.get(0), mentions);
                }
                node = gov;
            } else if (rel.startsWith("acl")) {
                // "documents demanding ...": the modified noun acts if it is an actor, else whoever produced it
                List<ActorMention> head = Mentions.withConjuncts(s, gov, mentions);
                if (!head.isEmpty()) {
                    return head;
                }
                if (!s.children(gov, "nmod:poss").isEmpty()) {
                    // "the ICO's failure to agree": the possessor acts, if it is an actor at all
                    return actorOrOwner(s, gov, mentions);
                }
                node = s.governor(gov);
            } else {
                return List.of(); // a passive without agent, or a clause boundary: the source is not stated
            }
        }
        return List.of();
    }

    /**
     * "Israel is opposed to French mediation", "Serb forces were engaged in ethnic cleansing": a participle that
     * states what its subject does or stands for, not what was done to it; its subject acts.
     */
    boolean statePassive(Sentence s, int verb) {
        return rules.in(RuleBook.WordList.STATE_PARTICIPLE, s.token(verb).lowerLemma()) && !s.children(verb, "nsubj:pass").isEmpty()
                && agentOfPassive(s, verb) < 0;
    }

    /** A verb whose open complement belongs to its object ("urged Iran to stop", "wants Brazil to work"). */
    boolean objectControlled(Sentence s, int verb) {
        return objectControlled(rules, s, verb);
    }

    /** {@link #objectControlled(Sentence, int)} by these rules. */
    static boolean objectControlled(RuleBook rules, Sentence s, int verb) {
        return !s.children(verb, "obj").isEmpty() && !rules.in(RuleBook.WordList.SUBJECT_CONTROL, s.token(verb).lowerLemma());
    }

    /**
     * The actor at a subject, else the actor behind it: the one that owns or fields it ("Israeli army bulldozers",
     * "Russian aircraft", through adjectival, compound and possessive modifiers), the one counted ("thousands of
     * Iraqi Kurds"), or the one a member or official acts for ("a member of the Syrian parliament"). Not any "of":
     * "supporters of X" are not X.
     */
    List<ActorMention> actorOrOwner(Sentence s, int subject, List<ActorMention> mentions) {
        List<ActorMention> found = Mentions.withConjuncts(s, subject, mentions);
        if (!found.isEmpty()) {
            return found;
        }
        for (int appositive : s.children(subject, "appos")) {
            found = Mentions.withConjuncts(s, appositive, mentions); // "Kenzo Oshima, the UN relief coordinator, demanded"
            if (!found.isEmpty()) {
                return found;
            }
        }
        for (int counted : TriggerMatcher.measured(rules, s, subject)) {
            found = actorOrOwner(s, counted, mentions); // "thousands of Iraqi Kurds demonstrated"
            if (!found.isEmpty()) {
                return found;
            }
        }
        for (int c : s.children(subject, "nmod:poss", "compound", "amod")) {
            found = Mentions.withConjuncts(s, c, mentions);
            if (!found.isEmpty()) {
                return found;
            }
        }
        if (rules.in(RuleBook.WordList.PART_OF, s.token(subject).lowerLemma())) {
            for (int c : s.children(subject, "nmod")) {
                if (TriggerMatcher.hasCase(s, c, "of")) {
                    return Mentions.withConjuncts(s, c, mentions); // "a member of the Syrian parliament" acts for it
                }
            }
        }
        return List.of();
    }

    /**
     * Why a verb's source is not stated, or null when it is (or may be): a passive without agent ("three soldiers
     * were killed"), or a subject or agent that is the means, not who used it ("a roadside bomb killed", "killed
     * by an improvised explosive device").
     */
    String unstatedSource(Sentence s, int verb) {
        int agent = agentOfPassive(s, verb);
        if (agent < 0 && !s.children(verb, "nsubj:pass").isEmpty() && !statePassive(s, verb)) {
            // a "by" right after the verb that the parse hung elsewhere still states an agent ("threatened by pests")
            for (int k = verb + 1; k < Math.min(s.size(), verb + 4); k++) {
                int head = s.governor(k);
                if (s.token(k).lowerLemma().equals("by") && head >= 0 && !rules.in(RuleBook.WordList.MEANS, s.token(head).lowerLemma())) {
                    return null;
                }
            }
            return "source not stated (passive without agent)";
        }
        List<Integer> who = agent >= 0 ? List.of(agent) : activeSubjects(s, verb);
        for (int w : who) {
            if (rules.in(RuleBook.WordList.MEANS, s.token(w).lowerLemma())) {
                return "source not stated ('" + s.token(w).text() + "' is the means, not who used it)";
            }
        }
        return null;
    }

    /**
     * The victims of an event whose source is not stated: the passive subject ("two people were killed"), else
     * the object ("a bomb killed two policemen"); never a place or phrase further down.
     */
    List<ActorMention> affected(Sentence s, int verb, List<ActorMention> mentions) {
        for (int o : Mentions.concat(s.children(verb, "nsubj:pass"), s.children(verb, "obj"))) {
            List<ActorMention> found = actorOrOwner(s, o, mentions);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** Active subjects only: "brigades were destroyed" says nothing about who destroyed them. */
    private static List<Integer> activeSubjects(Sentence s, int node) {
        return s.children(node, "nsubj", "csubj").stream().filter(c -> !s.relation(c).endsWith(":pass")).toList();
    }

    private static int agentOfPassive(Sentence s, int verb) {
        for (int c : s.children(verb, "obl:agent")) {
            return c;
        }
        if (!s.children(verb, "nsubj:pass").isEmpty()) {
            for (int c : s.children(verb, "obl")) {
                if (TriggerMatcher.hasCase(s, c, "by")) {
                    return c;
                }
            }
        }
        return -1;
    }

    /** Source of an event noun: "Russia's demand", "a Russian troop buildup", else the subject of its light verb. */
    List<ActorMention> nounSource(Sentence s, int noun, int lightVerb, List<ActorMention> mentions) {
        for (int c : s.children(noun, "nmod:poss", "amod", "compound")) {
            List<ActorMention> m = Mentions.withConjuncts(s, c, mentions);
            if (!m.isEmpty()) {
                return m;
            }
        }
        for (int c : s.children(noun, "nmod")) {
            if (TriggerMatcher.hasCase(s, c, "by", "from")) {
                List<ActorMention> m = Mentions.withConjuncts(s, c, mentions);
                if (!m.isEmpty()) {
                    return m;
                }
            }
        }
        return lightVerb >= 0 ? subjectOf(s, lightVerb, mentions) : List.of();
    }
}
