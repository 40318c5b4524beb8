package dev.dyad.events;

import dev.dyad.model.Modality;
import dev.dyad.model.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The triggers of one sentence, before arguments: pattern matches with their modality, light verbs ("held talks") and
 * control verbs ("refused to talk": the control word re-codes the event it governs and loses its own), less the events
 * that are only the content of another ("demanding that NATO deny ..."). Thread-safe.
 */
final class CandidateFinder {
    private final RuleBook rules;
    private final TriggerMatcher matcher;
    private final ModalityAnalyzer modality;

    CandidateFinder(RuleBook rules, TriggerMatcher matcher, ModalityAnalyzer modality) {
        this.rules = rules;
        this.matcher = matcher;
        this.modality = modality;
    }

    /** The sentence's candidates, control verbs re-coded and contents absorbed. */
    List<Candidate> find(Sentence s) {
        Set<Integer> superseded = new HashSet<>();
        List<Candidate> found = candidates(s, superseded);
        return absorb(s, controlled(found, superseded));
    }

    private List<Candidate> candidates(Sentence s, Set<Integer> superseded) {
        List<Candidate> out = new ArrayList<>();
        for (int t = 0; t < s.size(); t++) {
            EventPattern p = matcher.match(s, t);
            if (p == null || p.codesNothing()) {
                continue;
            }
            boolean nominal = !p.verb();
            int head = t;
            Modality lightModality = null;
            if (nominal) {
                int gov = s.governor(t);
                String rel = s.relation(t);
                // "held talks", "talks were held", "engaged in ethnic cleansing";
                // not "imposed a blackout on the withdrawal" (the light verb has an object of its own)
                boolean oblique = rel.startsWith("obl") && s.children(gov, "obj").isEmpty();
                if (gov >= 0 && rules.light(s.token(gov)) != null
                        && (rel.equals("obj") || oblique || rel.equals("nsubj:pass"))) {
                    head = gov;
                    lightModality = rules.light(s.token(gov));
                }
            }
            ModalityAnalyzer.Reading r = modality.read(s, t);
            Modality m = r.modality();
            String why = r.why();
            if (m == Modality.ASSERTED && lightModality != null && lightModality != Modality.ASSERTED) {
                m = lightModality;
                why = "light predicate '" + s.token(head).text() + "'";
            }
            Candidate c = new Candidate(t, p, p.code(), null, m, why, head, nominal, -1);
            if (r.mapping() != null && controllerCodesItself(s, r.controller())) {
                continue; // "refused to comment" is 011 by the pattern of "refuse", not a rejected 010
            }
            if (r.mapping() != null && p.underlay() && ownPattern(s, r.controller())) {
                continue; // "refused to take part": dyad's own 'refuse' (120) wins over the layer's complement
            }
            if (r.mapping() != null) {
                c = controlled(s, c, r, m, why, superseded);
            } else if (r.refusal() && CameoRoots.between(p.code(), 3, 8)) {
                // "the U.S. said it would not meet the demands": announcing that one will not cooperate is refusing
                String mapped = rules.map("reject", p.code());
                if (mapped != null) {
                    c = c.recoded(mapped, "reject: cooperation announced as not going to happen (" + why + ")",
                            Modality.ASSERTED, "announced refusal (" + why + ")");
                }
            }
            out.add(c);
        }
        return out;
    }

    /** Re-codes a candidate under a control verb by the verb's map ({@code intent}, {@code threat}, {@code reject}). */
    private Candidate controlled(Sentence s, Candidate c, ModalityAnalyzer.Reading r, Modality m, String why,
                                 Set<Integer> superseded) {
        String code = c.pattern().code();
        // "vowed to fight": a promise of conflict is a threat, not an intent to cooperate; a promise of troops
        // (15: "offered to send troops") is military cooperation (the intent map)
        boolean conflict = CameoRoots.between(code, 13, 14) || CameoRoots.between(code, 16, 20);
        String mapping = r.mapping().equals("intent") && conflict ? "threat" : r.mapping();
        String mapped = rules.map(mapping, code);
        if (mapped != null) {
            c = c.recoded(mapped, mapping + " via '" + s.token(r.controller()).text() + "' from " + code,
                    m == Modality.FUTURE ? Modality.ASSERTED : m, why);
        } else if (m == Modality.ASSERTED && mapping.equals("intent")) {
            // "pledged to investigate": promised, not done
            String promised = "control word '" + s.token(r.controller()).text() + "'";
            c = c.recoded(code, null, Modality.FUTURE, promised);
        }
        superseded.add(r.controller());
        return c.controlledBy(r.controller());
    }

