package dev.dyad.time;

import java.util.Objects;

/**
 * A time expression resolved to a calendar value. {@code value} is formatted by granularity:
 * "2021-12-21" (DAY), "2021-W50" (ISO week-year and week, WEEK), "2022-01" (MONTH), "2022-Q1" (QUARTER),
 * "2022" (YEAR). {@code text} is the expression it was resolved from.
 */
public record ResolvedDate(String value, Granularity granularity, DateBasis basis, String text) {
    public ResolvedDate {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(text, "text");
    }
}
