package dev.dyad.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One coded event as written: the output contract ({@code dyad/contract/output.tsv}, which
 * {@code OutputContractTest} checks the written events against). Field names are snake_case in JSON; absent values are
 * null, never missing.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"article_id", "sentence", "sentence_text", "source", "target", "cameo", "cameo_name",
        "quad_class", "goldstein", "plover", "modality", "event_date", "date_text", "date_basis", "planned_date",
        "location", "location_basis", "trigger", "attributed_to", "confidence", "rule", "provenance"})
public record Event(
        @JsonProperty("article_id") String articleId,
        int sentence,
        @JsonProperty("sentence_text") String sentenceText,
        ActorRef source,
        ActorRef target,
        String cameo,
        @JsonProperty("cameo_name") String cameoName,
        @JsonProperty("quad_class") int quadClass,
        double goldstein,
        Plover plover,
        Modality modality,
        @JsonProperty("event_date") String eventDate,
        @JsonProperty("date_text") String dateText,
        @JsonProperty("date_basis") String dateBasis,
        @JsonProperty("planned_date") String plannedDate,
        Location location,
        @JsonProperty("location_basis") String locationBasis,
        TextSpan trigger,
        @JsonProperty("attributed_to") ActorRef attributedTo,
        double confidence,
        String rule,
        Provenance provenance,
        @JsonIgnore int triggerToken,
        @JsonIgnore String attributionEntity) {

    /** PLOVER event type and mode (mode may be null). */
    public record Plover(String event, String mode) {
    }

    /** A piece of article text with its character span. */
    @JsonPropertyOrder({"text", "span"})
    public record TextSpan(String text, int[] span) {
        public static TextSpan of(String text, Span s) {
            return new TextSpan(text, new int[] {s.start(), s.end()});
        }
    }

    /** Which rule produced each field, so every value can be traced back to a dictionary line or code path. */
    @JsonPropertyOrder({"code", "source", "target", "modality", "date", "location", "attribution", "pipeline"})
    public record Provenance(String code, String source, String target, String modality, String date,
                             String location, String attribution, String pipeline) {
    }

    public Event withDate(String eventDate, String dateText, String dateBasis, String plannedDate, String dateRule) {
        Provenance p = new Provenance(provenance.code(), provenance.source(), provenance.target(),
                provenance.modality(), dateRule, provenance.location(), provenance.attribution(), provenance.pipeline());
        return new Event(articleId, sentence, sentenceText, source, target, cameo, cameoName, quadClass, goldstein,
                plover, modality, eventDate, dateText, dateBasis, plannedDate, location, locationBasis, trigger,
                attributedTo, confidence, rule, p, triggerToken, attributionEntity);
    }

    /** @param basis how the place was found, e.g. "locative phrase", "target country (stated)" */
    public Event withLocation(Location where, String basis, String locationRule) {
        Provenance p = new Provenance(provenance.code(), provenance.source(), provenance.target(),
                provenance.modality(), provenance.date(), locationRule, provenance.attribution(), provenance.pipeline());
        return new Event(articleId, sentence, sentenceText, source, target, cameo, cameoName, quadClass, goldstein,
                plover, modality, eventDate, dateText, dateBasis, plannedDate, where, basis, trigger, attributedTo,
                confidence, rule, p, triggerToken, attributionEntity);
    }

    /** The same event with another confidence, and why (a learned model's second opinion). */
    public Event withConfidence(double newConfidence, String why) {
        Provenance p = new Provenance(provenance.code() + "; confidence: " + why, provenance.source(), provenance.target(),
                provenance.modality(), provenance.date(), provenance.location(), provenance.attribution(),
                provenance.pipeline());
        return new Event(articleId, sentence, sentenceText, source, target, cameo, cameoName, quadClass, goldstein,
                plover, modality, eventDate, dateText, dateBasis, plannedDate, location, locationBasis, trigger,
                attributedTo, newConfidence, rule, p, triggerToken, attributionEntity);
    }
}
