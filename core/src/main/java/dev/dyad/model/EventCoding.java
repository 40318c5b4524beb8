package dev.dyad.model;

import dev.dyad.ontology.CameoCode;

/**
 * The events layer: what an event coder found in one sentence (who did what to whom, the trigger, the modality and
 * who reported it), with the rule behind each value. Built by {@code dev.dyad.events.EventFactory} for both dyad's
 * coder and the PETRARCH coder; later stages add their own records beside it in a {@link CodedEvent}.
 *
 * @param trigger       sentence-relative index of the trigger token (the anchor for dating and placement)
 * @param triggerText   the trigger's text and character span
 * @param target        null when the event has none
 * @param attribution   null when no one is reported as the source of the claim
 * @param codeRule      the provenance of the code (pattern, dictionary line, re-coding rules)
 * @param modalityRule  the provenance of the modality
 * @param pipeline      the pipeline fingerprint
 */
public record EventCoding(String articleId, int sentence, String sentenceText, int trigger, Event.TextSpan triggerText,
                          ActorRef source, ActorRef target, CameoCode code, Modality modality, Attribution attribution,
                          double confidence, String rule, String codeRule, String modalityRule, String pipeline) {
    /** The same event with a confidence that something other than the rules gave, and why (a learned model's). */
    public EventCoding withConfidence(double newConfidence, String why) {
        return new EventCoding(articleId, sentence, sentenceText, trigger, triggerText, source, target, code, modality,
                attribution, newConfidence, rule, codeRule + "; confidence: " + why, modalityRule, pipeline);
    }

    /** The same event with the actors swapped and another code (PETRARCH's mirrored patterns). */
    public EventCoding mirrored(CameoCode mirroredCode, String why) {
        return new EventCoding(articleId, sentence, sentenceText, trigger, triggerText, target, source, mirroredCode,
                modality, attribution, confidence, rule, codeRule + why, modalityRule, pipeline);
    }
}
