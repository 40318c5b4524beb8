package dev.dyad.events;

import dev.dyad.model.Modality;
import dev.dyad.model.Sentence;

/**
 * Reads the modality of a trigger from the words attached to it and to the control verbs above it
 * ("did not attack", "a possible invasion", "will begin", "is expected to begin", "if they attack").
 */
final class ModalityAnalyzer {
    private final RuleBook rules;

    ModalityAnalyzer(RuleBook rules) {
        this.rules = rules;
    }

    /**
     * Result of the analysis: the modality, why, and a control mapping to apply (intent/threat/reject) if any.
     *
     * @param refusal the negation sits on a future ("will not accept", "said it would not meet"): an announced
     *                refusal, which the coder reads as a rejection when the event is cooperation
     */
    record Reading(Modality modality, String why, String mapping, int controller, boolean refusal) {
        Reading(Modality modality, String why, String mapping, int controller) {
            this(modality, why, mapping, controller, false);
        }
    }

    /** The strongest marker on one node, and whether a future marker stands beside it. */
    private record Markers(Modality best, boolean future) {
    }

    Reading read(Sentence s, int trigger) {
        Modality found = null;
        String why = null;
        String mapping = null;
        int controller = -1;
        int node = trigger;
        int guard = 0;
        boolean refusal = false;
        boolean viaParticiple = false;
        while (node >= 0 && guard++ < 12) {
            Markers markers = ownMarkers(s, node);
            Modality own = markers.best();
            if (own != null && (found == null || rank(own) > rank(found))) {
                found = own;
                why = "marker on '" + s.token(node).text() + "'";
                refusal = own == Modality.NEGATED && markers.future();
            }
            if (insideCondition(s, node)) {
                return new Reading(Modality.HYPOTHETICAL, "inside if/unless clause", mapping, controller);
            }
            String rel = s.relation(node);
            int gov = s.governor(node);
            // "a plan to attack", "his failed bid to trade arms": a noun's "to" clause is what the noun is about
            boolean nounContent = gov >= 0 && rel.equals("acl") && s.token(gov).isNoun() && hasMark(s, node, "to");
            // "is expected to vote on a resolution condemning the coup": the participle shares its noun's fate
            boolean participle = gov >= 0 && rel.equals("acl") && s.token(gov).isNoun() && !nounContent
                    && s.token(node).pos().equals("VBG");
            boolean nounsVerb = viaParticiple && (rel.equals("obj") || rel.startsWith("obl"));
            if (gov < 0 || !(rel.equals("xcomp") || nounContent || participle || nounsVerb
                    || rel.startsWith("conj") && node != trigger
                    || rel.equals("obj") && isLight(s, gov) || rel.equals("obl") && isLight(s, gov))) {
                break;
            }
            viaParticiple = participle;
            String control = rules.control(s.token(gov).lowerLemma());
            int controlWord = gov;
            if (control == null && rel.equals("xcomp")) {
                // "announced a plan to attack": the parser hangs the noun's clause on the verb; the noun still rules it
                for (int o : s.children(gov, "obj")) {
                    if (o < node && s.token(o).isNoun() && rules.control(s.token(o).lowerLemma()) != null) {
                        control = rules.control(s.token(o).lowerLemma());
                        controlWord = o;
                    }
                }
            }
            if (control != null && rel.equals("xcomp") && controlWord == gov && control.equals("future")
                    && SubjectFinder.objectControlled(rules, s, gov)) {
                // "wants Brazil to work with the IMF": a wish about someone else, not that one's plan
                control = "hypothetical";
            }
            if (control != null && (rel.equals("xcomp") || nounContent)) {
                controller = controlWord;
                if (control.equals("intent") || control.equals("threat") || control.equals("reject")) {
                    mapping = mapping == null ? control : mapping;
                } else {
                    Modality m = Modality.valueOf(control.toUpperCase(java.util.Locale.ROOT));
                    if (found == null || rank(m) > rank(found)) {
                        found = m;
                        why = "control word '" + s.token(controlWord).text() + "'";
                    }
                }
            }
            node = gov;
        }
        // "Will Iran attack?" asks; it announces nothing (and must not become an announced threat)
        if ((found == null || found == Modality.FUTURE) && s.text().strip().endsWith("?")) {
            return new Reading(Modality.QUESTION, "question", mapping, controller);
        }
        return new Reading(found == null ? Modality.ASSERTED : found, why, mapping, controller, refusal);
    }

