package dev.dyad.time;

import static dev.dyad.time.Granularity.DAY;
import static dev.dyad.time.Granularity.MONTH;
import static dev.dyad.time.Granularity.QUARTER;
import static dev.dyad.time.Granularity.WEEK;
import static dev.dyad.time.Granularity.YEAR;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Turns a mention back into a calendar value. The mention's text is re-read with the first {@link Rule} that
 * matches it whole, so mentions built by callers (not by {@link MentionFinder}) resolve the same way.
 */
final class MentionResolver {
    private MentionResolver() {
    }

    /** How many years to search for a year-less date; eight reaches the previous or next February 29. */
    private static final int YEAR_SEARCH = 8;

    static Optional<ResolvedDate> resolve(TimeMention mention, LocalDate published, boolean futureContext) {
        String text = mention.text().strip();
        for (Rule rule : Rule.values()) {
            Matcher match = rule.exact().matcher(text);
            if (match.matches()) {
                return resolve(rule, match, published, futureContext).map(v -> v.toResolvedDate(mention.text()));
            }
        }
        return Optional.empty();
    }

    private static Optional<CalendarValue> resolve(Rule rule, Matcher m, LocalDate published, boolean future) {
        return switch (rule) {
            case SINCE, DURATION, DECADE -> Optional.empty();
            case ISO_DATE -> isoDate(m.group("iso"));
            case DATE_MONTH_DAY, DATE_DAY_MONTH -> monthDay(m, published, future);
            case PERIOD_EDGE, PERIOD_EARLY_LATE ->
                    anchor(m.group("anchor"), published, future).map(period -> period.narrowTo(m.group("edge")));
            case QUARTER_ORDINAL -> ordinalQuarter(m, published, future);
            case QUARTER_CODE -> Optional.of(codedQuarter(m, published, future));
            case MONTH_YEAR -> Optional.of(explicitMonth(m.group("month"), m.group("year")));
            case MONTH_RELATIVE ->
                    Optional.of(namedMonth(m.group("month"), Direction.of(m.group("rel"), future), published));
            case MONTH_NAME -> {
                String name = m.group("month") != null ? m.group("month") : m.group("standalone");
                yield Optional.of(namedMonth(name, Direction.of(null, future), published));
            }
            case YEAR_IN -> Optional.of(explicitYear(m.group("year")));
            case RELATIVE_PERIOD -> Optional.of(relativePeriod(m.group("rel"), m.group("unit"), published));
            case DEICTIC_DAY -> Optional.of(deicticDay(m.group(), published));
            case WEEKDAY_NAME -> Optional.of(CalendarValue.of(Direction.of(m.group("rel"), future)
                    .weekday(Lexicon.weekday(m.group("day")), published), DAY, DateBasis.RELATIVE));
            case AGO -> Optional.of(shifted(m, -1, published));
            // "X comes a day after Y said ...": the clause after "after" is the earlier event, so it happened
            // a day before the publication date; symmetrically "a day before" points a day ahead.
            case OFFSET -> Optional.of(shifted(m, "after".equalsIgnoreCase(m.group("direction")) ? -1 : 1, published));
            // In a report of past events "in two weeks" is how long something took, not when it happened.
            case IN_COUNT -> future ? Optional.of(shifted(m, 1, published)) : Optional.empty();
        };
    }

    private static Optional<CalendarValue> isoDate(String text) {
        try {
            return Optional.of(CalendarValue.of(LocalDate.parse(text), DAY, DateBasis.EXPLICIT));
        } catch (DateTimeException impossibleDate) {
            return Optional.empty();
        }
    }

    private static Optional<CalendarValue> monthDay(Matcher m, LocalDate published, boolean future) {
        Month month = Lexicon.month(m.group("month"));
        int day = Lexicon.dayOfMonth(m.group("day"));
        try {
            if (m.group("year") != null) {
                LocalDate date = LocalDate.of(Integer.parseInt(m.group("year")), month, day);
                return Optional.of(CalendarValue.of(date, DAY, DateBasis.EXPLICIT));
            }
            return inferYear(MonthDay.of(month, day), published, future)
                    .map(date -> CalendarValue.of(date, DAY, DateBasis.RELATIVE));
        } catch (DateTimeException impossibleDate) { // "February 30"
            return Optional.empty();
        }
    }

