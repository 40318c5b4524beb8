package dev.dyad.quotes;

import dev.dyad.model.Dependency;
import dev.dyad.model.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Constant-time heads and children of one sentence's dependency graph, built once per sentence (the graph helpers
 * of {@link Sentence} scan every dependency on each call; quote attribution asks for many tokens of long
 * sentences). Small and self-contained on purpose. Not thread-safe; one per sentence and call.
 */
final class DepIndex {
    private final int[] governor;
    private final String[] relation;
    private final List<List<Integer>> children;

    DepIndex(Sentence s) {
        int n = s.size();
        governor = new int[n];
        relation = new String[n];
        children = new ArrayList<>(n);
        java.util.Arrays.fill(governor, -1);
        java.util.Arrays.fill(relation, "");
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>(2));
        }
        for (Dependency d : s.dependencies()) {
            int dep = d.dependent();
            if (dep < 0 || dep >= n) {
                continue;
            }
            relation[dep] = d.relation();
            if (d.governor() >= 0 && d.governor() < n) {
                governor[dep] = d.governor();
                children.get(d.governor()).add(dep); // CoreNLP lists edges by governor, dependents in order
            }
        }
        for (List<Integer> c : children) {
            c.sort(null);
        }
    }

    /** A graph built by hand ({@link ShallowAttribution}): heads (-1 for the root) and relations per token. */
    DepIndex(int[] governor, String[] relation) {
        int n = governor.length;
        this.governor = governor.clone();
        this.relation = relation.clone();
        children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>(2));
        }
        for (int i = 0; i < n; i++) {
            if (governor[i] >= 0 && governor[i] < n) {
                children.get(governor[i]).add(i);
            }
        }
    }

    boolean parsed() {
        for (String r : relation) {
            if (!r.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    int governor(int i) {
        return governor[i];
    }

    String relation(int i) {
        return relation[i];
    }

    /** Children whose relation is one of {@code wanted} or a subtype of one ("obl" matches "obl:tmod"). */
    List<Integer> children(int i, String... wanted) {
        if (wanted.length == 0) {
            return children.get(i);
        }
        List<Integer> out = new ArrayList<>(2);
        for (int c : children.get(i)) {
            if (is(c, wanted)) {
                out.add(c);
            }
        }
        return out;
    }

    boolean is(int i, String... wanted) {
        String r = relation[i];
        for (String w : wanted) {
            if (r.equals(w) || r.startsWith(w + ":")) {
                return true;
            }
        }
        return false;
    }

    /** The first and last token of the subtree under {@code root} (iterative; the graph is a tree). */
    int[] extent(int root) {
        int lo = root;
        int hi = root;
        java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
        todo.push(root);
        int guard = 0;
        while (!todo.isEmpty() && guard++ <= governor.length) {
            int t = todo.pop();
            lo = Math.min(lo, t);
            hi = Math.max(hi, t);
            for (int c : children.get(t)) {
                todo.push(c);
            }
        }
        return new int[] {lo, hi};
    }
}
