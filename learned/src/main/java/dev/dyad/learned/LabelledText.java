package dev.dyad.learned;

import java.util.Objects;

/** One training or test sentence with its PentaClass; {@code origin} names the file and line or record id. */
public record LabelledText(String text, PentaClass label, String origin) {
    public LabelledText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(label, "label");
    }
}
