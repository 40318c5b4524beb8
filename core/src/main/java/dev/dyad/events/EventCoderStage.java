package dev.dyad.events;

import dev.dyad.model.ActorMention;
import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.CodedEvent;
import dev.dyad.model.EventCoding;
import dev.dyad.model.Layer;
import dev.dyad.model.Sentence;
import dev.dyad.ontology.CameoOntology;
import dev.dyad.stage.Stage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Codes events over the dependency parse, sentence by sentence: triggers and control verbs ({@link CandidateFinder}),
 * their actors, attribution, re-coding and confidence ({@link EventAssembler}), and demands made through a deontic
 * modal ({@link DeonticDemands}); one event per source, target, code and modality. Thread-safe.
 */
public final class EventCoderStage implements Stage {
    private final CandidateFinder candidates;
    private final EventAssembler assembler;
    private final DeonticDemands demands;
    private final MainPredicateCoder mainPredicate;

    public EventCoderStage(CameoOntology ontology, PatternDictionary patterns, RuleBook rules, String pipelineVersion) {
        SpeechVerbs speech = new SpeechVerbs(rules);
        this.candidates = new CandidateFinder(rules, new TriggerMatcher(patterns, rules), new ModalityAnalyzer(rules));
        this.assembler = new EventAssembler(ontology, rules, speech, new EventFactory(pipelineVersion));
        this.demands = new DeonticDemands(rules, speech, candidates, assembler);
        this.mainPredicate = new MainPredicateCoder(ontology, rules, candidates, assembler);
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.ACTORS, Layer.QUOTES);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.EVENTS);
    }

    @Override
    public AnnotatedDocument process(AnnotatedDocument doc) {
        List<CodedEvent> events = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<ActorMention> mentions = doc.actorsIn(s.index());
            if (mentions.isEmpty()) {
                continue; // no actor, no event: the cheapest and most common exit
            }
            List<EventCoding> coded = new ArrayList<>();
            for (Candidate c : candidates.find(s)) {
                coded.addAll(assembler.build(doc, s, c, mentions, true));
            }
            coded.addAll(demands.of(doc, s, mentions));
            Set<String> seen = new HashSet<>();
            for (EventCoding e : coded) {
                String key = e.source().code() + ">" + (e.target() == null ? "" : e.target().code()) + ":"
                        + e.code().code() + ":" + e.modality();
                if (seen.add(key)) {
                    events.add(CodedEvent.of(e));
                }
            }
        }
        return doc.withEvents(events);
    }

    /**
     * Codes a sentence's main predicate with a code the rules did not find ({@link MainPredicateCoder}); the events
     * carry {@code confidence} and say {@code why} in their provenance.
     */
    /** Whether {@link #codeMainPredicate} could code anything in {@code s}, whatever root it is given. */
    public boolean mainPredicateHasSource(AnnotatedDocument doc, Sentence s) {
        return mainPredicate.hasSource(doc, s);
    }

    public List<EventCoding> codeMainPredicate(AnnotatedDocument doc, Sentence s, String code, String why,
                                               double confidence) {
        return mainPredicate.code(doc, s, code, why, confidence);
    }
}