    /** A verb coded by something other than a verb pattern ({@code where} says what), with its own modality. */
    Candidate ruleless(Sentence s, int verb, String code, String where) {
        EventPattern p = new EventPattern(code, true, s.token(verb).lowerLemma(), null, Set.of(), Set.of(), Set.of(),
                Set.of(), null, where);
        ModalityAnalyzer.Reading r = modality.read(s, verb);
        return new Candidate(verb, p, code, null, r.modality(), r.why(), verb, false, -1);
    }

    /** The word has a pattern of dyad's own (not of the imported layer) that matches here. */
    private boolean ownPattern(Sentence s, int t) {
        EventPattern p = t < 0 ? null : matcher.match(s, t);
        return p != null && !p.underlay();
    }

    /**
     * A control verb with a pattern for this very complement ({@code xcomp=}) is coded by that pattern; so is one
     * with an object pattern whose object does the complement ("Spain wants Morocco to accept the migrants" is
     * Spain's request to Morocco, not a future acceptance).
     */
    private boolean controllerCodesItself(Sentence s, int controller) {
        EventPattern own = controller < 0 ? null : matcher.match(s, controller);
        return own != null && !own.codesNothing() && (!own.xcomps().isEmpty()
                || !own.objects().isEmpty() && SubjectFinder.objectControlled(rules, s, controller));
    }

    /** Removes a control verb's own event when the event it governs was coded ("refused to talk" → 125, not 120 + 046). */
    private static List<Candidate> controlled(List<Candidate> candidates, Set<Integer> superseded) {
        return candidates.stream().filter(c -> !superseded.contains(c.trigger())).toList();
    }

    /**
     * Drops events that are the content of another coded event (its complement, condition or object clause). An event
     * of the imported layer never absorbs one of dyad's own patterns: it is dropped instead ("reiterated its commitment
     * to the accord" stays dyad's 057, not the layer's 030), so that dyad's patterns win wherever they fire.
     */
    private List<Candidate> absorb(Sentence s, List<Candidate> all) {
        List<Candidate> candidates = all.stream().filter(o -> !o.pattern().underlay() || all.stream()
                .noneMatch(c -> c != o && !c.pattern().underlay() && absorbs(s, o, c))).toList();
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : candidates) {
            boolean absorbed = false;
            for (Candidate o : candidates) {
                if (o != c && absorbs(s, o, c)) {
                    absorbed = true;
                    break;
                }
            }
            if (!absorbed) {
                out.add(c);
            }
        }
        return out;
    }

    private boolean absorbs(Sentence s, Candidate o, Candidate c) {
        // only verbs take clausal content; "a buildup that has stoked concern" does not absorb what follows
        return !o.nominal() && o.trigger() != c.trigger() && isContentOf(s, o.trigger(), c.trigger())
                // "the demand that Israel ease restrictions", "a plan to attack": what a noun event is about
                || o.nominal() && contentOfNoun(s, o.trigger(), c.trigger())
                // "rejected a US offer to host a summit": the offer is what was rejected, not an event of its own
                || c.nominal() && o.controller() >= 0 && s.governor(c.trigger()) == o.controller()
                && s.relation(c.trigger()).equals("obj");
    }

    /** The inner trigger heads a "that"/"to" clause attached to the noun (not a relative clause). */
    private static boolean contentOfNoun(Sentence s, int noun, int inner) {
        String rel = s.relation(inner);
        if (s.governor(inner) != noun || !(rel.equals("acl") || rel.equals("ccomp"))) {
            return false;
        }
        return ModalityAnalyzer.hasMark(s, inner, "that") || ModalityAnalyzer.hasMark(s, inner, "to");
    }

    /**
     * The inner trigger is in a clause the outer verb takes as its content (complement, object clause, condition),
     * with no speech verb or parataxis between them.
     */
    private boolean isContentOf(Sentence s, int outer, int inner) {
        int prev = inner;
        int node = s.governor(inner);
        for (int guard = 0; node >= 0 && guard < 12; guard++) {
            String rel = s.relation(prev);
            if (rel.equals("parataxis") || node != outer && rules.isSpeechVerb(s.token(node).lowerLemma())) {
                return false;
            }
            if (node == outer) {
                String base = rel.contains(":") ? rel.substring(0, rel.indexOf(':')) : rel;
                return rules.in(RuleBook.WordList.CONTENT_RELATION, base) && (s.token(prev).isVerb() || base.equals("xcomp")
                        || base.equals("advcl") || base.equals("ccomp") || base.equals("obj"));
            }
            prev = node;
            node = s.governor(node);
        }
        return false;
    }
}
