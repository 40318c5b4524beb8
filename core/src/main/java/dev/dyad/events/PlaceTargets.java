package dev.dyad.events;

import dev.dyad.model.ActorMention;
import dev.dyad.model.Sentence;
import java.util.List;

/**
 * "China staged naval drills off Taiwan", "Canada attended a summit on Haiti", "a conference on the crisis in
 * Sudan": when nothing else names a target, a country named in a locative or topical phrase of the event is its
 * target, for the prepositions and CAMEO roots the {@code place} rules of {@code events/rules.txt} allow. The
 * country may head the phrase, modify its noun ("near the Ukrainian border") or sit one phrase deeper ("on the
 * crisis in Sudan"). Never the source's own country: "clashes in Kashmir" by Indian police say where, not whom.
 * Stateless; thread-safe.
 */
final class PlaceTargets {
    private static final int MAX_DEPTH = 2;
    private final RuleBook rules;

    PlaceTargets(RuleBook rules) {
        this.rules = rules;
    }

    /** The place target of a candidate for this source, its rule naming the preposition; empty when there is none. */
    List<ActorMention> of(Sentence s, Candidate c, List<ActorMention> mentions, ActorMention source) {
        int[] heads = c.argumentHead() == c.trigger() ? new int[] {c.trigger()} : new int[] {c.trigger(), c.argumentHead()};
        for (int head : heads) {
            for (int phrase : s.children(head, "obl", "nmod")) {
                String prep = preposition(s, phrase);
                if (prep == null || !rules.placePreposition(prep, c.code())) {
                    continue;
                }
                ActorMention place = placeIn(s, phrase, mentions, 0);
                if (place == null) {
                    place = continuation(s, head, phrase, mentions);
                }
                if (place != null && !place.country().equals(source.country())) {
                    return List.of(new ActorMention(place.sentence(), place.first(), place.last(), place.head(),
                            place.span(), place.text(), place.code(), place.kind(), place.entity(),
                            place.rule() + "; target: events/rules.txt place '" + prep + "'"));
                }
            }
        }
        return List.of();
    }

    /**
     * "a summit on the crisis in Haiti" parsed with "in Haiti" beside "on the crisis": an "in"/"of" phrase of the same
     * head that starts right after the phrase's noun belongs to it.
     */
    private static ActorMention continuation(Sentence s, int head, int phrase, List<ActorMention> mentions) {
        for (int sibling : s.children(head, "obl", "nmod")) {
            String prep = preposition(s, sibling);
            boolean adjacent = s.children(sibling, "case").stream().anyMatch(k -> k == phrase + 1);
            if (adjacent && ("in".equals(prep) || "of".equals(prep))) {
                return placeIn(s, sibling, mentions, MAX_DEPTH);
            }
        }
        return null;
    }

    private static String preposition(Sentence s, int phrase) {
        for (int k : s.children(phrase, "case")) {
            return s.token(k).lowerLemma();
        }
        return null;
    }

    /** A country at the phrase's noun, in a modifier of it, or in a phrase below it (to {@link #MAX_DEPTH}). */
    private static ActorMention placeIn(Sentence s, int node, List<ActorMention> mentions, int depth) {
        ActorMention m = Mentions.at(node, mentions);
        if (m != null) {
            return m.kind() == ActorMention.Kind.STATE ? m : null;
        }
        for (int c : s.children(node, "amod", "compound", "nmod:poss")) {
            ActorMention mod = Mentions.at(c, mentions);
            if (mod != null && mod.kind() == ActorMention.Kind.STATE) {
                return mod;
            }
        }
        if (depth < MAX_DEPTH) {
            for (int c : s.children(node, "nmod")) {
                ActorMention below = placeIn(s, c, mentions, depth + 1);
                if (below != null) {
                    return below;
                }
            }
        }
        return null;
    }
}
