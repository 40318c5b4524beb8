package dev.dyad.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjuster;
import java.time.temporal.TemporalAdjusters;

/**
 * Which occurrence of a recurring name ("Friday", "March", "the first quarter") a mention means, relative to
 * the publication date.
 */
enum Direction {
    ON_OR_BEFORE,
    BEFORE,
    ON_OR_AFTER,
    AFTER;

    /**
     * "last" and "next" are strict whatever the tense: "last Friday" in a Friday article is a week ago. A bare
     * name follows the event: reported events point back (and may be the publication day itself), planned
     * ones forward.
     */
    static Direction of(String qualifier, boolean futureContext) {
        String word = qualifier == null ? "" : Lexicon.normalize(qualifier);
        return switch (word) {
            case "last", "this past" -> BEFORE;
            case "next", "this coming" -> AFTER;
            default -> futureContext ? ON_OR_AFTER : ON_OR_BEFORE;
        };
    }

    LocalDate weekday(DayOfWeek day, LocalDate published) {
        TemporalAdjuster adjuster = switch (this) {
            case ON_OR_BEFORE -> TemporalAdjusters.previousOrSame(day);
            case BEFORE -> TemporalAdjusters.previous(day);
            case ON_OR_AFTER -> TemporalAdjusters.nextOrSame(day);
            case AFTER -> TemporalAdjusters.next(day);
        };
        return published.with(adjuster);
    }

    /**
     * The occurrence of {@code candidate}'s month-of-year nearest to {@code reference} in this direction, moving
     * by whole years. Quarters use it too, compared by their first month.
     */
    YearMonth nearest(YearMonth candidate, YearMonth reference) {
        YearMonth sameYear = candidate.withYear(reference.getYear());
        int comparison = sameYear.compareTo(reference);
        return switch (this) {
            case ON_OR_BEFORE -> comparison <= 0 ? sameYear : sameYear.minusYears(1);
            case BEFORE -> comparison < 0 ? sameYear : sameYear.minusYears(1);
            case ON_OR_AFTER -> comparison >= 0 ? sameYear : sameYear.plusYears(1);
            case AFTER -> comparison > 0 ? sameYear : sameYear.plusYears(1);
        };
    }
}