    /**
     * Picks the year for a date written without one. Past context: the latest such date no later than the day
     * after publication; the day of slack is for wire copy datelined a day ahead and for time zones, where an
     * event "on December 23" can be reported in an article dated December 22. Future context: the earliest
     * such date on or after publication.
     */
    private static Optional<LocalDate> inferYear(MonthDay monthDay, LocalDate published, boolean future) {
        if (future) {
            for (int year = published.getYear() - 1; year <= published.getYear() + YEAR_SEARCH; year++) {
                if (monthDay.isValidYear(year) && !monthDay.atYear(year).isBefore(published)) {
                    return Optional.of(monthDay.atYear(year));
                }
            }
        } else {
            LocalDate latest = published.plusDays(1);
            for (int year = published.getYear() + 1; year >= published.getYear() - YEAR_SEARCH; year--) {
                if (monthDay.isValidYear(year) && !monthDay.atYear(year).isAfter(latest)) {
                    return Optional.of(monthDay.atYear(year));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<CalendarValue> anchor(String text, LocalDate published, boolean future) {
        for (Anchor anchor : Anchor.values()) {
            Matcher m = anchor.pattern().matcher(text.strip());
            if (m.matches()) {
                return Optional.of(switch (anchor) {
                    case RELATIVE -> relativePeriod(m.group("rel"), m.group("unit"), published);
                    case CURRENT -> relativePeriod("this", m.group("unit"), published);
                    case MONTH -> m.group("year") != null
                            ? explicitMonth(m.group("month"), m.group("year"))
                            : namedMonth(m.group("month"), Direction.of(null, future), published);
                    case YEAR -> explicitYear(m.group("year"));
                });
            }
        }
        return Optional.empty();
    }

    private static CalendarValue relativePeriod(String relation, String unit, LocalDate published) {
        int offset = switch (Lexicon.normalize(relation)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        return switch (Lexicon.normalize(unit)) {
            case "week" -> CalendarValue.of(published.plusWeeks(offset), WEEK, DateBasis.RELATIVE);
            case "month" -> CalendarValue.of(published.plusMonths(offset), MONTH, DateBasis.RELATIVE);
            case "quarter" -> CalendarValue.of(published.plusMonths(3L * offset), QUARTER, DateBasis.RELATIVE);
            default -> CalendarValue.of(published.plusYears(offset), YEAR, DateBasis.RELATIVE);
        };
    }

    private static Optional<CalendarValue> ordinalQuarter(Matcher m, LocalDate published, boolean future) {
        String ordinal = Lexicon.normalize(m.group("ordinal"));
        String anchorText = m.group("anchor");
        if (anchorText == null && ordinal.equals("last")) {
            // Without "of <year>", "the last quarter" is the previous quarter, not the fourth.
            return Optional.of(relativePeriod("last", "quarter", published));
        }
        int quarter = switch (ordinal) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            default -> 4;
        };
        if (anchorText == null) {
            return Optional.of(nearestQuarter(quarter, Direction.of(null, future), published));
        }
        return anchor(anchorText, published, future)
                .map(year -> quarterOf(year.day().getYear(), quarter, year.basis()));
    }

    private static CalendarValue codedQuarter(Matcher m, LocalDate published, boolean future) {
        int quarter = Integer.parseInt(m.group("quarter"));
        if (m.group("year") != null) {
            return quarterOf(Integer.parseInt(m.group("year")), quarter, DateBasis.EXPLICIT);
        }
        return nearestQuarter(quarter, Direction.of(null, future), published);
    }

    private static CalendarValue nearestQuarter(int quarter, Direction direction, LocalDate published) {
        // Quarters are compared by their first month, which lets them reuse the month-of-year search.
        YearMonth candidate = YearMonth.of(published.getYear(), firstMonthOf(quarter));
        YearMonth current = YearMonth.of(published.getYear(), firstMonthOf(published.get(IsoFields.QUARTER_OF_YEAR)));
        return CalendarValue.of(direction.nearest(candidate, current).atDay(1), QUARTER, DateBasis.RELATIVE);
    }

    private static CalendarValue quarterOf(int year, int quarter, DateBasis basis) {
        return CalendarValue.of(LocalDate.of(year, firstMonthOf(quarter), 1), QUARTER, basis);
    }

    private static int firstMonthOf(int quarter) {
        return 3 * quarter - 2;
    }

    private static CalendarValue namedMonth(String name, Direction direction, LocalDate published) {
        YearMonth candidate = YearMonth.of(published.getYear(), Lexicon.month(name));
        return CalendarValue.month(direction.nearest(candidate, YearMonth.from(published)), DateBasis.RELATIVE);
    }

    private static CalendarValue explicitMonth(String name, String year) {
        return CalendarValue.month(YearMonth.of(Integer.parseInt(year), Lexicon.month(name)), DateBasis.EXPLICIT);
    }

    private static CalendarValue explicitYear(String year) {
        return CalendarValue.of(LocalDate.of(Integer.parseInt(year), 1, 1), YEAR, DateBasis.EXPLICIT);
    }

    private static CalendarValue deicticDay(String text, LocalDate published) {
        String words = Lexicon.normalize(text);
        int offset;
        if (words.endsWith("before yesterday")) {
            offset = -2;
        } else if (words.endsWith("after tomorrow")) {
            offset = 2;
        } else if (words.startsWith("yesterday") || words.equals("last night")) {
            offset = -1;
        } else if (words.startsWith("tomorrow")) {
            offset = 1;
        } else {
            offset = 0; // today, tonight, this morning
        }
        return CalendarValue.of(published.plusDays(offset), DAY, DateBasis.RELATIVE);
    }

    /** Moves {@code sign} times the mention's count of units from publication, at the unit's granularity. */
    private static CalendarValue shifted(Matcher m, int sign, LocalDate published) {
        long amount = sign * (long) Lexicon.count(m.group("count"));
        ChronoUnit unit = Lexicon.unit(m.group("unit"));
        return switch (unit) {
            // Hours only move the day once they add up to whole days: "a few hours after" is the publication day.
            case HOURS -> CalendarValue.of(published.plusDays(amount / 24), DAY, DateBasis.RELATIVE);
            case DAYS -> CalendarValue.of(published.plusDays(amount), DAY, DateBasis.RELATIVE);
            case WEEKS -> CalendarValue.of(published.plusWeeks(amount), WEEK, DateBasis.RELATIVE);
            case MONTHS -> CalendarValue.of(published.plusMonths(amount), MONTH, DateBasis.RELATIVE);
            default -> CalendarValue.of(published.plusYears(amount), YEAR, DateBasis.RELATIVE);
        };
    }
}
