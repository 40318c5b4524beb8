package dev.dyad.events;

import dev.dyad.model.ActorMention;
import dev.dyad.model.Sentence;
import java.util.ArrayList;
import java.util.List;

/** The actor mentions at a token of the dependency graph, with its conjuncts. Stateless. */
final class Mentions {
    private Mentions() {
    }

    /** The mention at a token, plus those of its conjuncts ("Washington and its allies"). */
    static List<ActorMention> withConjuncts(Sentence s, int token, List<ActorMention> mentions) {
        List<ActorMention> out = new ArrayList<>();
        ActorMention m = at(token, mentions);
        if (m != null) {
            out.add(m);
        }
        for (int c : s.children(token, "conj")) {
            ActorMention cm = at(c, mentions);
            if (cm != null && !out.contains(cm)) {
                out.add(cm);
            }
        }
        return out;
    }

    /** The mention whose head is the token, else the first one covering it; null if none. */
    static ActorMention at(int token, List<ActorMention> mentions) {
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

    /** The mentions found that are none of the sources' entities. */
    static List<ActorMention> notSource(List<ActorMention> found, List<ActorMention> sources) {
        return found.stream().filter(f -> sources.stream().noneMatch(src -> src.entity().equals(f.entity()))).toList();
    }

    @SafeVarargs
    static List<Integer> concat(List<Integer>... lists) {
        List<Integer> out = new ArrayList<>();
        for (List<Integer> l : lists) {
            out.addAll(l);
        }
        return out;
    }
}
