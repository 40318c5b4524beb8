package dev.dyad.model;

/**
 * One event as the stages pass it on: the coder's record and one record per later stage, each set by that stage alone
 * (like spaCy's extension attributes). A layer not yet run is null; {@link AnnotatedDocument} checks that every event
 * of a document that claims the {@link Layer#DATES} or {@link Layer#PLACES} layer has its record. The output record
 * is {@link Event#of(CodedEvent)}.
 */
public record CodedEvent(EventCoding coding, EventDating dating, EventPlacement placement, EventRescoring rescoring) {
    public CodedEvent {
        java.util.Objects.requireNonNull(coding, "coding");
    }

    public static CodedEvent of(EventCoding coding) {
        return new CodedEvent(coding, null, null, null);
    }

    public CodedEvent withDating(EventDating d) {
        return new CodedEvent(coding, d, placement, rescoring);
    }

    public CodedEvent withPlacement(EventPlacement p) {
        return new CodedEvent(coding, dating, p, rescoring);
    }

    public CodedEvent withRescoring(EventRescoring r) {
        return new CodedEvent(coding, dating, placement, r);
    }

    public CodedEvent withCoding(EventCoding c) {
        return new CodedEvent(c, dating, placement, rescoring);
    }

    /** The confidence as it stands: the second opinion's when there is one, else the coder's. */
    public double confidence() {
        return rescoring == null ? coding.confidence() : rescoring.confidence();
    }
}
