package dev.dyad.dedup;

import java.time.LocalDate;
import java.util.Locale;

/**
 * When two event mentions are the same event. Two mentions are merged when all of these hold:
 * <ol>
 *   <li><b>same directed dyad at country level</b> ({@link CountryLevel}: RUSGOV→USAGOV and RUS→USA match,
 *       RUS→USA and USA→RUS do not; a missing target only matches a missing target);</li>
 *   <li><b>same CAMEO root</b> (the two-digit family: 036 and 031 both are 03) <b>and same modality</b>
 *       (a denied attack is not an attack);</li>
 *   <li><b>similar trigger</b>: the same full CAMEO code, or the same trigger stem ("talks", "talked" → talk);</li>
 *   <li><b>date window</b>: for day-precise dates, at most {@link #windowDays} days from the day of the first
 *       mention of the event (default 1: a mention dated the 22nd joins an event first dated the 21st, one dated
 *       the 23rd does not, so a chain of daily reports cannot drift into one endless event); coarser dates
 *       (week, month, quarter, year) must name the same period.</li>
 * </ol>
 * Mentions are taken in date order (then article id, event index), so the result is deterministic; each
 * mention joins the first earlier event it matches, else starts a new one.
 *
 * @param windowDays the date window in days, 0 or more
 */
public record DedupRule(int windowDays) {
    public static final DedupRule DEFAULT = new DedupRule(1);

    public DedupRule {
        if (windowDays < 0) {
            throw new IllegalArgumentException("dedup window must be 0 days or more, got " + windowDays);
        }
    }

    /** The rule in words, stored with every deduplicated event. */
    public String describe() {
        return "dyad country level + CAMEO root + modality + (same code or trigger stem) within +-" + windowDays
                + " day(s)";
    }

    boolean inWindow(LocalDate anchor, LocalDate day) {
        return Math.abs(day.toEpochDay() - anchor.toEpochDay()) <= windowDays;
    }

    /** A crude English stem of a trigger word: lower case, common inflection and derivation endings removed. */
    public static String stem(String trigger) {
        if (trigger == null) {
            return "";
        }
        String w = trigger.strip().toLowerCase(Locale.ROOT);
        int space = w.lastIndexOf(' ');
        if (space >= 0) {
            w = w.substring(space + 1);
        }
        for (String suffix : new String[] {"ations", "ation", "ments", "ment", "ings", "ing", "ied", "ies", "ed", "es", "s", "e"}) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }
}
