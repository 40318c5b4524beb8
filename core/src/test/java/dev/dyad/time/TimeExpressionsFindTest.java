package dev.dyad.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeExpressionsFindTest {

    private static void assertMentions(String text, TimeMention... expected) {
        List<TimeMention> found = TimeExpressions.find(text);
        assertEquals(List.of(expected), found);
        for (TimeMention mention : found) {
            assertEquals(text.substring(mention.start(), mention.end()), mention.text());
        }
    }

    @Test
    void includesThePrepositionWithAWeekday() {
        assertMentions("Russia's top diplomat announced on Wednesday.", new TimeMention(32, 44, "on Wednesday"));
    }

    @Test
    void prefersTheWholeEdgePhraseOverTheYearInside() {
        assertMentions("He said that at the very start of next year, bilateral contact would resume.",
                new TimeMention(13, 43, "at the very start of next year"));
    }

    @Test
    void findsASentenceInitialCapitalisedExpression() {
        assertMentions("Last week, Moscow submitted draft treaties to Washington.",
                new TimeMention(0, 9, "Last week"));
    }

    @Test
    void findsCountedOffsets() {
        assertMentions("The move comes several weeks after he sternly warned the West.",
                new TimeMention(15, 34, "several weeks after"));
        assertMentions("The statement comes a day after President Vladimir Putin said Russia had no choice.",
                new TimeMention(20, 31, "a day after"));
    }

    @Test
    void findsSeveralExpressionsInTextOrder() {
        assertMentions("On Tuesday, officials said talks held in March 2021 and on Dec. 21 would resume next week.",
                new TimeMention(0, 10, "On Tuesday"),
                new TimeMention(38, 51, "in March 2021"),
                new TimeMention(56, 66, "on Dec. 21"),
                new TimeMention(80, 89, "next week"));
    }

    @Test
    void findsDurationsAndRangesSoTheirPartsAreNotReadAsDates() {
        assertMentions("Sanctions in place since March 2014 were extended for three weeks.",
                new TimeMention(19, 35, "since March 2014"),
                new TimeMention(50, 65, "for three weeks"));
        assertMentions("Prices rose over the last year.", new TimeMention(12, 30, "over the last year"));
    }

    @Test
    void matchesAcrossLineBreaks() {
        assertMentions("They met on\nWednesday.", new TimeMention(9, 21, "on\nWednesday"));
    }

    @Test
    void readsMayAsAMonthOnlyWhereTheContextSaysSo() {
        assertMentions("Elections are due in May.", new TimeMention(18, 24, "in May"));
        assertMentions("The vote on May 5 was close.", new TimeMention(9, 17, "on May 5"));
        assertMentions("Theresa May said nothing.");
    }

    @Test
    void findsDecadesAndQuarters() {
        assertMentions("Growth slowed in the 2020s and in the first quarter.",
                new TimeMention(14, 26, "in the 2020s"),
                new TimeMention(31, 51, "in the first quarter"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "they may attack",
        "protesters march on the capital",
        "Turkey's president",
        "The Mayor met marchers.",
        "Shops close on Sundays.",
        "He read the Sun. on the Sat. train.",
        "May the best team win.",
        "Officials may meet again, 1,500 people marched."
    })
    void findsNothingInOrdinaryWords(String text) {
        assertMentions(text);
    }

    @Test
    void returnsNothingForEmptyText() {
        assertMentions("");
    }

    @Test
    void rejectsInvalidMentionRanges() {
        assertThrows(IllegalArgumentException.class, () -> new TimeMention(-1, 3, "abc"));
        assertThrows(IllegalArgumentException.class, () -> new TimeMention(5, 4, ""));
    }
}
