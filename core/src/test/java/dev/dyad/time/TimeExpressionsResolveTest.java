package dev.dyad.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeExpressionsResolveTest {

    private static ResolvedDate resolve(String text, String published, boolean future) {
        TimeMention mention = new TimeMention(0, text.length(), text);
        Optional<ResolvedDate> resolved = TimeExpressions.resolve(mention, LocalDate.parse(published), future);
        assertTrue(resolved.isPresent(), () -> "no value for '" + text + "' published " + published);
        return resolved.get();
    }

    @ParameterizedTest(name = "''{0}'' published {1}, future={2} -> {3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # deictic days
            today                          | 2021-12-22 | false | 2021-12-22 | DAY     | RELATIVE
            tonight                        | 2021-12-22 | true  | 2021-12-22 | DAY     | RELATIVE
            this morning                   | 2021-12-22 | false | 2021-12-22 | DAY     | RELATIVE
            yesterday                      | 2022-01-01 | false | 2021-12-31 | DAY     | RELATIVE
            yesterday evening              | 2024-03-01 | false | 2024-02-29 | DAY     | RELATIVE
            last night                     | 2021-03-01 | false | 2021-02-28 | DAY     | RELATIVE
            tomorrow                       | 2021-12-31 | true  | 2022-01-01 | DAY     | RELATIVE
            the day before yesterday       | 2024-03-01 | false | 2024-02-28 | DAY     | RELATIVE
            the day after tomorrow         | 2021-12-30 | true  | 2022-01-01 | DAY     | RELATIVE
            # weekdays; 2021-12-22 is a Wednesday, 2022-01-01 a Saturday, 2021-12-31 a Friday
            on Wednesday                   | 2021-12-22 | false | 2021-12-22 | DAY     | RELATIVE
            on Wednesday                   | 2021-12-22 | true  | 2021-12-22 | DAY     | RELATIVE
            on Friday                      | 2022-01-01 | false | 2021-12-31 | DAY     | RELATIVE
            on Friday                      | 2022-01-01 | true  | 2022-01-07 | DAY     | RELATIVE
            next Monday                    | 2021-12-31 | true  | 2022-01-03 | DAY     | RELATIVE
            next Monday                    | 2021-12-31 | false | 2022-01-03 | DAY     | RELATIVE
            last Monday                    | 2022-01-03 | false | 2021-12-27 | DAY     | RELATIVE
            Monday                         | 2022-03-02 | false | 2022-02-28 | DAY     | RELATIVE
            next Friday                    | 2022-02-25 | true  | 2022-03-04 | DAY     | RELATIVE
            this Sunday                    | 2024-02-27 | true  | 2024-03-03 | DAY     | RELATIVE
            last Thursday                  | 2024-03-01 | false | 2024-02-29 | DAY     | RELATIVE
            this past Saturday             | 2021-01-02 | false | 2020-12-26 | DAY     | RELATIVE
            early on Tuesday morning       | 2020-12-31 | false | 2020-12-29 | DAY     | RELATIVE
            Sunday                         | 2021-01-01 | true  | 2021-01-03 | DAY     | RELATIVE
            last Sunday                    | 2021-01-03 | false | 2020-12-27 | DAY     | RELATIVE
            # ISO weeks; 2020 and 2026 have 53 weeks
            last week                      | 2021-12-22 | false | 2021-W50   | WEEK    | RELATIVE
            last week                      | 2021-01-03 | false | 2020-W52   | WEEK    | RELATIVE
            last week                      | 2021-01-04 | false | 2020-W53   | WEEK    | RELATIVE
            this week                      | 2021-01-03 | false | 2020-W53   | WEEK    | RELATIVE
            next week                      | 2020-12-24 | true  | 2020-W53   | WEEK    | RELATIVE
            earlier this week              | 2026-12-31 | false | 2026-W53   | WEEK    | RELATIVE
            next week                      | 2026-12-28 | true  | 2027-W01   | WEEK    | RELATIVE
            later this week                | 2025-12-29 | true  | 2026-W01   | WEEK    | RELATIVE
            last week                      | 2026-01-05 | false | 2026-W01   | WEEK    | RELATIVE
            # months and years relative to publication
            this month                     | 2022-01-15 | false | 2022-01    | MONTH   | RELATIVE
            last month                     | 2022-01-15 | false | 2021-12    | MONTH   | RELATIVE
            next month                     | 2021-12-31 | true  | 2022-01    | MONTH   | RELATIVE
            earlier this month             | 2024-02-29 | false | 2024-02    | MONTH   | RELATIVE
            this year                      | 2021-12-22 | false | 2021       | YEAR    | RELATIVE
            last year                      | 2022-01-01 | false | 2021       | YEAR    | RELATIVE
            next year                      | 2021-12-22 | true  | 2022       | YEAR    | RELATIVE
            later this year                | 2022-03-10 | true  | 2022       | YEAR    | RELATIVE
            earlier this year              | 2022-03-10 | false | 2022       | YEAR    | RELATIVE
            # edges of periods
            at the start of next year      | 2021-12-22 | true  | 2022-01    | MONTH   | RELATIVE
            at the very start of next year | 2021-12-22 | true  | 2022-01    | MONTH   | RELATIVE
            at the beginning of next year  | 2021-06-30 | true  | 2022-01    | MONTH   | RELATIVE
            early next year                | 2021-12-22 | true  | 2022-01    | MONTH   | RELATIVE
            at the end of next year        | 2021-06-01 | true  | 2022-12    | MONTH   | RELATIVE
            late next year                 | 2021-06-01 | true  | 2022-12    | MONTH   | RELATIVE
            by the end of the year         | 2022-05-10 | true  | 2022-12    | MONTH   | RELATIVE
            at the end of 2021             | 2022-03-01 | false | 2021-12    | MONTH   | EXPLICIT
            early 2022                     | 2021-10-01 | true  | 2022-01    | MONTH   | EXPLICIT
            in the first half of next year | 2021-12-22 | true  | 2022       | YEAR    | RELATIVE
            the end of the month           | 2024-02-10 | true  | 2024-02    | MONTH   | RELATIVE
            # quarters
            next quarter                   | 2021-12-22 | true  | 2022-Q1    | QUARTER | RELATIVE
            last quarter                   | 2022-01-10 | false | 2021-Q4    | QUARTER | RELATIVE
            in the first quarter           | 2021-12-22 | true  | 2022-Q1    | QUARTER | RELATIVE
            in the first quarter           | 2021-12-22 | false | 2021-Q1    | QUARTER | RELATIVE
            the fourth quarter of 2021     | 2022-02-01 | false | 2021-Q4    | QUARTER | EXPLICIT
            the first quarter of next year | 2021-06-01 | true  | 2022-Q1    | QUARTER | RELATIVE
            Q1 2022                        | 2021-06-01 | true  | 2022-Q1    | QUARTER | EXPLICIT
            # month names
            in March                       | 2022-03-15 | false | 2022-03    | MONTH   | RELATIVE
            in March                       | 2022-02-15 | false | 2021-03    | MONTH   | RELATIVE
            in March                       | 2022-04-15 | true  | 2023-03    | MONTH   | RELATIVE
            in March                       | 2022-03-15 | true  | 2022-03    | MONTH   | RELATIVE
            March 2022                     | 2023-01-01 | false | 2022-03    | MONTH   | EXPLICIT
            in Sept.                       | 2022-01-10 | false | 2021-09    | MONTH   | RELATIVE
            early May                      | 2022-01-10 | true  | 2022-05    | MONTH   | RELATIVE
            mid-March                      | 2022-04-01 | false | 2022-03    | MONTH   | RELATIVE
            last December                  | 2022-01-10 | false | 2021-12    | MONTH   | RELATIVE
            # explicit dates, with and without the year
            December 21                    | 2022-01-05 | false | 2021-12-21 | DAY     | RELATIVE
            Dec. 21                        | 2021-12-22 | false | 2021-12-21 | DAY     | RELATIVE
            21 December                    | 2021-12-22 | false | 2021-12-21 | DAY     | RELATIVE
            'December 21, 2021'            | 2023-01-01 | false | 2021-12-21 | DAY     | EXPLICIT
            21 December 2021               | 2023-01-01 | true  | 2021-12-21 | DAY     | EXPLICIT
            2021-12-21                     | 2022-06-01 | false | 2021-12-21 | DAY     | EXPLICIT
            on Dec 21st                    | 2021-12-22 | false | 2021-12-21 | DAY     | RELATIVE
            January 10                     | 2021-12-22 | true  | 2022-01-10 | DAY     | RELATIVE
            December 23                    | 2021-12-22 | false | 2021-12-23 | DAY     | RELATIVE
            February 29                    | 2023-03-01 | false | 2020-02-29 | DAY     | RELATIVE
            February 29                    | 2023-03-01 | true  | 2024-02-29 | DAY     | RELATIVE
            in 2020                        | 2022-01-01 | false | 2020       | YEAR    | EXPLICIT
            in 2022                        | 2021-06-01 | true  | 2022       | YEAR    | EXPLICIT
            # counted offsets back from publication
            three days ago                 | 2022-01-02 | false | 2021-12-30 | DAY     | RELATIVE
            a day ago                      | 2024-03-01 | false | 2024-02-29 | DAY     | RELATIVE
            a week ago                     | 2021-01-10 | false | 2020-W53   | WEEK    | RELATIVE
            several weeks ago              | 2022-01-10 | false | 2021-W51   | WEEK    | RELATIVE
            a few days ago                 | 2022-01-02 | false | 2021-12-30 | DAY     | RELATIVE
            two weeks ago                  | 2021-01-12 | false | 2020-W53   | WEEK    | RELATIVE
            a couple of months ago         | 2022-01-15 | false | 2021-11    | MONTH   | RELATIVE
            five years ago                 | 2022-01-15 | false | 2017       | YEAR    | RELATIVE
            # "X comes a day after Y said ...": the clause after "after" is dated before publication
            a day after                    | 2024-03-01 | false | 2024-02-29 | DAY     | RELATIVE
            two weeks after                | 2022-01-05 | false | 2021-W51   | WEEK    | RELATIVE
            several weeks after            | 2022-01-05 | false | 2021-W50   | WEEK    | RELATIVE
            a week after                   | 2021-01-04 | false | 2020-W53   | WEEK    | RELATIVE
            a day before                   | 2021-12-31 | true  | 2022-01-01 | DAY     | RELATIVE
            # counted offsets forward
            in two weeks                   | 2021-12-22 | true  | 2022-W01   | WEEK    | RELATIVE
            in three days                  | 2024-02-27 | true  | 2024-03-01 | DAY     | RELATIVE
            """)
    void resolvesAgainstPublicationDate(String text, String published, boolean future, String value,
                                        Granularity granularity, DateBasis basis) {
        ResolvedDate resolved = resolve(text, published, future);
        assertEquals(value, resolved.value(), "value");
        assertEquals(granularity, resolved.granularity(), "granularity");
        assertEquals(basis, resolved.basis(), "basis");
        assertEquals(text, resolved.text(), "text");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "for three weeks", "within a week", "over the past year", "in the coming weeks", "since 2014",
        "since last week", "in the 2020s", "February 30", "2021-02-30", "Turkey's president", "in two weeks"})
    void leavesDurationsRangesAndImpossibleDatesUnresolved(String text) {
        TimeMention mention = new TimeMention(0, text.length(), text);
        // "in two weeks" is only a point in time for planned events; here the context is a reported one.
        assertEquals(Optional.empty(), TimeExpressions.resolve(mention, LocalDate.parse("2021-12-22"), false));
    }

    @Test
    void resolvesMentionsAsFoundInASentence() {
        String sentence = "Russia's top diplomat announced on Wednesday that talks would resume next week.";
        LocalDate published = LocalDate.parse("2021-12-22");
        var mentions = TimeExpressions.find(sentence);
        assertEquals(2, mentions.size());
        assertEquals("2021-12-22", TimeExpressions.resolve(mentions.get(0), published, false).orElseThrow().value());
        assertEquals("2021-W52", TimeExpressions.resolve(mentions.get(1), published, true).orElseThrow().value());
    }

    @Test
    void toleratesIrregularWhitespaceAndCase() {
        ResolvedDate resolved = resolve("  LAST\n week ", "2021-12-22", false);
        assertEquals("2021-W50", resolved.value());
        assertEquals("  LAST\n week ", resolved.text());
    }
}
