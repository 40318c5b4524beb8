package dev.dyad.petrarch.coder;

import java.time.LocalDate;

/**
 * The days an actor code holds, both ends inclusive; a null end is open ({@link #ALWAYS}: an undated code). PETRARCH
 * writes {@code <date} (before it), {@code >date} (after it) and {@code date-date}.
 */
public record Validity(LocalDate from, LocalDate to) {
    public static final Validity ALWAYS = new Validity(null, null);

    public static Validity before(LocalDate d) {
        return new Validity(null, d.minusDays(1));
    }

    public static Validity after(LocalDate d) {
        return new Validity(d.plusDays(1), null);
    }

    public static Validity since(LocalDate d) {
        return new Validity(d, null);
    }

    public boolean always() {
        return from == null && to == null;
    }

    /** Whether the day falls within; an unknown day (null) falls only within {@link #ALWAYS}. */
    public boolean contains(LocalDate day) {
        if (always()) {
            return true;
        }
        return day != null && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
