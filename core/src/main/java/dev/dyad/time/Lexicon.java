package dev.dyad.time;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words time expressions are built from: regex fragments for {@link Rule} and the functions that turn
 * the matched words back into values. Fragments contain no capturing groups, so rules can name their own.
 * A literal space in a fragment stands for any run of whitespace (see {@link Rule}).
 *
 * <p>Unlike the actor, place and quote word lists (data files under {@code dyad/dictionaries/}), these words stay in
 * code for now: each is bound to a named group of a {@link Rule} pattern and to a {@code java.time} value
 * ({@link DayOfWeek}, {@link Month}, {@link ChronoUnit}), so a data file would need a grammar loaded per pipeline
 * rather than the compiled {@link Rule} enum (issue 18, left open).
 */
final class Lexicon {
    private Lexicon() {
    }

    static final String WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";

    static final String PART_OF_DAY = "(?:morning|afternoon|evening|night)";

    // Month names are case-sensitive: lower-case "march" and "may" are verbs, never months in news prose.
    private static final String FULL_MONTHS_BUT_MAY =
            "January|February|March|April|June|July|August|September|October|November|December";

    // "Sept" before "Sep" so the longer spelling wins. No weekday abbreviations: "Sun."/"Sat."/"Wed." are
    // newspaper names and sentence fragments as often as days.
    private static final String MONTH_ABBREVIATIONS = "Sept|Sep|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Oct|Nov|Dec";

    /** Any month name or abbreviation, "May" included: only for places a day, year or preposition disambiguates. */
    static final String MONTH = "(?-i:(?:" + FULL_MONTHS_BUT_MAY + "|May)(?!\\p{L})"
            + "|(?:" + MONTH_ABBREVIATIONS + ")(?:\\.|(?!\\p{L})))";

    /** A month name that can stand on its own: spelled out and not "May" (the modal verb, Theresa May). */
    static final String STANDALONE_MONTH = "(?-i:(?:" + FULL_MONTHS_BUT_MAY + ")(?!\\p{L}))";

    static final String DAY_OF_MONTH = "(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![\\p{L}\\p{N}])";

    /** Four-digit years 1800-2099; anything else written as four digits in news is a count or an amount. */
    static final String YEAR = "(?:1[89]|20)[0-9]{2}(?![\\p{L}\\p{N}])";

    static final String UNIT = "(?:hour|day|week|month|year)s?";

    // Vague quantities get a fixed reading so "several weeks ago" still lands in a week.
    private static final Map<String, Integer> COUNT_WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("a couple of", 2), Map.entry("a couple", 2),
            Map.entry("a few", 3), Map.entry("few", 3), Map.entry("several", 3));

    /** A number of units: digits, a number word, or one of the vague quantities in {@link #COUNT_WORDS}. */
    static final String COUNT = "(?:[0-9]{1,3}|" + COUNT_WORDS.keySet().stream()
            // Longest first so "a couple of" is preferred over "a".
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .collect(Collectors.joining("|")) + ")";

    static DayOfWeek weekday(String word) {
        return DayOfWeek.valueOf(word.toUpperCase(Locale.ROOT));
    }

    /** Works for full names and abbreviations alike: the first three letters identify every month. */
    static Month month(String word) {
        String prefix = word.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(prefix)) {
                return month;
            }
        }
        throw new IllegalArgumentException("not a month: " + word);
    }

    /** "21st" -> 21. */
    static int dayOfMonth(String token) {
        return Integer.parseInt(token.replaceAll("[^0-9]", ""));
    }

    static int count(String phrase) {
        String normalized = normalize(phrase);
        if (normalized.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(normalized);
        }
        Integer value = COUNT_WORDS.get(normalized);
        if (value == null) {
            throw new IllegalArgumentException("not a count: " + phrase);
        }
        return value;
    }

    /** "weeks" -> WEEKS; only the units in {@link #UNIT}. */
    static ChronoUnit unit(String word) {
        String singular = normalize(word).replaceFirst("s$", "");
        return switch (singular) {
            case "hour" -> ChronoUnit.HOURS;
            case "day" -> ChronoUnit.DAYS;
            case "week" -> ChronoUnit.WEEKS;
            case "month" -> ChronoUnit.MONTHS;
            case "year" -> ChronoUnit.YEARS;
            default -> throw new IllegalArgumentException("not a unit: " + word);
        };
    }

    /**
     * Compiles a grammar fragment. Fragments are written with single spaces for readability; news text has
     * line breaks and double spaces, so each space becomes {@code \s+}.
     */
    static Pattern compile(String fragment) {
        return Pattern.compile(fragment.replace(" ", "\\s+"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Lower case with single spaces, so resolvers can compare words whatever whitespace the text had. */
    static String normalize(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
