package dev.dyad.time;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * A resolved period before it is formatted: any day inside the period plus the period's granularity. Carrying
 * a day rather than a string lets edge phrases ("the end of ...") narrow a year to a month without re-parsing.
 */
record CalendarValue(LocalDate day, Granularity granularity, DateBasis basis) {

    static CalendarValue of(LocalDate day, Granularity granularity, DateBasis basis) {
        return new CalendarValue(day, granularity, basis);
    }

    static CalendarValue month(YearMonth month, DateBasis basis) {
        return new CalendarValue(month.atDay(1), Granularity.MONTH, basis);
    }

    String value() {
        return switch (granularity) {
            case DAY -> day.toString();
            // The ISO week-year, not the calendar year: 2021-01-03 is in 2020-W53.
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d",
                    day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> YearMonth.from(day).toString();
            case QUARTER -> day.getYear() + "-Q" + day.get(IsoFields.QUARTER_OF_YEAR);
            case YEAR -> Integer.toString(day.getYear());
        };
    }

    /**
     * Narrows the period to the part an edge word names. Only years are narrowed: "the start of next year" is
     * honestly January, but "the end of the month" or "early next week" name nothing finer than the period.
     * "The middle of" and the halves of a year stay at YEAR because they span several months.
     */
    CalendarValue narrowTo(String edge) {
        if (granularity != Granularity.YEAR) {
            return this;
        }
        return switch (Lexicon.normalize(edge)) {
            case "start", "beginning", "early" -> month(YearMonth.of(day.getYear(), Month.JANUARY), basis);
            case "end", "late" -> month(YearMonth.of(day.getYear(), Month.DECEMBER), basis);
            default -> this;
        };
    }

    ResolvedDate toResolvedDate(String text) {
        return new ResolvedDate(value(), granularity, basis, text);
    }
}
