package dev.dyad.events;

import dev.dyad.model.ActorMention;
import dev.dyad.model.Sentence;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Finds whom an event is done to: the pattern's target rule, then objects, the default prepositions
 * ({@code target-preposition} and {@code noun-target-preposition} word lists of {@code events/rules.txt}), the subject
 * of a complement clause, and the subject of a threat's condition. Thread-safe.
 */
final class TargetFinder {
    private final RuleBook rules;

    TargetFinder(RuleBook rules) {
        this.rules = rules;
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
            found = prepTargets(s, c.trigger(), rules.words(RuleBook.WordList.NOUN_TARGET_PREPOSITION), mentions, sources);
            if (found.isEmpty() && c.argumentHead() != c.trigger()) {
                found = prepTargets(s, c.argumentHead(), rules.words(RuleBook.WordList.TARGET_PREPOSITION), mentions, sources);
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
        for (int o : Mentions.concat(s.children(head, "iobj"), s.children(head, "obj"), s.children(head, "nsubj:pass"))) {
            found = Mentions.notSource(Mentions.withConjuncts(s, o, mentions), sources);
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
        found = prepTargets(s, head, rules.words(RuleBook.WordList.TARGET_PREPOSITION), mentions, sources);
        if (!found.isEmpty()) {
            return found;
        }
        // "demanding that NATO deny ...", "urged Iran to ...": the subject of the complement clause
        for (int comp : s.children(head, "ccomp", "xcomp")) {
            for (int subj : s.children(comp, "nsubj", "nsubj:pass")) {
                found = Mentions.notSource(Mentions.withConjuncts(s, subj, mentions), sources);
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
                        List<ActorMention> m = Mentions.notSource(Mentions.withConjuncts(s, subj, mentions), sources);
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

    /** The object is the pattern's own object word and names no country: the thing acted with, not on. */
    private static boolean instrument(Sentence s, int object, EventPattern p, List<ActorMention> found) {
        return !found.isEmpty() && !p.objects().isEmpty()
                && EventPattern.forms(s.token(object)).stream().anyMatch(p.objects()::contains)
                && found.stream().noneMatch(m -> ActorMention.countryKnown(m.code()));
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
        List<ActorMention> m = Mentions.notSource(Mentions.withConjuncts(s, arg, mentions), sources);
        return m.isEmpty() ? Mentions.notSource(afterPreposition(s, arg, preps, mentions), sources) : m;
    }

    /** "opposes the kind of security guarantees sought by Putin": the first actor inside the object phrase. */
    private static List<ActorMention> searchBelow(Sentence s, int object, List<ActorMention> mentions,
                                                  List<ActorMention> sources) {
        Deque<int[]> queue = new ArrayDeque<>();
        queue.add(new int[] {object, 0});
        while (!queue.isEmpty()) {
            int[] cur = queue.poll();
            for (int c : s.children(cur[0], "nmod", "acl", "obl", "compound", "amod")) {
                List<ActorMention> m = Mentions.notSource(Mentions.withConjuncts(s, c, mentions), sources);
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
                List<ActorMention> found = Mentions.notSource(List.of(m), sources);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }
}
