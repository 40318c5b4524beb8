package dev.dyad.events;

import dev.dyad.model.ActorMention;
import dev.dyad.model.Sentence;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Finds the source and target actors of a trigger over the dependency graph: subjects (through
 * control, raising, conjunction, participles and relative clauses), passive agents, objects,
 * prepositional targets, possessive and adjectival sources of event nouns. Stateless.
 */
final class ArgumentFinder {
    static final Set<String> TARGET_PREPS = Set.of("with", "to", "against", "on", "toward", "towards", "at", "into",
            "upon");
    static final Set<String> NOUN_TARGET_PREPS = Set.of("with", "to", "against", "on", "toward", "towards", "at",
            "into", "near", "of", "upon");

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
                List<ActorMention> object = withConjuncts(s, s.children(gov, "obj").get(0), mentions);
                if (!object.isEmpty()) {
                    return object;
                }
            }
            if (rel.equals("xcomp") || rel.startsWith("conj") || rel.equals("advcl") && !ModalityAnalyzer.insideCondition(s, node)) {
                // control and raising take the governor's subject, passive or not ("Russia is expected to begin")
                List<Integer> govPass = s.children(gov, "nsubj:pass");
                if (rel.equals("xcomp") && !govPass.isEmpty() && activeSubjects(s, gov).isEmpty()) {
                    return withConjuncts(s, govPass.get(0), mentions);
                }
                node = gov;
            } else if (rel.startsWith("acl")) {
                // "documents demanding ...": the modified noun acts if it is an actor, else whoever produced it
                List<ActorMention> head = withConjuncts(s, gov, mentions);
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
    static boolean statePassive(Sentence s, int verb) {
        return STATE_PARTICIPLES.contains(s.token(verb).lowerLemma()) && !s.children(verb, "nsubj:pass").isEmpty()
                && agentOfPassive(s, verb) < 0;
    }

    private static final Set<String> STATE_PARTICIPLES = Set.of("oppose", "engage", "involve", "commit", "determine",
            "prepare", "poise", "dedicate", "devote");

    /** The object is the pattern's own object word and names no country: the thing acted with, not on. */
    private static boolean instrument(Sentence s, int object, EventPattern p, List<ActorMention> found) {
        return !found.isEmpty() && !p.objects().isEmpty()
                && EventPattern.forms(s.token(object)).stream().anyMatch(p.objects()::contains)
                && found.stream().noneMatch(m -> ActorMention.countryKnown(m.code()));
    }

    /** A verb whose open complement belongs to its object ("urged Iran to stop", "wants Brazil to work"). */
    static boolean objectControlled(Sentence s, int verb) {
        return !s.children(verb, "obj").isEmpty() && !SUBJECT_CONTROL.contains(s.token(verb).lowerLemma());
    }

    /** Verbs whose complement stays with the subject even when they have an object ("promised Kyiv to send"). */
    private static final Set<String> SUBJECT_CONTROL = Set.of("promise", "pledge", "vow", "offer", "threaten");

    /**
     * The actor at a subject, else the actor behind it: the one that owns or fields it ("Israeli army bulldozers",
     * "Russian aircraft", through adjectival, compound and possessive modifiers), the one counted ("thousands of
     * Iraqi Kurds"), or the one a member or official acts for ("a member of the Syrian parliament"). Not any "of":
     * "supporters of X" are not X.
     */
    static List<ActorMention> actorOrOwner(Sentence s, int subject, List<ActorMention> mentions) {
        List<ActorMention> found = withConjuncts(s, subject, mentions);
        if (!found.isEmpty()) {
            return found;
        }
        for (int appositive : s.children(subject, "appos")) {
            found = withConjuncts(s, appositive, mentions); // "Kenzo Oshima, the UN relief coordinator, demanded"
            if (!found.isEmpty()) {
                return found;
            }
        }
        for (int counted : TriggerMatcher.measured(s, subject)) {
            found = actorOrOwner(s, counted, mentions); // "thousands of Iraqi Kurds demonstrated"
            if (!found.isEmpty()) {
                return found;
            }
        }
        for (int c : s.children(subject, "nmod:poss", "compound", "amod")) {
            found = withConjuncts(s, c, mentions);
            if (!found.isEmpty()) {
                return found;
            }
        }
        if (PART_OF.contains(s.token(subject).lowerLemma())) {
            for (int c : s.children(subject, "nmod")) {
                if (TriggerMatcher.hasCase(s, c, Set.of("of"))) {
                    return withConjuncts(s, c, mentions); // "a member of the Syrian parliament" acts for it
                }
            }
        }
        return List.of();
    }

    /** Nouns whose "of" phrase names the actor they act for; not "supporters of", "critics of". */
    private static final Set<String> PART_OF = Set.of("member", "leader", "head", "chief", "official", "representative",
            "delegation", "delegate", "envoy", "spokesman", "spokeswoman", "spokesperson", "unit", "branch", "wing",
            "faction", "commander", "president", "chairman", "secretary", "minister", "ambassador", "group");

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
                if (s.token(k).lowerLemma().equals("by") && head >= 0 && !MEANS.contains(s.token(head).lowerLemma())) {
                    return null;
                }
            }
            return "source not stated (passive without agent)";
        }
        List<Integer> who = agent >= 0 ? List.of(agent) : activeSubjects(s, verb);
        for (int w : who) {
            if (MEANS.contains(s.token(w).lowerLemma())) {
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
        for (int o : concat(s.children(verb, "nsubj:pass"), s.children(verb, "obj"))) {
            List<ActorMention> found = actorOrOwner(s, o, mentions);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** Weapons, blasts and attacks as grammatical subjects, and perpetrators the text cannot name. */
    private static final Set<String> MEANS = Set.of("bomb", "bombing", "blast", "explosion", "explosive", "device",
            "mine", "landmine", "minefield", "missile", "rocket", "shell", "mortar", "grenade", "shelling", "gunfire",
            "airstrike", "strike", "raid", "ambush", "attack", "attacker", "assailant", "gunman", "sniper", "bullet");

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
                if (TriggerMatcher.hasCase(s, c, Set.of("by"))) {
                    return c;
                }
            }
        }
        return -1;
    }

    /** Source of an event noun: "Russia's demand", "a Russian troop buildup", else the subject of its light verb. */
    List<ActorMention> nounSource(Sentence s, int noun, int lightVerb, List<ActorMention> mentions) {
        for (int c : s.children(noun, "nmod:poss", "amod", "compound")) {
            List<ActorMention> m = withConjuncts(s, c, mentions);
            if (!m.isEmpty()) {
                return m;
            }
        }
        for (int c : s.children(noun, "nmod")) {
            if (TriggerMatcher.hasCase(s, c, Set.of("by", "from"))) {
                List<ActorMention> m = withConjuncts(s, c, mentions);
                if (!m.isEmpty()) {
                    return m;
                }
            }
        }
        return lightVerb >= 0 ? subjectOf(s, lightVerb, mentions) : List.of();
    }

    /** Target of a trigger, following the pattern's target rule, then the default search. */
    List<ActorMention> targetOf(Sentence s, Candidate c, List<ActorMention> mentions, List<ActorMention> sources) {
        String rule = c.pattern().target();
        if ("none".equals(rule)) {
            return List.of();
        }
        if (rule != null && rule.startsWith("prep:")) {
            int arg = TriggerMatcher.prepArgument(s, c.argumentHead(), Set.of(rule.substring(5)));
            if (arg < 0 && c.nominal()) {
                arg = TriggerMatcher.prepArgument(s, c.trigger(), Set.of(rule.substring(5)));
            }
            return arg < 0 ? List.of() : prepTarget(s, arg, Set.of(rule.substring(5)), mentions, sources);
        }
        List<ActorMention> found = new ArrayList<>();
        if (c.nominal()) {
            found = prepTargets(s, c.trigger(), NOUN_TARGET_PREPS, mentions, sources);
            if (found.isEmpty() && c.argumentHead() != c.trigger()) {
                found = prepTargets(s, c.argumentHead(), TARGET_PREPS, mentions, sources);
            }
            return found;
        }
        int head = c.trigger();
        if (!c.pattern().preps().isEmpty()) {
            int arg = TriggerMatcher.prepArgument(s, head, c.pattern().preps());
            if (arg >= 0) {
                found = prepTarget(s, arg, c.pattern().preps(), mentions, sources);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        for (int o : concat(s.children(head, "iobj"), s.children(head, "obj"), s.children(head, "nsubj:pass"))) {
            found = notSource(withConjuncts(s, o, mentions), sources);
            if (instrument(s, o, c.pattern(), found)) {
                found = List.of(); // "Japan sent troops to Iraq": the troops are what was sent, not to whom
            }
            if (found.isEmpty()) {
                found = searchBelow(s, o, mentions, sources);
            }
            if (!found.isEmpty()) {
                return found;
            }
        }
        found = prepTargets(s, head, TARGET_PREPS, mentions, sources);
        if (!found.isEmpty()) {
            return found;
        }
        // "demanding that NATO deny ...", "urged Iran to ...": the subject of the complement clause
        for (int comp : s.children(head, "ccomp", "xcomp")) {
            for (int subj : s.children(comp, "nsubj", "nsubj:pass")) {
                found = notSource(withConjuncts(s, subj, mentions), sources);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return firstAfterInSubtree(s, head, mentions, sources);
    }

    /** For threats without an object: whoever must act for the threat to come true ("if Western countries continue"). */
    List<ActorMention> conditionSubject(Sentence s, int trigger, List<ActorMention> mentions, List<ActorMention> sources) {
        int node = trigger;
        for (int guard = 0; node >= 0 && guard < 6; guard++) {
            for (int c : s.children(node, "advcl")) {
                if (ModalityAnalyzer.insideCondition(s, c)) {
                    for (int subj : s.children(c, "nsubj")) {
                        List<ActorMention> m = notSource(withConjuncts(s, subj, mentions), sources);
                        if (!m.isEmpty()) {
                            return m;
                        }
                    }
                }
            }
            String rel = s.relation(node);
            if (!(rel.equals("xcomp") || rel.equals("ccomp"))) {
                break;
            }
            node = s.governor(node);
        }
        return List.of();
    }

    private List<ActorMention> prepTargets(Sentence s, int head, Set<String> preps, List<ActorMention> mentions,
                                           List<ActorMention> sources) {
        for (int c : s.children(head, "obl", "nmod")) {
            if (TriggerMatcher.hasCase(s, c, preps)) {
                List<ActorMention> m = prepTarget(s, c, preps, mentions, sources);
                if (!m.isEmpty()) {
                    return m;
                }
            }
        }
        return List.of();
    }

    private static List<ActorMention> prepTarget(Sentence s, int arg, Set<String> preps, List<ActorMention> mentions,
                                                 List<ActorMention> sources) {
        List<ActorMention> m = notSource(withConjuncts(s, arg, mentions), sources);
        return m.isEmpty() ? notSource(afterPreposition(s, arg, preps, mentions), sources) : m;
    }

    /** "opposes the kind of security guarantees sought by Putin": the first actor inside the object phrase. */
    private static List<ActorMention> searchBelow(Sentence s, int object, List<ActorMention> mentions,
                                                  List<ActorMention> sources) {
        Deque<int[]> queue = new ArrayDeque<>();
        queue.add(new int[] {object, 0});
        while (!queue.isEmpty()) {
            int[] cur = queue.poll();
            for (int c : s.children(cur[0], "nmod", "acl", "obl", "compound", "amod")) {
                List<ActorMention> m = notSource(withConjuncts(s, c, mentions), sources);
                if (!m.isEmpty()) {
                    return m;
                }
                if (cur[1] < 3) {
                    queue.add(new int[] {c, cur[1] + 1});
                }
            }
        }
        return List.of();
    }

    /**
     * The actor a preposition introduces when the parse attached it oddly ("working with European allies to
     * address ..." parsed with "with" as the mark of "address"): the mention starting within three tokens after it.
     */
    static List<ActorMention> afterPreposition(Sentence s, int arg, Set<String> preps, List<ActorMention> mentions) {
        for (int k : s.children(arg, "case", "mark")) {
            if (!preps.contains(s.token(k).lowerLemma())) {
                continue;
            }
            for (ActorMention m : mentions) {
                if (m.first() > k && m.first() <= k + 3) {
                    return List.of(m);
                }
            }
        }
        return List.of();
    }

    /** Last resort for verbs: the first actor after the trigger inside its own phrase (parses that lost the object). */
    private static List<ActorMention> firstAfterInSubtree(Sentence s, int trigger, List<ActorMention> mentions,
                                                         List<ActorMention> sources) {
        for (ActorMention m : mentions) {
            if (m.head() > trigger && m.head() - trigger <= 12 && s.dominates(trigger, m.head())
                    && !s.relation(m.head()).startsWith("nsubj")) {
                List<ActorMention> found = notSource(List.of(m), sources);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    /** The mention at a token, plus those of its conjuncts ("Washington and its allies"). */
    static List<ActorMention> withConjuncts(Sentence s, int token, List<ActorMention> mentions) {
        List<ActorMention> out = new ArrayList<>();
        ActorMention m = mentionAt(token, mentions);
        if (m != null) {
            out.add(m);
        }
        for (int c : s.children(token, "conj")) {
            ActorMention cm = mentionAt(c, mentions);
            if (cm != null && !out.contains(cm)) {
                out.add(cm);
            }
        }
        return out;
    }

    static ActorMention mentionAt(int token, List<ActorMention> mentions) {
        ActorMention covering = null;
        for (ActorMention m : mentions) {
            if (m.head() == token) {
                return m;
            }
            if (m.covers(token) && covering == null) {
                covering = m;
            }
        }
        return covering;
    }

    private static List<ActorMention> notSource(List<ActorMention> found, List<ActorMention> sources) {
        return found.stream().filter(f -> sources.stream().noneMatch(src -> src.entity().equals(f.entity()))).toList();
    }

    @SafeVarargs
    private static List<Integer> concat(List<Integer>... lists) {
        List<Integer> out = new ArrayList<>();
        for (List<Integer> l : lists) {
            out.addAll(l);
        }
        return out;
    }
}
