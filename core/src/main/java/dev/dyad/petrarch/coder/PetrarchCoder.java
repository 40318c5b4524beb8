package dev.dyad.petrarch.coder;

import dev.dyad.petrarch.coder.PetrarchLexicon.Element;
import dev.dyad.petrarch.coder.PetrarchLexicon.Family;
import dev.dyad.petrarch.coder.PetrarchLexicon.Kind;
import dev.dyad.petrarch.coder.PetrarchLexicon.VerbForm;
import dev.dyad.petrarch.coder.PetrarchLexicon.VerbPattern;
import dev.dyad.petrarch.coder.PtbTree.Node;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * PETRARCH2's coding over a constituency tree: every verb phrase whose verb is in the verb dictionary is
 * coded by the first of its family's patterns that matches (most pattern words first, then file order),
 * else by its family's code; the source is the subject of the verb's clause (climbing through verb chains
 * and subject-less clauses), the target the first actor-coded noun phrase after the verb; {@code $} and
 * {@code +} in a pattern take them from the noun phrase at that place, {@code ^} skips a noun phrase,
 * {@code %} requires a compound subject and codes its members with each other. Compound actors are coded
 * as every source × target pair; {@code [a:b]} also codes target → source with {@code b}; {@code [---]}
 * codes nothing. Noun phrases are coded by {@link ActorFinder}. Immutable, thread-safe.
 */
public final class PetrarchCoder {
    /**
     * One coded event; with {@code requireDyad} false a missing actor is {@code ---}. {@code verb} is the
     * verb's leaf, {@code sourcePhrase}/{@code targetPhrase} the noun phrases coded (null for {@code ---}),
     * {@code rule} the dictionary line.
     */
    public record Coded(String source, String target, String code, int verb, Node sourcePhrase, Node targetPhrase,
                        String rule) {
        public Coded(String source, String target, String code) {
            this(source, target, code, -1, null, null, null);
        }
    }

    /** Where an event comes from: what {@link #emit} records besides the codes. */
    private record Origin(int verb, Node source, Node target, String rule) {
        Origin mirrored() {
            return new Origin(verb, target, source, rule);
        }
    }

    private static final String NULL = "---";
    private final PetrarchLexicon lexicon;

