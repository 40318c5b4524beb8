package dev.dyad.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A sentence with its tokens and dependency graph. Offsets are into the article text. The graph
 * helpers are here because every stage walks it; lists are built once in the constructor.
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens, List<Dependency> dependencies) {
    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    /** The dependency whose dependent is {@code i}, or null for the root or an unparsed sentence. */
    public Dependency head(int i) {
        for (Dependency d : dependencies) {
            if (d.dependent() == i && d.governor() >= 0) {
                return d;
            }
        }
        return null;
    }

    public int governor(int i) {
        Dependency d = head(i);
        return d == null ? -1 : d.governor();
    }

    public String relation(int i) {
        for (Dependency d : dependencies) {
            if (d.dependent() == i) {
                return d.relation();
            }
        }
        return "";
    }

    public List<Integer> children(int i, String... relations) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == i && matches(d.relation(), relations)) {
                out.add(d.dependent());
            }
        }
        Collections.sort(out);
        return out;
    }

    public int child(int i, String... relations) {
        List<Integer> c = children(i, relations);
        return c.isEmpty() ? -1 : c.get(0);
    }

    /** True when {@code descendant} lies in the subtree of {@code ancestor} (or is it). */
    public boolean dominates(int ancestor, int descendant) {
        int guard = 0;
        for (int i = descendant; i >= 0 && guard++ < tokens.size() + 1; i = governor(i)) {
            if (i == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Relation names match exactly or by prefix with a colon: "obl" matches "obl:tmod". */
    private static boolean matches(String relation, String[] wanted) {
        if (wanted.length == 0) {
            return true;
        }
        for (String w : wanted) {
            if (relation.equals(w) || relation.startsWith(w + ":")) {
                return true;
            }
        }
        return false;
    }

    public Span span(int firstToken, int lastToken) {
        return new Span(tokens.get(firstToken).start(), tokens.get(lastToken).end());
    }
}
