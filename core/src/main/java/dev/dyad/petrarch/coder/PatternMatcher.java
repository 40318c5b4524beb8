package dev.dyad.petrarch.coder;

import dev.dyad.petrarch.coder.PetrarchLexicon.Element;
import dev.dyad.petrarch.coder.PetrarchLexicon.Family;
import dev.dyad.petrarch.coder.PetrarchLexicon.Kind;
import dev.dyad.petrarch.coder.PetrarchLexicon.VerbPattern;
import dev.dyad.petrarch.coder.PtbTree.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Matches a verb family's patterns around a verb: words and synsets after {@code *} are looked for in order inside the
 * verb phrase, those before it backwards from the verb; {@code $}/{@code +} bind the next coded noun phrase as
 * source/target, {@code ^} skips a noun phrase, {@code %} asks for a compound. Immutable, thread-safe.
 */
final class PatternMatcher {
    /** Bindings of a pattern match. */
    static final class Match {
        VerbPattern pattern;
        List<String> source;
        Node sourceNode;
        List<String> target;
        Node targetNode;
        boolean compound;
    }

    private final PetrarchLexicon lexicon;

    PatternMatcher(PetrarchLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The first pattern that matches; one with {@code %} before the verb only for a compound subject. */
    Match matchPatterns(Family family, Node vp, int first, int last, PtbTree tree, ActorFinder actors,
            boolean compoundSubject) {
        List<VerbPattern> patterns = new ArrayList<>(family.patterns());
        patterns.sort(Comparator.comparingInt((VerbPattern p) -> -p.weight()));
        List<Node> leaves = tree.leaves();
        int vpEnd = vp.leaves().get(vp.leaves().size() - 1).index() + 1;
        for (VerbPattern p : patterns) {
            Match m = new Match();
            m.pattern = p;
            if (matchLower(p.lower(), 0, last + 1, vpEnd, leaves, actors, m)
                    && matchUpper(p.upper(), 0, first - 1, leaves, actors, m) && (!m.compound || compoundSubject)) {
                return m;
            }
        }
        return null;
    }

    private boolean matchLower(List<Element> els, int ei, int pos, int end, List<Node> leaves, ActorFinder actors,
            Match m) {
        if (ei == els.size()) {
            return true;
        }
        Element e = els.get(ei);
        boolean joined = e.joined();
        switch (e.kind()) {
            case COMPOUND -> { // after the verb: a compound target ("agrees with % ")
                for (int p = pos; p < end; p++) {
                    Node np = actors.codedNounPhraseAt(p);
                    if (np != null && actors.codes(np).size() > 1) {
                        bind(m, Kind.TARGET, np, actors);
                        return matchLower(els, ei + 1, lastLeaf(np) + 1, end, leaves, actors, m);
                    }
                }
                return false;
            }
            case WORD, SYNSET -> {
                for (int p = pos; p < end; p++) {
                    for (List<String> words : alternatives(e)) {
                        if (wordsAt(leaves, p, words, end)
                                && matchLower(els, ei + 1, p + words.size(), end, leaves, actors, m)) {
                            return true;
                        }
                    }
                    if (joined) {
                        break;
                    }
                }
                return false;
            }
            case SKIP -> {
                Node inside = pos < end ? actors.baseNounPhraseContaining(pos) : null;
                if (inside != null && inside.firstLeaf() < pos) {
                    return matchLower(els, ei + 1, lastLeaf(inside) + 1, end, leaves, actors, m);
                }
                for (int p = pos; p < end; p++) {
                    Node np = actors.baseNounPhraseAt(p);
                    if (np != null) {
                        return matchLower(els, ei + 1, lastLeaf(np) + 1, end, leaves, actors, m);
                    }
                }
                return false;
            }
            default -> { // SOURCE, TARGET
                for (int p = pos; p < end; p++) {
                    Node np = actors.codedNounPhraseAt(p);
                    if (np != null) {
                        bind(m, e.kind(), np, actors);
                        return matchLower(els, ei + 1, lastLeaf(np) + 1, end, leaves, actors, m);
                    }
                }
                return false;
            }
        }
    }

    private boolean matchUpper(List<Element> els, int ei, int pos, List<Node> leaves, ActorFinder actors, Match m) {
        if (ei == els.size()) {
            return true;
        }
        Element e = els.get(ei);
        boolean joined = e.joined();
        switch (e.kind()) {
            case COMPOUND -> {
                m.compound = true;
                return matchUpper(els, ei + 1, pos, leaves, actors, m);
            }
            case WORD, SYNSET -> {
                for (int p = pos; p >= 0; p--) {
                    for (List<String> words : alternatives(e)) {
                        int start = p - words.size() + 1;
                        if (start >= 0 && wordsAt(leaves, start, words, p + 1)
                                && matchUpper(els, ei + 1, start - 1, leaves, actors, m)) {
                            return true;
                        }
                    }
                    if (joined) {
                        break;
                    }
                }
                return false;
            }
            case SKIP -> {
                for (int p = pos; p >= 0; p--) {
                    Node np = actors.baseNounPhraseEndingAt(p);
                    if (np != null) {
                        return matchUpper(els, ei + 1, np.firstLeaf() - 1, leaves, actors, m);
                    }
                }
                return false;
            }
            default -> {
                for (int p = pos; p >= 0; p--) {
                    Node np = actors.codedNounPhraseEndingAt(p);
                    if (np != null) {
                        bind(m, e.kind(), np, actors);
                        return matchUpper(els, ei + 1, np.firstLeaf() - 1, leaves, actors, m);
                    }
                }
                return false;
            }
        }
    }

    private static void bind(Match m, Kind kind, Node np, ActorFinder actors) {
        if (kind == Kind.SOURCE) {
            m.source = actors.codes(np);
            m.sourceNode = np;
        } else {
            m.target = actors.codes(np);
            m.targetNode = np;
        }
    }

    private List<List<String>> alternatives(Element e) {
        if (e.kind() == Kind.SYNSET) {
            return lexicon.synsets.getOrDefault(e.text(), List.of());
        }
        return List.of(List.of(e.text()));
    }

    private static boolean wordsAt(List<Node> leaves, int p, List<String> words, int end) {
        if (p + words.size() > end) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            if (!leaves.get(p + i).upper().equals(words.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The index of a phrase's last word. */
    static int lastLeaf(Node n) {
        List<Node> l = n.leaves();
        return l.get(l.size() - 1).index();
    }
}
