package dev.dyad.time;

import java.util.Objects;

/**
 * A time expression found in text. {@code start}/{@code end} are char offsets into the string given to
 * {@link TimeExpressions#find(String)}, end exclusive; {@code text} is the matched substring.
 */
public record TimeMention(int start, int end, String text) {
    public TimeMention {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad mention range [" + start + ", " + end + ")");
        }
        Objects.requireNonNull(text, "text");
    }
}
