package dev.dyad.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * An event date of the contract ({@code 2021-12-21}, {@code 2021-W50}, {@code 2022-01}, {@code 2022-Q1},
 * {@code 2022}) as the first day of the period and its granularity, so events can be sorted and grouped.
 */
record EventDay(LocalDate day, String granularity) {
    static EventDay parse(String value) {
        if (value == null || value.isBlank()) {
            return new EventDay(null, null);
        }
        try {
            if (value.matches("\\d{4}-\\d\\d-\\d\\d")) {
                return new EventDay(LocalDate.parse(value), "day");
            }
            if (value.matches("\\d{4}-W\\d\\d")) {
                int year = Integer.parseInt(value.substring(0, 4));
                int week = Integer.parseInt(value.substring(6));
                LocalDate d = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                        .with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
                return new EventDay(d, "week");
            }
            if (value.matches("\\d{4}-\\d\\d")) {
                return new EventDay(YearMonth.parse(value).atDay(1), "month");
            }
            if (value.matches("\\d{4}-Q[1-4]")) {
                int q = value.charAt(6) - '0';
                return new EventDay(LocalDate.of(Integer.parseInt(value.substring(0, 4)), 3 * q - 2, 1), "quarter");
            }
            if (value.matches("\\d{4}")) {
                return new EventDay(LocalDate.of(Integer.parseInt(value), 1, 1), "year");
            }
        } catch (RuntimeException e) {
            // an unreadable value is kept as text only
        }
        return new EventDay(null, null);
    }
}