    public PetrarchCoder(PetrarchLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * PETRARCH2's options that change coding: {@code requireDyad} (drop events without source or target) and
     * {@code newActorLength} (0: off; else a source or target noun phrase without any code, of at most that many
     * words, is coded by its words in quotes, {@code "THE MINISTRY OF MAGIC"}).
     */
    public record Options(boolean requireDyad, int newActorLength) {
    }

    public List<Coded> code(PtbTree tree, LocalDate date, boolean requireDyad) {
        return code(tree, date, new Options(requireDyad, 0));
    }

    public List<Coded> code(PtbTree tree, LocalDate date, Options options) {
        boolean requireDyad = options.requireDyad();
        ActorFinder actors = new ActorFinder(lexicon, tree, date, options.newActorLength());
        Set<Coded> out = new LinkedHashSet<>();
        visit(tree.root(), tree, actors, requireDyad, out);
        return new ArrayList<>(out);
    }

    private void visit(Node n, PtbTree tree, ActorFinder actors, boolean requireDyad, Set<Coded> out) {
        if (n.isLeaf()) {
            return;
        }
        if (n.type().equals("VP") && codeVerbPhrase(n, tree, actors, requireDyad, out)) {
            return; // a coded verb takes in the verbs of its own phrase ("is said to ... restore")
        }
        for (Node c : n.children()) {
            visit(c, tree, actors, requireDyad, out);
        }
    }

    /** Bindings of a pattern match. */
    static final class Match {
        VerbPattern pattern;
        List<String> source;
        Node sourceNode;
        List<String> target;
        Node targetNode;
        boolean compound;
    }

    /** The subject noun phrase as written, the phrase its codes come from (it or a clause's above) and the codes. */
    private record Subject(Node phrase, Node source, List<String> codes) {
    }

    /** A verb's code {@code a} (source on target; blank in {@code [:b]}), its mirror {@code b} or null, the pattern matched. */
    private record Coding(String a, String b, Match match) {
    }

    /** Who acts on whom: the codes and the noun phrases they come from. */
    private record Roles(List<String> source, Node sourceNode, List<String> target, Node targetNode) {
    }

    /** Codes the verb phrase's verb; true when it has a code (then the verbs below it are not coded on their own). */
    private boolean codeVerbPhrase(Node vp, PtbTree tree, ActorFinder actors, boolean requireDyad, Set<Coded> out) {
        Node verb = verbOf(vp);
        List<VerbForm> forms = verb == null ? List.of() : formsAt(verb, tree.leaves());
        if (forms.isEmpty()) {
            return false;
        }
        Subject subject = subject(vp, actors);
        Coding coding = coding(forms, verb, vp, tree, actors, subject.codes().size() > 1);
        if (coding == null) {
            return false;
        }
        String rule = rule(coding.match(), forms.get(0));
        if (coding.match() != null && coding.match().compound) {
            Origin o = new Origin(verb.index(), subject.source(), subject.source(), rule);
            codeEachOther(subject.codes(), coding, o, requireDyad, out);
            return true;
        }
        Roles r = roles(vp, verb, forms, subject, coding.match(), actors);
        boolean sourceFromPattern = coding.match() != null && coding.match().source != null;
        if (r.target().isEmpty() && r.source().size() > 1 && coding.b() != null && !sourceFromPattern) {
            // a symmetric [a:b] code, a compound subject and no target: the members act on each other
            // ("Gondor and Osgiliath renewed diplomatic ties")
            codeEachOther(r.source(), coding, new Origin(verb.index(), r.sourceNode(), r.sourceNode(), rule), requireDyad, out);
            return true;
        }
        if (r.target().isEmpty() && !hasObject(vp, verb.index())) {
            // no noun phrase after the verb ("said today": a time phrase is not one): no target, not even ---
            return true;
        }
        List<String> source = r.source().isEmpty() ? List.of(NULL) : r.source();
        List<String> target = r.target().isEmpty() ? List.of(NULL) : r.target();
        Origin o = new Origin(verb.index(), r.sourceNode(), r.targetNode(), rule);
        for (String s : source) {
            for (String t : target) {
                if (s.equals(t) && !s.equals(NULL)) {
                    continue;
                }
                emit(out, s, t, coding.a(), requireDyad, o);
                if (coding.b() != null && !coding.b().equals(NULL)) {
                    emit(out, t, s, coding.b(), requireDyad, o.mirrored());
                }
            }
        }
        return true;
    }

    /** The verb of a verb phrase: its first {@code VB*} word. */
    private static Node verbOf(Node vp) {
        for (Node c : vp.children()) {
            if (c.isLeaf() && c.label().startsWith("VB")) {
                return c;
            }
        }
        return null;
    }

    /** The dictionary's forms of this verb whose required neighbours are there, the most specific (multi-word) first. */
    private List<VerbForm> formsAt(Node verb, List<Node> leaves) {
        List<VerbForm> forms = new ArrayList<>();
        for (VerbForm f : lexicon.verbs.getOrDefault(verb.upper(), List.of())) {
            if (adjacent(leaves, verb.index(), f)) {
                forms.add(f);
            }
        }
        forms.sort(Comparator.comparingInt((VerbForm f) -> -(f.before().size() + f.after().size())));
        return forms;
    }

    /** The verb's subject; an uncoded one ("it", "crowds") takes the subject of the clause above. */
    private static Subject subject(Node vp, ActorFinder actors) {
        Node phrase = subject(vp);
        List<String> codes = phrase == null ? List.of() : actors.codes(phrase);
        if (codes.isEmpty() && phrase != null) {
            codes = actors.newActor(phrase);
        }
        Node source = phrase;
        while (codes.isEmpty() && source != null) {
            source = subject(enclosingVerbPhrase(source));
            codes = source == null ? List.of() : actors.codes(source);
        }
        return new Subject(phrase, source, codes);
    }

    /** The first form whose family has a matching pattern gives the code, else the first form's own or family's; null: no code. */
    private Coding coding(List<VerbForm> forms, Node verb, Node vp, PtbTree tree, ActorFinder actors, boolean compoundSubject) {
        String code = null;
        Match match = null;
        for (VerbForm f : forms) {
            int first = verb.index() - f.before().size();
            int last = verb.index() + f.after().size();
            Match m = matchPatterns(f.family(), vp, first, last, tree, actors, compoundSubject);
            if (m != null) {
                match = m;
                code = m.pattern.code();
                break;
            }
        }
        if (code == null) {
            VerbForm f = forms.get(0);
            code = f.code() != null ? f.code() : f.family().code();
        }
        String[] codes = code.split(":");
        String a = codes[0].trim();
        String b = codes.length > 1 ? codes[1].trim() : null;
        boolean noMirror = b == null || b.isEmpty() || b.equals(NULL);
        if (a.equals(NULL) || a.isEmpty() && noMirror) {
            return null;
        }
        return new Coding(a, b == null || b.isEmpty() ? null : b, match);
    }

    /** Source and target: the pattern's bindings, else the subject, the passive's agent and the first actor after the verb. */
    private Roles roles(Node vp, Node verb, List<VerbForm> forms, Subject subject, Match match, ActorFinder actors) {
        List<String> source = subject.codes();
        Node sourceNode = subject.source();
        List<String> target = null;
        Node targetNode = null;
        if (match != null && match.source != null) {
            source = match.source;
            sourceNode = match.sourceNode;
        }
        if (match != null && match.target != null) {
            target = match.target;
            targetNode = match.targetNode;
            if (match.source == null && match.targetNode == subject.phrase()) {
                Node outer = subject.phrase() == null ? null : subject(enclosingVerbPhrase(subject.phrase()));
                source = outer == null ? List.of() : actors.codes(outer);
                sourceNode = outer;
            }
        }
        if (target == null && (match == null || match.source == null)) {
            // passive voice: "Eriador was opposed by Osgiliath" codes Osgiliath → Eriador
            Node agent = passiveAgent(vp, verb, actors);
            if (agent != null) {
                return new Roles(actors.codes(agent), agent, source, sourceNode);
            }
        }
        if (target == null) {
            int last = verb.index();
            for (VerbForm f : forms) {
                last = Math.max(last, verb.index() + f.after().size());
            }
            targetNode = actors.firstCodedPhrase(vp, last + 1);
            target = targetNode == null ? List.of() : actors.codes(targetNode);
            if (targetNode == null) {
                // no actor after the verb: a new actor from the first noun phrase, when allowed
                targetNode = actors.firstPhrase(vp, last + 1);
                target = targetNode == null ? List.of() : actors.newActor(targetNode);
                targetNode = target.isEmpty() ? null : targetNode;
            }
        }
        return new Roles(source, sourceNode, target, targetNode);
    }

    /** The members of a compound code each other: {@code a} one way, {@code b} (else {@code a}) the other. */
    private static void codeEachOther(List<String> members, Coding coding, Origin o, boolean requireDyad, Set<Coded> out) {
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                emit(out, members.get(i), members.get(j), coding.a(), requireDyad, o);
                emit(out, members.get(j), members.get(i), coding.b() == null ? coding.a() : coding.b(), requireDyad, o);
            }
        }
    }

    /** Whether a noun phrase other than a time phrase ({@code NP-TMP}) follows the verb in its phrase. */
    private static boolean hasObject(Node n, int verb) {
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

    private String rule(Match m, VerbForm form) {
        if (m != null) {
            return lexicon.verbFile() + ":" + m.pattern.line();
        }
        return lexicon.verbFile() + ": --- " + form.family().name() + " --- (" + form.verb() + ")";
    }

    private static final Set<String> BE = Set.of("BE", "IS", "ARE", "WAS", "WERE", "BEEN", "BEING", "'S", "'RE", "AM");

    /** The codes of the "by" phrase of a passive verb (a past participle below a form of "be"), else empty. */
    private static Node passiveAgent(Node vp, Node verb, ActorFinder actors) {
        if (!verb.label().equals("VBN")) {
            return null;
        }
        boolean be = false;
        for (Node p = vp.parent(); p != null && p.type().equals("VP"); p = p.parent()) {
            for (Node c : p.children()) {
                if (c.isLeaf() && BE.contains(c.upper())) {
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

    private static void emit(Set<Coded> out, String s, String t, String code, boolean requireDyad, Origin o) {
        if (code.isEmpty()) {
            return; // the empty half of [:b]: only the target acts on the source
        }
        if (requireDyad && (s.equals(NULL) || t.equals(NULL))) {
            return;
        }
        if (s.equals(NULL) && t.equals(NULL)) {
            return;
        }
        out.add(new Coded(s, t, code, o.verb(), s.equals(NULL) ? null : o.source(), t.equals(NULL) ? null : o.target(),
                o.rule()));
    }

    private static boolean adjacent(List<Node> leaves, int v, VerbForm f) {
        for (int i = 0; i < f.before().size(); i++) {
            int p = v - f.before().size() + i;
            if (p < 0 || !leaves.get(p).upper().equals(f.before().get(i))) {
                return false;
            }
        }
        for (int i = 0; i < f.after().size(); i++) {
            int p = v + 1 + i;
            if (p >= leaves.size() || !leaves.get(p).upper().equals(f.after().get(i))) {
                return false;
            }
        }
        return true;
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

    private static Node enclosingVerbPhrase(Node n) {
        Node p = n.parent();
        while (p != null && !p.type().equals("VP")) {
            p = p.parent();
        }
        return p == null ? n : p;
    }

    // ---------------------------------------------------------------- patterns

    /** The first pattern that matches; one with {@code %} before the verb only for a compound subject. */
    private Match matchPatterns(Family family, Node vp, int first, int last, PtbTree tree, ActorFinder actors,
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

    static int lastLeaf(Node n) {
        List<Node> l = n.leaves();
        return l.get(l.size() - 1).index();
    }
}
