package dev.dyad.events;

import dev.dyad.model.Sentence;
import dev.dyad.model.Token;
import java.util.List;
import java.util.Set;

/** Finds the most specific pattern whose trigger and constraints match a token of a parsed sentence. */
final class TriggerMatcher {
    private final PatternDictionary patterns;
    private final RuleBook rules;

    TriggerMatcher(PatternDictionary patterns, RuleBook rules) {
        this.patterns = patterns;
        this.rules = rules;
    }

    EventPattern match(Sentence s, int t) {
        Token tok = s.token(t);
        List<EventPattern> options;
        if (tok.isVerb() && (s.relation(t).equals("amod")
                || s.relation(t).startsWith("conj") && s.relation(s.governor(t)).equals("amod"))) {
            return null; // a participle used as an adjective describes, it reports nothing: "the ailing and resigned Casey"
        } else if (tok.isVerb()) {
            options = patterns.verbPatterns(tok.lowerLemma());
        } else if (tok.isNoun() && !tok.pos().startsWith("NNP")) { // "the Social Democratic Alliance" names a party
            options = patterns.nounPatterns(tok.lowerLemma());
        } else {
            return null;
        }
        for (EventPattern p : options) {
            if (holds(s, t, p)) {
                return p;
            }
        }
        return null;
    }

    private boolean holds(Sentence s, int t, EventPattern p) {
        if (p.particle() != null && !hasParticle(s, t, p.particle())) {
            return false;
        }
        if (p.objects().contains(EventPattern.ANY) ? patternObjects(s, t, p).isEmpty()
                : !p.objects().isEmpty() && !anyLemma(s, patternObjects(s, t, p), p.objects())) {
            return false;
        }
        List<Integer> phraseNouns = new java.util.ArrayList<>();
        for (var e : p.phrases().entrySet()) {
            List<Integer> nouns = phraseNouns(s, t, e.getKey());
            if (nouns.isEmpty() || !e.getValue().contains(EventPattern.ANY) && !anyLemma(s, nouns, e.getValue())) {
                return false;
            }
            phraseNouns.addAll(nouns);
        }
        if (!p.modifiers().isEmpty()) {
            List<Integer> mods = new java.util.ArrayList<>(s.children(t, "amod", "compound", "nmod:poss"));
            for (int o : concat(objects(s, t, p.verb()), phraseNouns)) { // "(FOR {FINANCIAL AID})": the phrase's noun too
                for (int m : s.children(o, "amod", "compound")) {
                    mods.add(m);
                    mods.addAll(s.children(m, "amod", "compound", "obl:npmod", "advmod")); // "military-technical measures"
                }
            }
            if (!anyLemma(s, mods, p.modifiers())) {
                return false;
            }
        }
        if (!p.preps().isEmpty() && prepArgument(s, t, p.preps()) < 0) {
            return false;
        }
        return p.xcomps().isEmpty() || (p.xcomps().contains(EventPattern.ANY) ? !s.children(t, "xcomp").isEmpty()
                : anyLemma(s, s.children(t, "xcomp"), p.xcomps()));
    }

    private static List<Integer> concat(List<Integer> a, List<Integer> b) {
        List<Integer> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Nouns (with their conjuncts) of every prepositional dependent of the trigger introduced by this preposition. */
    static List<Integer> phraseNouns(Sentence s, int t, String prep) {
        List<Integer> out = new java.util.ArrayList<>();
        for (int c : s.children(t, "obl", "nmod")) {
            if (hasCase(s, c, Set.of(prep))) {
                out.add(c);
                out.addAll(s.children(c, "conj"));
            }
        }
        return out;
    }

    /** Objects as a pattern means them: for "call for"-style phrasal verbs also the noun after the preposition. */
    private List<Integer> patternObjects(Sentence s, int t, EventPattern p) {
        List<Integer> objects = new java.util.ArrayList<>(objects(s, t, p.verb()));
        if (p.particle() != null) {
            int arg = prepArgument(s, t, Set.of(p.particle()));
            if (arg >= 0) {
                objects.add(arg);
            }
        }
        return objects;
    }

    /** Direct objects of a verb (or the passive subject); "of" complements of a noun ("release of prisoners"). */
    List<Integer> objects(Sentence s, int t, boolean verb) {
        if (verb) {
            List<Integer> o = s.children(t, "obj");
            if (o.isEmpty()) {
                o = s.children(t, "nsubj:pass");
            }
            if (o.isEmpty() && s.relation(t).equals("acl:relcl")) {
                o = List.of(s.governor(t)); // "an accusation Russia has denied": the relativised noun is the object
            }
            return withContents(s, o);
        }
        return s.children(t, "nmod").stream().filter(c -> hasCase(s, c, "of")).toList();
    }

    /**
     * Objects plus what they measure or list: "25,000 tons of food aid" is food aid, "photographs and other
     * intelligence" is also intelligence.
     */
    private List<Integer> withContents(Sentence s, List<Integer> objects) {
        List<Integer> out = new java.util.ArrayList<>(objects);
        for (int o : objects) {
            out.addAll(s.children(o, "conj"));
            out.addAll(measured(rules, s, o));
        }
        return out;
    }

    /** "tons of aid", "thousands of Kurds": what a measure or number counts; empty for other nouns. */
    static List<Integer> measured(RuleBook rules, Sentence s, int noun) {
        if (!rules.in(RuleBook.WordList.MEASURE, s.token(noun).lowerLemma()) && !s.token(noun).pos().equals("CD")) {
            return List.of();
        }
        return s.children(noun, "nmod").stream().filter(c -> hasCase(s, c, "of")).toList();
    }

    static boolean hasParticle(Sentence s, int t, String particle) {
        for (int c : s.children(t, "compound:prt")) {
            if (s.token(c).lowerLemma().equals(particle)) {
                return true;
            }
        }
        return prepArgument(s, t, Set.of(particle)) >= 0;
    }

    /** The first oblique/nominal dependent (or clause) introduced by one of these prepositions, else -1. */
    static int prepArgument(Sentence s, int t, Set<String> preps) {
        for (int c : s.children(t, "obl", "nmod", "advcl")) {
            if (hasCase(s, c, preps)) {
                return c;
            }
        }
        return -1;
    }

    /** The dependent has one of these prepositions (or marks) as its case marker. */
    static boolean hasCase(Sentence s, int c, String... preps) {
        return hasCase(s, c, Set.of(preps));
    }

    static boolean hasCase(Sentence s, int c, Set<String> preps) {
        for (int k : s.children(c, "case", "mark")) {
            if (preps.contains(s.token(k).lowerLemma())) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyLemma(Sentence s, List<Integer> tokens, Set<String> lemmas) {
        for (int i : tokens) {
            for (String form : EventPattern.forms(s.token(i))) {
                if (lemmas.contains(form)) {
                    return true;
                }
            }
        }
        return false;
    }
}
