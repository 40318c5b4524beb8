package dev.dyad.time;

import static dev.dyad.time.Lexicon.COUNT;
import static dev.dyad.time.Lexicon.DAY_OF_MONTH;
import static dev.dyad.time.Lexicon.MONTH;
import static dev.dyad.time.Lexicon.PART_OF_DAY;
import static dev.dyad.time.Lexicon.STANDALONE_MONTH;
import static dev.dyad.time.Lexicon.UNIT;
import static dev.dyad.time.Lexicon.WEEKDAY;
import static dev.dyad.time.Lexicon.YEAR;

import java.util.regex.Pattern;

/**
 * One kind of time expression each. {@link MentionFinder} searches text with every rule;
 * {@link MentionResolver} re-reads a mention with the first rule that matches all of it. Declaration order
 * is the tie-break for equally long matches, so both sides agree on what a mention is: the open-ended and
 * duration rules come first so that "since March" is never taken for "March".
 */
enum Rule {
    /** "since 2014", "since last week": a range up to now, no single calendar value. */
    SINCE("since (?:(?:the )?(?:start|beginning|end) of )?(?:"
            + "(?:1[89]|20)[0-9]{2}-[0-9]{2}-[0-9]{2}"
            + "|(?:" + WEEKDAY + ",? )?" + MONTH + " " + DAY_OF_MONTH + "(?:,? " + YEAR + ")?"
            + "|(?:the )?" + DAY_OF_MONTH + " (?:of )?" + MONTH + "(?:,? " + YEAR + ")?"
            + "|" + MONTH + "(?:,? " + YEAR + ")?"
            + "|" + YEAR
            + "|(?:last )?" + WEEKDAY
            + "|(?:this|last) (?:week|month|quarter|year)|the (?:week|month|quarter|year)"
            + "|yesterday)"),

    /** "for three weeks", "within a week", "over the past year", "in recent days". */
    DURATION("(?:for|within|over|throughout|during|in) the (?:past|last|next|coming|previous|following) (?:"
            + COUNT + " )?" + UNIT
            + "|(?:for|within) (?:" + COUNT + " " + UNIT + "|(?:hour|day|week|month|year)s)"
            + "|(?:in|over) recent (?:day|week|month|year)s"),

    /** "in the 2020s": a decade is coarser than any granularity offered. */
    DECADE("(?:(?:in|during) )?(?:the )?(?:(?:early|late) |mid-)?(?:1[89]|20)[0-9]0s"),

    ISO_DATE("(?:on )?(?<iso>(?:1[89]|20)[0-9]{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01]))"),

    /** "December 21", "on Tuesday, Dec. 21st", "December 21, 2021". A leading weekday is kept but not used. */
    DATE_MONTH_DAY("(?:on )?(?:" + WEEKDAY + ",? )?(?<month>" + MONTH + ") (?<day>" + DAY_OF_MONTH + ")"
            + "(?:,? (?<year>" + YEAR + "))?"),

    /** "21 December", "on the 21st of December 2021". */
    DATE_DAY_MONTH("(?:on )?(?:" + WEEKDAY + ",? )?(?:the )?(?<day>" + DAY_OF_MONTH + ") (?:of )?"
            + "(?<month>" + MONTH + ")(?:,? (?<year>" + YEAR + "))?"),

    /** "at the very start of next year", "by the end of the year", "in the first half of 2021". */
    PERIOD_EDGE("(?:(?:at|by|in|until|from|before|around|towards?) )?the (?:very )?"
            + "(?<edge>start|beginning|end|middle|first half|second half) of (?<anchor>" + Anchor.ANY + ")"),

    /** "early next year", "late last month", "in mid-March", "early 2022". */
    PERIOD_EARLY_LATE("(?:(?:in|by|until|from|around) )?(?<edge>early|late|mid)(?:-| )(?<anchor>" + Anchor.ANY + ")"),

    /** "in the first quarter", "the fourth quarter of 2021". */
    QUARTER_ORDINAL("(?:(?:in|during|by) )?(?:the )?(?<ordinal>first|second|third|fourth|final|last|1st|2nd|3rd|4th)"
            + " quarter(?: of (?<anchor>" + Anchor.ANY_YEAR + "))?"),

    /** "Q1 2022", "in Q3". */
    QUARTER_CODE("(?:(?:in|during|by) )?(?-i:Q)(?<quarter>[1-4])(?:(?:,? | of )(?<year>" + YEAR + "))?"),

    /** "March 2022", "in Sept. 2021". */
    MONTH_YEAR("(?:(?:in|during) )?(?<month>" + MONTH + "),? (?<year>" + YEAR + ")"),

    /** "last March", "next May". */
    MONTH_RELATIVE("(?:(?:in|during) )?(?<rel>last|next|this) (?<month>" + MONTH + ")"),

    /** "in May", "in Sept.", or a spelled-out month standing alone ("March"). */
    MONTH_NAME("(?:in|during) (?<month>" + MONTH + ")|(?<standalone>" + STANDALONE_MONTH + ")"),

    /** "in 2020". A bare year is usually a modifier ("the 2020 election"), so a preposition is required. */
    YEAR_IN("(?:in|during) (?<year>" + YEAR + ")"),

    /** "last week", "earlier this month", "next quarter". */
    RELATIVE_PERIOD("(?:(?:earlier|later) )?(?<rel>this|last|next) (?<unit>week|month|quarter|year)"),

    /** "today", "yesterday evening", "the day after tomorrow", "this morning", "last night". */
    DEICTIC_DAY("(?:the )?day (?:before yesterday|after tomorrow)"
            + "|(?:(?:earlier|later) )?(?:today|tonight)"
            + "|(?:yesterday|tomorrow)(?: " + PART_OF_DAY + ")?"
            + "|this (?:morning|afternoon|evening)"
            + "|last night"),

    /** "on Tuesday", "last Monday", "this coming Friday", "early on Sunday morning". */
    WEEKDAY_NAME("(?:(?:early|late) )?(?:on )?(?:(?<rel>this past|this coming|last|next|this) )?(?<day>" + WEEKDAY + ")"
            + "(?: " + PART_OF_DAY + ")?"),

    /** "three days ago", "several weeks ago". */
    AGO("(?<count>" + COUNT + ") (?<unit>" + UNIT + ") ago"),

    /** "a day after", "two weeks before", as in "X comes a day after Y said ...". */
    OFFSET("(?<count>" + COUNT + ") (?<unit>" + UNIT + ") (?<direction>after|before)"),

    /** "in two weeks", "in a week's time". */
    IN_COUNT("in (?<count>" + COUNT + ") (?<unit>" + UNIT + ")(?:(?:['\u2019]s?)? time)?");

    private final Pattern exact;
    private final Pattern bounded;

    Rule(String fragment) {
        this.exact = Lexicon.compile(fragment);
        // Mentions must start and end on word boundaries: no "Monday" inside "Mondays", no "May" in "Mayor".
        this.bounded = Lexicon.compile("(?<![\\p{L}\\p{N}])(?:" + fragment + ")(?![\\p{L}\\p{N}])");
    }

    /** The pattern for a whole mention text. */
    Pattern exact() {
        return exact;
    }

    /** The pattern for searching running text. */
    Pattern bounded() {
        return bounded;
    }
}
