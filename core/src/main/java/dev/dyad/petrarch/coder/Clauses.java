package dev.dyad.petrarch.coder;

import dev.dyad.petrarch.coder.PtbTree.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a verb's actors sit in its clause, for {@link PetrarchCoder}: the subject (climbing verb chains, subject-less
 * and relative clauses), the passive's {@code by} phrase, whether an object follows. Stateless.
 */
final class Clauses {
    private Clauses() {
    }

    /** The subject noun phrase of a verb phrase's clause, climbing verb chains and subject-less clauses. */
    static Node subject(Node vp) {
        Node node = vp;
        while (node != null && node.parent() != null) {
            Node p = node.parent();
            String t = p.type();
            if (t.equals("S") || t.equals("SQ") || t.equals("SINV")) {
                Node np = null;
                for (Node c : p.children()) {
                    if (c == node) {
                        break;
                    }
                    if (c.type().equals("NP")) {
                        np = c;
                    }
                }
                if (np != null) {
                    return np;
                }
                // a clause without subject coordinated with one that has it: "Gondor launched ... and shelling ..."
                Node gp = p.parent();
                if (gp != null && gp.type().equals("S") && gp.children().stream().anyMatch(c -> c.label().equals("CC"))) {
                    for (Node c : gp.children()) {
                        if (c == p) {
                            break;
                        }
                        if (c.type().equals("S")) {
                            for (Node g : c.children()) {
                                if (g.type().equals("NP")) {
                                    np = g;
                                }
                            }
                        }
                    }
                    if (np != null) {
                        return np;
                    }
                }
            } else if (t.equals("NP")) {
                // a reduced relative or participle: "the roads leading into Mordor"
                for (Node c : p.children()) {
                    if (c == node) {
                        break;
                    }
                    if (c.type().equals("NP")) {
                        return c;
                    }
                }
                return null;
            } else if (t.equals("SBAR")) {
                boolean relative = p.children().stream().anyMatch(c -> c.type().startsWith("WH"));
                if (relative && p.parent() != null && p.parent().type().equals("NP")) {
                    for (Node c : p.parent().children()) {
                        if (c.type().equals("NP")) {
                            return c;
                        }
                    }
                }
            }
            node = p;
        }
        return null;
    }

    static Node enclosingVerbPhrase(Node n) {
        Node p = n.parent();
        while (p != null && !p.type().equals("VP")) {
            p = p.parent();
        }
        return p == null ? n : p;
    }

    /** Whether a noun phrase other than a time phrase ({@code NP-TMP}) follows the verb in its phrase. */
    static boolean hasObject(Node n, int verb) {
        if (n.isLeaf()) {
            return false;
        }
        if (n.type().equals("NP") && !n.label().equals("NP-TMP") && n.firstLeaf() > verb) {
            return true;
        }
        for (Node c : n.children()) {
            if (!c.label().equals("NP-TMP") && hasObject(c, verb)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a tagged word is a form of "be" ("was", "'re"), by CoreNLP's morphology rather than a word list. */
    private static boolean formOfBe(Node leaf) {
        return "be".equals(edu.stanford.nlp.process.Morphology.lemmaStatic(leaf.word(), leaf.label(), true));
    }

    /** The codes of the "by" phrase of a passive verb (a past participle below a form of "be"), else empty. */
    static Node passiveAgent(Node vp, Node verb, ActorFinder actors) {
        if (!verb.label().equals("VBN")) {
            return null;
        }
        boolean be = false;
        for (Node p = vp.parent(); p != null && p.type().equals("VP"); p = p.parent()) {
            for (Node c : p.children()) {
                if (c.isLeaf() && formOfBe(c)) {
                    be = true;
                }
            }
        }
        if (!be) {
            return null;
        }
        List<Node> candidates = new ArrayList<>();
        for (Node c : vp.children()) {
            candidates.add(c);
            if (c.type().equals("ADVP")) {
                candidates.addAll(c.children());
            }
        }
        for (Node c : candidates) {
            if (c.type().equals("PP") && !c.children().isEmpty() && c.children().get(0).isLeaf()
                    && c.children().get(0).upper().equals("BY")) {
                for (Node g : c.children()) {
                    if (g.type().equals("NP") && !actors.codes(g).isEmpty()) {
                        return g;
                    }
                }
            }
        }
        return null;
    }

}
