package dev.dyad.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds time expressions in news text and resolves them against the article's publication date, at the
 * finest granularity the words honestly support. Stateless and thread-safe.
 *
 * <p>Supported expressions (case-insensitive, except month names, which must be capitalised so the verbs
 * "may" and "march" are never read as months; a leading "on"/"in"/"at" is part of the mention):
 * <ul>
 *   <li>today, tonight, this morning, yesterday (evening), tomorrow, last night, the day before yesterday,
 *       the day after tomorrow: DAY;</li>
 *   <li>weekdays, bare or with on/last/next/this/this past/this coming: DAY. A bare weekday is the latest
 *       such day on or before publication for reported events and the first on or after it for planned ones;
 *       "last X" is always strictly before publication and "next X" strictly after;</li>
 *   <li>this/last/next week (also earlier/later this week): WEEK, as an ISO week-year and week
 *       ("2020-W53"); the same for month (MONTH), quarter (QUARTER) and year (YEAR);</li>
 *   <li>edges: "at the (very) start/beginning of next year", "early 2022" give January (MONTH); "the end of
 *       the year", "late next year" give December (MONTH); "the middle of"/"mid-" and the halves of a year
 *       stay YEAR; edges of a week or month stay WEEK or MONTH;</li>
 *   <li>quarters: "in the first quarter", "the fourth quarter of 2021", "Q1 2022": QUARTER;</li>
 *   <li>months: "in March", "March", "last March", "March 2022", abbreviations such as "Sept.": MONTH. A
 *       month without a year is the latest on or before the publication month (reported events) or the
 *       first on or after it (planned events); "May" needs a day, a year, or in/during/early/late/mid-;</li>
 *   <li>dates: "December 21", "Dec. 21st", "21 December 2021", "2021-12-21": DAY. Without a year, the year
 *       is inferred: for reported events the latest such date no later than the day after publication, for
 *       planned events the earliest on or after publication;</li>
 *   <li>years: "in 2020": YEAR;</li>
 *   <li>"N days/weeks/months/years ago" (N may be "a", "a few" = 3, "several" = 3, "a couple of" = 2):
 *       publication minus N units at the unit's granularity (weeks give the ISO week);</li>
 *   <li>"N units after/before", as in "X comes a day after Y said ...": the coder dates the clause the
 *       phrase introduces, which happened N units <em>before</em> publication for "after" ("a day after" =
 *       publication - 1 day) and N units after it for "before";</li>
 *   <li>"in N units" ("in two weeks"): publication plus N units for planned events; nothing for reported
 *       events, where it is a duration.</li>
 * </ul>
 * Found but never resolved: durations ("for three weeks", "within a week", "over the past year"),
 * open ranges ("since 2014") and decades ("in the 2020s").
 *
 * <p>Every resolved value has basis {@link DateBasis#EXPLICIT} when the text writes the year out and
 * {@link DateBasis#RELATIVE} otherwise; {@link DateBasis#PUBLICATION} is left to callers for their fallback.
 */
public final class TimeExpressions {
    private TimeExpressions() {
    }

    /** Finds every time expression in the text, longest match first, non-overlapping, in text order. */
    public static List<TimeMention> find(String text) {
        Objects.requireNonNull(text, "text");
        return MentionFinder.find(text);
    }

    /**
     * Resolves a mention against the publication date. {@code futureContext} is true when the event the
     * mention belongs to is future or planned ("will meet on Friday": the next Friday) and false for past or
     * reported events ("met on Friday": the most recent Friday, which may be the publication day itself).
     * Returns empty when the expression names no calendar value (a duration, "since ...", a decade) or is
     * not a supported expression.
     */
    public static Optional<ResolvedDate> resolve(TimeMention mention, LocalDate published, boolean futureContext) {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(published, "published");
        return MentionResolver.resolve(mention, published, futureContext);
    }
}
