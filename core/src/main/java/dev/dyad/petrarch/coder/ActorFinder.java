package dev.dyad.petrarch.coder;

import dev.dyad.petrarch.coder.PetrarchLexicon.Actor;
import dev.dyad.petrarch.coder.PetrarchLexicon.Agent;
import dev.dyad.petrarch.coder.PtbTree.Node;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Codes PETRARCH2 noun phrases of one sentence: actor phrases (longest match, whole words, the code valid on
 * the sentence's date) and agent phrases found in the phrase's own words; agents are appended to the
 * actor's code ({@code ~GOV}) or put before it ({@code NGO~}), an agent alone gives {@code ---GOV}; a phrase
 * without an actor of its own takes the actors of its prepositional phrases ("soldiers from Gondor" →
 * {@code GONMIL}); coordinated phrases ("Fornost and Gondor", "lawmakers and officials") give one code per
 * member; "former" makes the agent {@code ELI}. Not thread-safe: one instance per sentence.
 */
final class ActorFinder {
    private final PetrarchLexicon lexicon;
    private final List<Node> leaves;
    private final LocalDate date;
    private final Map<Node, List<ActorPart>> cache = new IdentityHashMap<>();
    private final Map<Integer, List<Node>> npsStarting = new HashMap<>();
    private final Map<Integer, List<Node>> npsEnding = new HashMap<>();

    private final int newActorLength;
    private final PhraseScanner scanner;

    ActorFinder(PetrarchLexicon lexicon, PtbTree tree, LocalDate date, int newActorLength) {
        this.newActorLength = newActorLength;
        this.lexicon = lexicon;
        this.leaves = tree.leaves();
        this.date = date;
        this.scanner = new PhraseScanner(lexicon, date);
        index(tree.root());
    }

    private void index(Node n) {
        if (n.isLeaf()) {
            return;
        }
        if (n.type().equals("NP")) {
            npsStarting.computeIfAbsent(n.firstLeaf(), k -> new ArrayList<>()).add(n);
            npsEnding.computeIfAbsent(PatternMatcher.lastLeaf(n), k -> new ArrayList<>()).add(n);
        }
        for (Node c : n.children()) {
            index(c);
        }
    }

    /** The codes of a noun phrase (several for a compound), empty when it names no actor or agent. */
    List<String> codes(Node np) {
        Set<String> out = new LinkedHashSet<>();
        for (ActorPart p : parts(np)) {
            if (p.actor() != null && p.actor().contains("/")) {
                for (String a : p.actor().split("/")) {
                    out.add(new ActorPart(a, p.before(), p.after()).code());
                }
            } else if (p.actor() != null || p.hasAgents()) {
                out.add(p.code());
            }
        }
        return new ArrayList<>(out);
    }

    /** The first noun phrase starting at or after {@code from} inside {@code scope} that has codes, or null. */
    Node firstCodedPhrase(Node scope, int from) {
        List<Node> l = scope.leaves();
        int end = l.get(l.size() - 1).index();
        for (int p = from; p <= end; p++) {
            Node np = codedNounPhraseAt(p);
            if (np != null && PatternMatcher.lastLeaf(np) <= end) {
                return np;
            }
        }
        return null;
    }

    /** The first (largest) noun phrase starting at or after {@code from} inside {@code scope}, or null. */
    Node firstPhrase(Node scope, int from) {
        List<Node> l = scope.leaves();
        int end = l.get(l.size() - 1).index();
        for (int p = from; p <= end; p++) {
            List<Node> nps = npsStarting.get(p);
            if (nps != null && PatternMatcher.lastLeaf(nps.get(0)) <= end) {
                return nps.get(0);
            }
        }
        return null;
    }

    /**
     * PETRARCH2's new actor: a noun phrase without codes named by its words ({@code "INJURY TOLL"}), when
     * {@code new_actor_length} allows as many words (possessive 's not counted); not for pronouns alone.
     */
    List<String> newActor(Node np) {
        if (newActorLength <= 0) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        boolean pronounsOnly = true;
        for (Node l : np.leaves()) {
            if (l.label().equals("POS")) {
                continue;
            }
            pronounsOnly &= l.label().startsWith("PRP");
            words.add(l.upper());
        }
        if (words.isEmpty() || words.size() > newActorLength || pronounsOnly) {
            return List.of();
        }
        return List.of('"' + String.join(" ", words) + '"');
    }

    Node baseNounPhraseAt(int p) {
        List<Node> l = npsStarting.get(p);
        return l == null ? null : l.get(l.size() - 1);
    }

    /** The lowest noun phrase containing leaf {@code p}, or null. */
    Node baseNounPhraseContaining(int p) {
        Node n = leaves.get(p).parent();
        while (n != null && !n.type().equals("NP")) {
            n = n.parent();
        }
        return n;
    }

    Node codedNounPhraseAt(int p) {
        for (Node n : npsStarting.getOrDefault(p, List.of())) {
            if (!codes(n).isEmpty()) {
                return n;
            }
        }
        return null;
    }

    Node baseNounPhraseEndingAt(int p) {
        List<Node> l = npsEnding.get(p);
        return l == null ? null : l.get(l.size() - 1);
    }

    Node codedNounPhraseEndingAt(int p) {
        for (Node n : npsEnding.getOrDefault(p, List.of())) {
            if (!codes(n).isEmpty()) {
                return n;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- structure

    private List<ActorPart> parts(Node np) {
        List<ActorPart> cached = cache.get(np);
        if (cached != null) {
            return cached;
        }
        List<ActorPart> result = compute(np);
        cache.put(np, result);
        return result;
    }

    private static boolean separator(Node c) {
        return c.isLeaf() && (c.label().equals("CC") || c.label().equals(",") || c.label().equals(":"));
    }

    private static boolean nominal(List<Node> segment) {
        for (Node c : segment) {
            if (c.type().equals("NP") || c.isLeaf() && (c.label().startsWith("NN") || c.label().startsWith("PRP"))) {
                return true;
            }
        }
        return false;
    }

    /** The members of a coordination, or null when the phrase is not one. */
    private static List<List<Node>> conjuncts(Node np) {
        boolean cc = false;
        for (Node c : np.children()) {
            if (c.isLeaf() && c.label().equals("CC")) {
                cc = true;
            }
        }
        if (!cc) {
            return null;
        }
        List<List<Node>> segments = new ArrayList<>();
        List<Node> cur = new ArrayList<>();
        for (Node c : np.children()) {
            if (separator(c)) {
                if (!cur.isEmpty()) {
                    segments.add(cur);
                }
                cur = new ArrayList<>();
            } else if (!c.type().equals("PP") && !c.type().equals("SBAR") && !c.type().equals("PRN")) {
                cur.add(c);
            }
        }
        if (!cur.isEmpty()) {
            segments.add(cur);
        }
        long nominal = segments.stream().filter(ActorFinder::nominal).count();
        if (nominal < 2 || nominal != segments.size()) {
            return null;
        }
        return segments;
    }

    private List<ActorPart> compute(Node np) {
        List<List<Node>> conj = conjuncts(np);
        if (conj != null) {
            List<ActorPart> out = new ArrayList<>();
            ActorPart donor = null;
            List<Integer> flatAgentOnly = new ArrayList<>();
            for (List<Node> seg : conj) {
                List<ActorPart> ps;
                boolean flat = !(seg.size() == 1 && seg.get(0).type().equals("NP"));
                if (!flat) {
                    ps = parts(seg.get(0));
                } else {
                    List<Node> ls = new ArrayList<>();
                    for (Node c : seg) {
                        ls.addAll(c.leaves());
                    }
                    ActorPart p = scanner.scan(ls, ls);
                    ps = p == null ? List.of() : List.of(p);
                }
                if (ps.isEmpty() && !flat) {
                    List<String> fresh = newActor(seg.get(0));
                    ps = fresh.isEmpty() ? List.of() : List.of(new ActorPart(fresh.get(0), List.of(), List.of()));
                }
                for (ActorPart p : ps) {
                    if (p.actor() != null && donor == null && flat) {
                        donor = p;
                    }
                    if (p.actor() == null && flat) {
                        flatAgentOnly.add(out.size());
                    }
                    out.add(p);
                }
            }
            if (donor != null) {
                List<String> shared = donor.after().isEmpty() ? List.of()
                        : donor.after().subList(0, donor.after().size() - 1);
                for (int i : flatAgentOnly) {
                    ActorPart p = out.get(i);
                    List<String> af = new ArrayList<>(shared);
                    af.addAll(p.after());
                    out.set(i, new ActorPart(donor.actor(), p.before(), af));
                }
            }
            // a coordination without actors modified by a prepositional phrase: "lawmakers and officials in X"
            List<ActorPart> pp = prepositional(np);
            if (!pp.isEmpty() && out.stream().allMatch(p -> p.actor() == null)) {
                return distribute(out, pp);
            }
            return out;
        }
        List<Node> own = new ArrayList<>();
        Node headCoordination = ownLeaves(np, own);
        List<Node> all = np.leaves();
        ActorPart head = own.isEmpty() ? null : scanner.scan(own, all);
        List<ActorPart> heads = new ArrayList<>();
        if (headCoordination != null) {
            heads.addAll(parts(headCoordination));
            if (head != null) {
                List<ActorPart> merged = new ArrayList<>();
                for (ActorPart h : heads) {
                    merged.add(h.actor() == null && head.actor() != null ? new ActorPart(head.actor(), h.before(), h.after()) : h);
                }
                heads = merged;
            }
        } else if (head != null) {
            heads.add(head);
        }
        if (heads.stream().anyMatch(p -> p.actor() != null)) {
            return heads;
        }
        List<ActorPart> pp = prepositional(np);
        if (!pp.isEmpty()) {
            return heads.isEmpty() ? pp : distribute(heads, pp);
        }
        return heads;
    }

    private static List<ActorPart> distribute(List<ActorPart> agents, List<ActorPart> actors) {
        List<ActorPart> out = new ArrayList<>();
        for (ActorPart a : actors) {
            for (ActorPart g : agents) {
                out.add(a.withAgents(g));
            }
        }
        return out;
    }

    /** The parts of the first prepositional phrase (child of the phrase) whose noun phrase names an actor. */
    private List<ActorPart> prepositional(Node np) {
        for (Node c : np.children()) {
            if (c.type().equals("PP")) {
                for (Node g : c.children()) {
                    if (g.type().equals("NP")) {
                        List<ActorPart> ps = parts(g);
                        if (ps.stream().anyMatch(p -> p.actor() != null)) {
                            return ps;
                        }
                    }
                }
            }
        }
        return List.of();
    }

    /** Collects the phrase's own words (not those of clauses or prepositional phrases); returns a coordinated head. */
    private static Node ownLeaves(Node np, List<Node> out) {
        Node coordination = null;
        for (Node c : np.children()) {
            if (c.isLeaf()) {
                out.add(c);
            } else if (c.type().equals("NP")) {
                if (conjuncts(c) != null) {
                    coordination = coordination == null ? c : coordination;
                } else {
                    Node inner = ownLeaves(c, out);
                    coordination = coordination == null ? inner : coordination;
                }
            } else if (c.type().equals("ADJP") || c.type().equals("QP") || c.type().equals("NML")
                    || c.type().equals("NX")) {
                out.addAll(c.leaves());
            }
        }
        return coordination;
    }

    // ---------------------------------------------------------------- dictionary matching
}
