package dev.dyad.petrarch.coder;

import dev.dyad.petrarch.coder.PetrarchLexicon.VerbForm;
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

    private final PatternMatcher patterns;

    public PetrarchCoder(PetrarchLexicon lexicon) {
        this.lexicon = lexicon;
        this.patterns = new PatternMatcher(lexicon);
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

    /** The subject noun phrase as written, the phrase its codes come from (it or a clause's above) and the codes. */
    private record Subject(Node phrase, Node source, List<String> codes) {
    }

    /** A verb's code {@code a} (source on target; blank in {@code [:b]}), its mirror {@code b} or null, the pattern matched. */
    private record Coding(String a, String b, PatternMatcher.Match match) {
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
        if (r.target().isEmpty() && !Clauses.hasObject(vp, verb.index())) {
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
        Node phrase = Clauses.subject(vp);
        List<String> codes = phrase == null ? List.of() : actors.codes(phrase);
        if (codes.isEmpty() && phrase != null) {
            codes = actors.newActor(phrase);
        }
        Node source = phrase;
        while (codes.isEmpty() && source != null) {
            source = Clauses.subject(Clauses.enclosingVerbPhrase(source));
            codes = source == null ? List.of() : actors.codes(source);
        }
        return new Subject(phrase, source, codes);
    }

    /** The first form whose family has a matching pattern gives the code, else the first form's own or family's; null: no code. */
    private Coding coding(List<VerbForm> forms, Node verb, Node vp, PtbTree tree, ActorFinder actors, boolean compoundSubject) {
        String code = null;
        PatternMatcher.Match match = null;
        for (VerbForm f : forms) {
            int first = verb.index() - f.before().size();
            int last = verb.index() + f.after().size();
            PatternMatcher.Match m = patterns.matchPatterns(f.family(), vp, first, last, tree, actors, compoundSubject);
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
    private Roles roles(Node vp, Node verb, List<VerbForm> forms, Subject subject, PatternMatcher.Match match, ActorFinder actors) {
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
                Node outer = subject.phrase() == null ? null : Clauses.subject(Clauses.enclosingVerbPhrase(subject.phrase()));
                source = outer == null ? List.of() : actors.codes(outer);
                sourceNode = outer;
            }
        }
        if (target == null && (match == null || match.source == null)) {
            // passive voice: "Eriador was opposed by Osgiliath" codes Osgiliath → Eriador
            Node agent = Clauses.passiveAgent(vp, verb, actors);
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

    private String rule(PatternMatcher.Match m, VerbForm form) {
        if (m != null) {
            return lexicon.verbFile() + ":" + m.pattern.line();
        }
        return lexicon.verbFile() + ": --- " + form.family().name() + " --- (" + form.verb() + ")";
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
}
