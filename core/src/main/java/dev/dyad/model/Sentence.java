package dev.dyad.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A sentence with its tokens and dependency graph. Offsets are into the article text. The graph
 * helpers are here because every stage walks it. Immutable; the head, relation and children of every token
 * are indexed once in the constructor, so {@link #head}, {@link #governor}, {@link #relation} and
 * {@link #children} take constant time (or the size of their answer) and {@link #dominates} the depth of the
 * tree — never a scan of the whole graph, which made a 3,000-word sentence cost minutes (issue 19).
 */
public final class Sentence {
    private static final int[] NONE = new int[0];
    private final int index;
    private final int start;
    private final int end;
    private final String text;
    private final List<Token> tokens;
    private final List<Dependency> dependencies;
    /** Per token: the dependency (index into {@link #dependencies}) that governs it, or -1 (root, unparsed). */
    private final int[] headDep;
    /** Per token: the first dependency naming it as dependent (the root's included), or -1. */
    private final int[] relationDep;
    /** Per governor, index + 1 (slot 0 is the virtual root, -1): its dependencies, by dependent, in list order. */
    private final int[][] childDeps;

    public Sentence(int index, int start, int end, String text, List<Token> tokens, List<Dependency> dependencies) {
        this.index = index;
        this.start = start;
        this.end = end;
        this.text = text;
        this.tokens = List.copyOf(tokens);
        this.dependencies = List.copyOf(dependencies);
        int n = this.tokens.size();
        for (Dependency d : this.dependencies) {
            n = Math.max(n, Math.max(d.governor(), d.dependent()) + 1);
        }
        headDep = new int[n];
        relationDep = new int[n];
        Arrays.fill(headDep, -1);
        Arrays.fill(relationDep, -1);
        int[] counts = new int[n + 1];
        for (int k = 0; k < this.dependencies.size(); k++) {
            Dependency d = this.dependencies.get(k);
            int dep = d.dependent();
            if (dep >= 0) {
                if (relationDep[dep] < 0) {
                    relationDep[dep] = k;
                }
                if (d.governor() >= 0 && headDep[dep] < 0) {
                    headDep[dep] = k;
                }
            }
            if (d.governor() >= -1) {
                counts[d.governor() + 1]++;
            }
        }
        childDeps = new int[n + 1][];
        for (int g = 0; g <= n; g++) {
            childDeps[g] = counts[g] == 0 ? NONE : new int[counts[g]];
            counts[g] = 0;
        }
        for (int k = 0; k < this.dependencies.size(); k++) {
            int g = this.dependencies.get(k).governor() + 1;
            if (g >= 0) {
                childDeps[g][counts[g]++] = k;
            }
        }
        for (int g = 0; g <= n; g++) {
            if (childDeps[g].length > 1) {
                // stable sort by dependent: equal dependents keep their list order
                Integer[] boxed = Arrays.stream(childDeps[g]).boxed().toArray(Integer[]::new);
                Arrays.sort(boxed, (a, b) -> Integer.compare(this.dependencies.get(a).dependent(),
                        this.dependencies.get(b).dependent()));
                for (int i = 0; i < boxed.length; i++) {
                    childDeps[g][i] = boxed[i];
                }
            }
        }
    }

    public int index() {
        return index;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public List<Dependency> dependencies() {
        return dependencies;
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    /** The dependency whose dependent is {@code i}, or null for the root or an unparsed sentence. */
    public Dependency head(int i) {
        return i < 0 || i >= headDep.length || headDep[i] < 0 ? null : dependencies.get(headDep[i]);
    }

    public int governor(int i) {
        Dependency d = head(i);
        return d == null ? -1 : d.governor();
    }

    public String relation(int i) {
        return i < 0 || i >= relationDep.length || relationDep[i] < 0 ? "" : dependencies.get(relationDep[i]).relation();
    }

    /** The dependents of {@code i} (-1: the roots) by one of {@code relations} (any when none), in token order. */
    public List<Integer> children(int i, String... relations) {
        if (i < -1 || i + 1 >= childDeps.length) {
            return new ArrayList<>();
        }
        List<Integer> out = new ArrayList<>();
        for (int k : childDeps[i + 1]) {
            Dependency d = dependencies.get(k);
            if (matches(d.relation(), relations)) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    public int child(int i, String... relations) {
        if (i < -1 || i + 1 >= childDeps.length) {
            return -1;
        }
        for (int k : childDeps[i + 1]) {
            Dependency d = dependencies.get(k);
            if (matches(d.relation(), relations)) {
                return d.dependent();
            }
        }
        return -1;
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

    /**
     * The first and last token of the subtree of {@code root} (the tokens it dominates, itself included), in
     * time proportional to the subtree.
     */
    public int[] subtreeRange(int root) {
        int lo = root;
        int hi = root;
        if (root < 0 || root + 1 >= childDeps.length) {
            return new int[] {lo, hi};
        }
        boolean[] seen = new boolean[childDeps.length];
        int[] stack = new int[childDeps.length];
        int top = 0;
        stack[top++] = root;
        seen[root] = true;
        while (top > 0) {
            int t = stack[--top];
            lo = Math.min(lo, t);
            hi = Math.max(hi, t);
            for (int k : childDeps[t + 1]) {
                int c = dependencies.get(k).dependent();
                // only edges that are the child's own head: the same tree dominates() walks
                if (c >= 0 && !seen[c] && headDep[c] == k) {
                    seen[c] = true;
                    stack[top++] = c;
                }
            }
        }
        return new int[] {Math.max(lo, 0), Math.min(hi, Math.max(tokens.size() - 1, root))};
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

    @Override
    public boolean equals(Object o) {
        return o instanceof Sentence s && index == s.index && start == s.start && end == s.end && Objects.equals(text, s.text)
                && tokens.equals(s.tokens) && dependencies.equals(s.dependencies);
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, start, end, text, tokens, dependencies);
    }

    @Override
    public String toString() {
        return "Sentence[index=" + index + ", start=" + start + ", end=" + end + ", text=" + text + ", tokens=" + tokens
                + ", dependencies=" + dependencies + "]";
    }
}
