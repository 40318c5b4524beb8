package dev.dyad.time;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/** Finds time expressions in running text: every rule proposes matches, the longest ones win. */
final class MentionFinder {
    private MentionFinder() {
    }

    private record Candidate(int start, int end, Rule rule) {
        int length() {
            return end - start;
        }
    }

    // Longest first so "at the very start of next year" beats "next year"; then leftmost; then the rule
    // order, which is the order MentionResolver tries rules in, so both read a tie the same way.
    private static final Comparator<Candidate> PRIORITY = Comparator.comparingInt(Candidate::length).reversed()
            .thenComparingInt(Candidate::start)
            .thenComparing(Candidate::rule);

    static List<TimeMention> find(String text) {
        List<Candidate> candidates = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            collect(rule, text, candidates);
        }
        candidates.sort(PRIORITY);

        BitSet taken = new BitSet(text.length());
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate candidate : candidates) {
            int firstTaken = taken.nextSetBit(candidate.start());
            if (firstTaken < 0 || firstTaken >= candidate.end()) {
                chosen.add(candidate);
                taken.set(candidate.start(), candidate.end());
            }
        }
        chosen.sort(Comparator.comparingInt(Candidate::start));

        List<TimeMention> mentions = new ArrayList<>(chosen.size());
        for (Candidate c : chosen) {
            mentions.add(new TimeMention(c.start(), c.end(), text.substring(c.start(), c.end())));
        }
        return List.copyOf(mentions);
    }

    /**
     * Adds the rule's match at every start position, not just the non-overlapping ones a plain find() loop
     * gives: a short match of one rule must not hide a longer, overlapping match of the same rule.
     */
    private static void collect(Rule rule, String text, List<Candidate> into) {
        Matcher matcher = rule.bounded().matcher(text);
        int from = 0;
        while (from < text.length() && matcher.find(from)) {
            if (matcher.end() > matcher.start()) {
                into.add(new Candidate(matcher.start(), matcher.end(), rule));
            }
            from = matcher.start() + 1;
        }
    }
}
