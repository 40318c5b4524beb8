package dev.dyad.time;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The period an edge phrase narrows: "next year" in "at the end of next year", "March" in "early March",
 * "2021" in "the first half of 2021". Kept apart from {@link Rule} because an anchor is never a mention on
 * its own here; it only gets a value through the phrase around it.
 */
enum Anchor {
    RELATIVE("(?<rel>this|next|last) (?<unit>week|month|quarter|year)"),
    /** "the end of the year": the period containing the publication date. */
    CURRENT("the (?<unit>week|month|quarter|year)"),
    MONTH("(?<month>" + Lexicon.MONTH + ")(?:,? (?<year>" + Lexicon.YEAR + "))?"),
    YEAR("(?<year>" + Lexicon.YEAR + ")");

    /** Every anchor as one alternation without named groups, so rules can embed it more than once. */
    static final String ANY = Arrays.stream(values())
            .map(anchor -> anchor.fragment.replaceAll("\\(\\?<[a-zA-Z]+>", "(?:"))
            .collect(Collectors.joining("|", "(?:", ")"));

    /** Only the anchors that name a year, for "the first quarter of ...". */
    static final String ANY_YEAR = "(?:(?:this|next|last) year|the year|" + Lexicon.YEAR + ")";

    private final String fragment;
    private final Pattern pattern;

    Anchor(String fragment) {
        this.fragment = fragment;
        this.pattern = Lexicon.compile(fragment);
    }

    Pattern pattern() {
        return pattern;
    }
}
