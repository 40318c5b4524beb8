package dev.dyad.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Issue 19, defect 4: the indexed graph answers as the linear scans did, and a deep tree costs no more than its size. */
class SentenceGraphTest {
    private static Sentence sentence(int n, List<Dependency> deps) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            tokens.add(new Token(i, "w" + i, "w" + i, "NN", "O", text.length(), text.length() + 2));
            text.append("w").append(i % 10).append(' ');
        }
        return new Sentence(0, 0, text.length(), text.toString(), tokens, deps);
    }

    /** A random tree over n tokens (root first, then governor/dependent edges in random order). */
    private static List<Dependency> randomTree(Random r, int n) {
        List<Dependency> deps = new ArrayList<>();
        int root = r.nextInt(n);
        deps.add(new Dependency(-1, root, "root"));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (i != root) {
                order.add(i);
            }
        }
        Collections.shuffle(order, r);
        List<Integer> placed = new ArrayList<>(List.of(root));
        String[] rels = {"nsubj", "obj", "obl:tmod", "obl", "ccomp", "amod"};
        for (int t : order) {
            deps.add(new Dependency(placed.get(r.nextInt(placed.size())), t, rels[r.nextInt(rels.length)]));
            placed.add(t);
        }
        Collections.shuffle(deps.subList(1, deps.size()), r);
        return deps;
    }

    // the scans the index replaced, kept here as the reference
    private static int refGovernor(List<Dependency> deps, int i) {
        for (Dependency d : deps) {
            if (d.dependent() == i && d.governor() >= 0) {
                return d.governor();
            }
        }
        return -1;
    }

    private static List<Integer> refChildren(List<Dependency> deps, int i, String rel) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : deps) {
            if (d.governor() == i && (rel == null || d.relation().equals(rel) || d.relation().startsWith(rel + ":"))) {
                out.add(d.dependent());
            }
        }
        Collections.sort(out);
        return out;
    }

    private static boolean refDominates(List<Dependency> deps, int n, int a, int d) {
        int guard = 0;
        for (int i = d; i >= 0 && guard++ < n + 1; i = refGovernor(deps, i)) {
            if (i == a) {
                return true;
            }
        }
        return false;
    }

    @Test
    void indexedGraphAnswersAsTheScans() {
        Random r = new Random(19);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + r.nextInt(25);
            List<Dependency> deps = randomTree(r, n);
            Sentence s = sentence(n, deps);
            for (int i = -1; i <= n; i++) {
                assertEquals(refGovernor(deps, i), s.governor(i));
                assertEquals(refChildren(deps, i, null), s.children(i));
                assertEquals(refChildren(deps, i, "obl"), s.children(i, "obl"));
                List<Integer> c = refChildren(deps, i, "nsubj");
                assertEquals(c.isEmpty() ? -1 : c.get(0), s.child(i, "nsubj"));
            }
            for (int a = 0; a < n; a++) {
                int lo = a;
                int hi = a;
                for (int d = 0; d < n; d++) {
                    boolean dom = refDominates(deps, n, a, d);
                    assertEquals(dom, s.dominates(a, d));
                    if (dom) {
                        lo = Math.min(lo, d);
                        hi = Math.max(hi, d);
                    }
                }
                assertArrayEquals(new int[] {lo, hi}, s.subtreeRange(a));
            }
        }
        assertEquals("", sentence(3, List.of()).relation(1));
        assertEquals(List.of(), sentence(3, List.of()).children(0));
    }

    @Test
    void aChainOfFiftyThousandTokensIsWalkedInLinearTime() {
        int n = 50_000;
        List<Dependency> deps = new ArrayList<>();
        deps.add(new Dependency(-1, 0, "root"));
        for (int i = 1; i < n; i++) {
            deps.add(new Dependency(i - 1, i, "dep")); // the deepest possible tree
        }
        long t0 = System.nanoTime();
        Sentence s = sentence(n, deps);
        int[] range = new int[2];
        for (int root = 0; root < n; root += 1000) {
            range = s.subtreeRange(root);
        }
        assertArrayEquals(new int[] {49_000, n - 1}, range);
        assertTrue(s.dominates(0, n - 1));
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(seconds < 2, "took " + seconds + " s");
    }
}
