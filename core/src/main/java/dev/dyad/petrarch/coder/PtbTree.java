package dev.dyad.petrarch.coder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A Penn Treebank constituency tree, the input PETRARCH2 codes: {@code (ROOT (S (NP (NNP Arnor)) (VP ...)))}.
 * Leaves are numbered left to right; words are kept as written and also upper-cased for dictionary look-up.
 * Immutable after {@link #parse}; thread-safe.
 */
public final class PtbTree {
    /** A phrase ({@code word == null}) or a pre-terminal with its word. */
    public static final class Node {
        final String label;
        final String word;
        final List<Node> children = new ArrayList<>();
        Node parent;
        int index = -1;

        Node(String label, String word) {
            this.label = label;
            this.word = word;
        }

        public String label() {
            return label;
        }

        public String word() {
            return word;
        }

        public boolean isLeaf() {
            return word != null;
        }

        public List<Node> children() {
            return Collections.unmodifiableList(children);
        }

        public Node parent() {
            return parent;
        }

        /** The leaf's position in the sentence, -1 for phrases. */
        public int index() {
            return index;
        }

        /** Upper-case form used to match dictionary entries. */
        public String upper() {
            return word.toUpperCase(Locale.ROOT);
        }

        /** The phrase type without function tags: {@code NP-SBJ} → {@code NP}. */
        public String type() {
            int dash = label.indexOf('-');
            return dash > 0 ? label.substring(0, dash) : label;
        }

        public List<Node> leaves() {
            List<Node> out = new ArrayList<>();
            collect(this, out);
            return out;
        }

        private static void collect(Node n, List<Node> out) {
            if (n.isLeaf()) {
                out.add(n);
            } else {
                for (Node c : n.children) {
                    collect(c, out);
                }
            }
        }

        public int firstLeaf() {
            Node n = this;
            while (!n.isLeaf()) {
                if (n.children.isEmpty()) {
                    return -1;
                }
                n = n.children.get(0);
            }
            return n.index;
        }

        @Override
        public String toString() {
            if (isLeaf()) {
                return "(" + label + " " + word + ")";
            }
            StringBuilder b = new StringBuilder("(").append(label);
            for (Node c : children) {
                b.append(' ').append(c);
            }
            return b.append(')').toString();
        }
    }

    private final Node root;
    private final List<Node> leaves;

    private PtbTree(Node root) {
        this.root = root;
        this.leaves = root.leaves();
        for (int i = 0; i < leaves.size(); i++) {
            leaves.get(i).index = i;
        }
    }

    public Node root() {
        return root;
    }

    public List<Node> leaves() {
        return Collections.unmodifiableList(leaves);
    }

    /** Thrown for unbalanced brackets or a leaf without a tag: PETRARCH's {@code bad_input_parse}. */
    public static final class MalformedTreeException extends RuntimeException {
        MalformedTreeException(String message) {
            super(message);
        }
    }

    public static PtbTree parse(String text) {
        List<String> tokens = tokenize(text);
        int[] pos = {0};
        if (tokens.isEmpty() || !tokens.get(0).equals("(")) {
            throw new MalformedTreeException("a tree starts with '('");
        }
        Node root = node(tokens, pos);
        if (pos[0] != tokens.size()) {
            throw new MalformedTreeException("text after the end of the tree (unbalanced brackets)");
        }
        if (root.label.isEmpty() && root.children.size() == 1) {
            root = root.children.get(0);
            root.parent = null;
        }
        return new PtbTree(root);
    }

    private static Node node(List<String> t, int[] pos) {
        pos[0]++; // "("
        String label = "";
        if (pos[0] < t.size() && !t.get(pos[0]).equals("(") && !t.get(pos[0]).equals(")")) {
            label = t.get(pos[0]++);
        }
        if (pos[0] + 1 < t.size() && !t.get(pos[0]).equals("(") && !t.get(pos[0]).equals(")")
                && t.get(pos[0] + 1).equals(")")) {
            Node leaf = new Node(label, t.get(pos[0]));
            pos[0] += 2;
            return leaf;
        }
        Node n = new Node(label, null);
        while (true) {
            if (pos[0] >= t.size()) {
                throw new MalformedTreeException("unbalanced brackets: missing ')'");
            }
            String s = t.get(pos[0]);
            if (s.equals(")")) {
                pos[0]++;
                break;
            }
            if (!s.equals("(")) {
                throw new MalformedTreeException("word '" + s + "' without a tag");
            }
            Node c = node(t, pos);
            c.parent = n;
            n.children.add(c);
        }
        if (n.children.isEmpty()) {
            throw new MalformedTreeException("empty phrase (" + label + ")");
        }
        return n;
    }

    private static List<String> tokenize(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == ')' || Character.isWhitespace(c)) {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
                if (!Character.isWhitespace(c)) {
                    out.add(String.valueOf(c));
                }
            } else {
                cur.append(c);
            }
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }
}