    /** The clause headed by {@code node} is introduced by {@code word} ("to", "that"). */
    static boolean hasMark(Sentence s, int node, String word) {
        return s.children(node, "mark").stream().anyMatch(m -> s.token(m).lowerLemma().equals(word));
    }

    private boolean isLight(Sentence s, int gov) {
        return rules.light(s.token(gov)) != null;
    }

    private Markers ownMarkers(Sentence s, int node) {
        Modality best = null;
        boolean future = false;
        boolean reported = reportedSpeech(s, node);
        for (int c : s.children(node)) {
            String rel = s.relation(c);
            if (!rules.in(RuleBook.WordList.MARKER_RELATION, rel.contains(":") ? rel.substring(0, rel.indexOf(':')) : rel)) {
                continue;
            }
            String word = s.token(c).text().toLowerCase(java.util.Locale.ROOT);
            // "Iraq said it would allow ...": in reported speech "would" is the future seen from the past
            Modality m = reported ? rules.reportedMarker(word) : null;
            if (m == null) {
                m = rules.marker(word);
            }
            if (m == null) {
                m = rules.marker(s.token(c).lowerLemma());
            }
            future |= m == Modality.FUTURE;
            // "if" on the trigger's own clause is handled by insideCondition; here only words, not clause marks
            if (m != null && !rel.equals("mark") && (best == null || rank(m) > rank(best))) {
                best = m;
            }
        }
        return new Markers(best, future);
    }

    /**
     * The node heads what a verb of saying states ("said they would boycott", "quoted as saying he would"); not an
     * embedded question ("it was not stated how the union would seize control") nor what someone did not say.
     */
    private boolean reportedSpeech(Sentence s, int node) {
        int gov = s.governor(node);
        String rel = s.relation(node);
        if (gov < 0 || !(rel.equals("ccomp") || rel.equals("parataxis")) || !rules.isSpeechVerb(s.token(gov).lowerLemma())) {
            return false;
        }
        for (int c : s.children(node, "mark", "advmod")) {
            if (rules.in(RuleBook.WordList.QUESTION_WORD, s.token(c).lowerLemma()) && c < node) {
                return false;
            }
        }
        for (int c : s.children(gov, "advmod", "aux")) {
            if (rules.marker(s.token(c).lowerLemma()) == Modality.NEGATED) {
                return false;
            }
        }
        return true;
    }

    /** The node heads a clause introduced by "if", "unless" or "in case". */
    static boolean insideCondition(Sentence s, int node) {
        if (!s.relation(node).startsWith("advcl")) {
            return false;
        }
        for (int m : s.children(node, "mark")) {
            String w = s.token(m).lowerLemma();
            if (w.equals("if") || w.equals("unless")) {
                return true;
            }
        }
        for (int c : s.children(node, "obl", "advmod", "mark")) {
            if (s.token(c).lowerLemma().equals("case") || s.token(c).lowerLemma().equals("in")
                    && c + 1 < s.size() && s.token(c + 1).lowerLemma().equals("case")) {
                return true;
            }
        }
        return false;
    }

    private static int rank(Modality m) {
        return switch (m) {
            case NEGATED -> 4;
            case HYPOTHETICAL -> 3;
            case FUTURE -> 2;
            case QUESTION -> 1;
            case ASSERTED -> 0;
        };
    }
}
