package dev.dyad.events;

import dev.dyad.model.ActorRef;
import dev.dyad.model.Attribution;
import dev.dyad.model.EventCoding;
import dev.dyad.model.Event;
import dev.dyad.model.Modality;
import dev.dyad.model.Sentence;
import dev.dyad.model.Span;
import dev.dyad.model.Token;
import dev.dyad.ontology.CameoCode;

/**
 * Builds the events layer's record ({@link EventCoding}) for every event coder: dyad's rules, its learned fallback and
 * the PETRARCH coder. The one place that fills in the trigger's text and span, the sentence and the pipeline
 * fingerprint; the output record is assembled later from this and the other stages' records
 * ({@link Event#of(dev.dyad.model.CodedEvent)}). Immutable and thread-safe.
 */
public final class EventFactory {
    private final String pipelineVersion;

    public EventFactory(String pipelineVersion) {
        this.pipelineVersion = pipelineVersion;
    }

    /** What a coder found, and why: the code and its rule, the modality and its rule, the rule id of the event. */
    public record Coded(CameoCode code, String codeRule, Modality modality, String modalityRule, String rule,
                        double confidence) {
    }

    /**
     * @param trigger     sentence-relative index of the trigger token
     * @param target      null when the event has none
     * @param attribution null when no one is reported as the source of the claim
     */
    public EventCoding event(String articleId, Sentence s, int trigger, ActorRef source, ActorRef target, Coded what,
                             Attribution attribution) {
        Token t = s.token(trigger);
        return new EventCoding(articleId, s.index(), s.text(), trigger, Event.TextSpan.of(t.text(), new Span(t.start(), t.end())),
                source, target, what.code(), what.modality(), attribution, what.confidence(), what.rule(), what.codeRule(),
                what.modalityRule(), pipelineVersion);
    }
}
