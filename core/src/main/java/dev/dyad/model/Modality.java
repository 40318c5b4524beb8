package dev.dyad.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether an event is reported as having happened, or only denied, supposed, planned or asked about. */
public enum Modality {
    ASSERTED, NEGATED, HYPOTHETICAL, FUTURE, QUESTION;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
