package dev.dyad.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One coded event as written: the output contract ({@code dyad/contract/output.tsv}, which
 * {@code OutputContractTest} checks the written events against). Field names are snake_case in JSON; absent values are
 * null, never missing.
 * Built only at the edge, by {@link #of(CodedEvent)} from the records the stages set; stages pass
 * {@link CodedEvent}s on, never this.
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
        Provenance provenance) {

    /** PLOVER event type and mode (mode may be null). */
    public record Plover(String event, String mode) {
    }

    /** A piece of article text with its character span. */
    @JsonPropertyOrder({"text", "span"})
    public record TextSpan(String text, Span span) {
        public static TextSpan of(String text, Span s) {
            return new TextSpan(text, s);
        }
    }

    /** Which rule produced each field, so every value can be traced back to a dictionary line or code path. */
    @JsonPropertyOrder({"code", "source", "target", "modality", "date", "location", "attribution", "pipeline"})
    public record Provenance(String code, String source, String target, String modality, String date,
                             String location, String attribution, String pipeline) {
    }

    /**
     * The output record of one event, assembled from the layers the stages set: the one place where an {@link Event} is
     * built from the pipeline's work. A layer not run gives nulls (an undated event has no {@code event_date}).
     */
    public static Event of(CodedEvent e) {
        EventCoding c = e.coding();
        EventDating d = e.dating();
        EventPlacement p = e.placement() == null ? EventPlacement.NONE : e.placement();
        Attribution a = c.attribution();
        var code = c.code();
        String codeRule = e.rescoring() == null ? c.codeRule() : c.codeRule() + "; confidence: " + e.rescoring().why();
        Provenance provenance = new Provenance(codeRule, c.source().rule(), c.target() == null ? null : c.target().rule(),
                c.modalityRule(), d == null ? null : d.rule(), p.rule(), a == null ? null : a.rule(), c.pipeline());
        return new Event(c.articleId(), c.sentence(), c.sentenceText(), c.source(), c.target(), code.code(), code.name(),
                code.quadClass(), code.goldstein(), new Plover(code.ploverEvent(), code.ploverMode()), c.modality(),
                d == null ? null : d.date(), d == null ? null : d.text(), d == null ? null : d.basis(),
                d == null ? null : d.planned(), p.location(), p.basis(), c.triggerText(), a == null ? null : a.speaker(),
                e.confidence(), c.rule(), provenance);
    }
}
