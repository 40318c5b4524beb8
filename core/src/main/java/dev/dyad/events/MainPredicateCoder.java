package dev.dyad.events;

import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.EventCoding;
import dev.dyad.model.Sentence;
import dev.dyad.ontology.CameoOntology;
import java.util.List;

/**
 * The hook for a code the rules did not find (a model's, see {@link ModelFallbackStage}): codes a sentence's main
 * predicate, the root verb or the complement of a root speech verb ("Japan said it had halted ..."), with source,
 * target, modality and attribution found as for pattern events. Thread-safe.
 */
final class MainPredicateCoder {
    private final CameoOntology ontology;
    private final RuleBook rules;
    private final CandidateFinder candidates;
    private final EventAssembler assembler;

    MainPredicateCoder(CameoOntology ontology, RuleBook rules, CandidateFinder candidates, EventAssembler assembler) {
        this.ontology = ontology;
        this.rules = rules;
        this.candidates = candidates;
        this.assembler = assembler;
    }

    /**
     * Empty when the predicate has no actor as subject, or the code is not CAMEO.
     *
     * @param why what proposed the code (recorded in the provenance's code field)
     */
    List<EventCoding> code(AnnotatedDocument doc, Sentence s, String code, String why, double confidence) {
        int t = mainPredicate(s);
        if (t < 0 || ontology.get(code) == null) {
            return List.of();
        }
        Candidate c = candidates.ruleless(s, t, code, "model:cameo-root");
        // a model's guess needs a stated source: with neither a pattern nor an actor, too little is known
        return assembler.build(doc, s, c, doc.actorsIn(s.index()), false).stream()
                .map(e -> e.withConfidence(confidence, why)).toList();
    }

    /**
     * Whether {@link #code} could code anything in {@code s}, whatever code it is given: the main predicate needs a
     * stated source. A superset test costing a few dependency lookups, so the learned fallback embeds only sentences
     * it could code (an embedding costs more than a parse).
     */
    boolean hasSource(AnnotatedDocument doc, Sentence s) {
        int t = mainPredicate(s);
        return t >= 0 && assembler.hasStatedSource(s, t, doc.actorsIn(s.index()));
    }

    private int mainPredicate(Sentence s) {
        int root = -1;
        for (int i = 0; i < s.size() && root < 0; i++) {
            if (s.governor(i) < 0 && !s.relation(i).isEmpty()) {
                root = i;
            }
        }
        if (root >= 0 && rules.isSpeechVerb(s.token(root).lowerLemma())) {
            for (int c : s.children(root, "ccomp", "parataxis")) {
                if (s.token(c).isVerb() || !s.children(c, "cop").isEmpty()) {
                    return c;
                }
            }
        }
        return root;
    }
}
