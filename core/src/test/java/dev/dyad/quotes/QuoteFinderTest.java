package dev.dyad.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotation marks of every kind, block quotes and bad input, on text alone (issue 15). */
class QuoteFinderTest {
    private static List<String> quotes(String text) {
        return QuoteFinder.find(text).stream().map(q -> text.substring(q[0], q[1])).toList();
    }

    @Test
    void curlyStraightSingleCurlyAndDoubledApostrophes() {
        assertEquals(List.of("We act."), quotes("“We act.” she said."));
        assertEquals(List.of("We act."), quotes("\"We act.\" she said."));
        assertEquals(List.of("Moscow’s line is clear,"), quotes("‘Moscow’s line is clear,’ he said of Russia’s aims."));
        assertEquals(List.of("We have done everything,"), quotes("''We have done everything,'' Gov. Roe said."));
        assertEquals(List.of("Yes,"), quotes("``Yes,'' he said."));
    }

    @Test
    void apostrophesAreNotQuotes() {
        assertEquals(List.of(), quotes("The allies’ plan and Russia’s reply, and the '90s, don't count."));
    }

    @Test
    void nestedQuotesStayInsideTheOuterOne() {
        assertEquals(List.of("They called us ‘hooligans’ but we are citizens."),
                quotes("“They called us ‘hooligans’ but we are citizens.” she said."));
        assertEquals(List.of("He said “no” twice"), quotes("“He said “no” twice” she wrote."));
        assertEquals(List.of("They called us 'hooligans' but"), quotes("\"They called us 'hooligans' but\" he said."));
    }

    @Test
    void blockQuoteOverParagraphsIsOneQuoteOfSeveralParts() {
        String text = "He said: “First paragraph.\n\n“Second paragraph.\n“Third.” Then he left.";
        List<QuoteFinder.Marked> found = QuoteFinder.findMarked(text);
        assertEquals(1, found.size());
        assertEquals(3, found.get(0).parts().size());
        assertTrue(found.get(0).closed());
        assertEquals("Third.", text.substring(found.get(0).parts().get(2)[0], found.get(0).end()));
    }

    @Test
    void aQuoteThatNeverClosesEndsWithItsParagraph() {
        String text = "She said “this never ends\nNext paragraph \"with a real quote\" here.";
        List<QuoteFinder.Marked> found = QuoteFinder.findMarked(text);
        assertEquals(2, found.size());
        assertFalse(found.get(0).closed());
        assertEquals("this never ends", text.substring(found.get(0).start(), found.get(0).end()));
        assertEquals("with a real quote", text.substring(found.get(1).start(), found.get(1).end()));
        assertEquals(List.of("open at the end"), quotes("It says \"open at the end"));
    }

    @Test
    void aFiftyThousandCharacterQuoteIsOneQuote() {
        String inner = "The river runs north. ".repeat(50_000 / 22);
        String text = "“" + inner + "” he said.";
        List<int[]> found = QuoteFinder.find(text);
        assertEquals(1, found.size());
        assertEquals(inner, text.substring(found.get(0)[0], found.get(0)[1]));
    }

    @Test
    void loneMarksGiveNothingAndNoException() {
        for (String text : new String[] {"\"", "“", "”", "''", "‘", "’", "\"\"", "“”", "'' ''", "a\"\nb\"\n\""}) {
            QuoteFinder.findMarked(text); // must not throw
        }
        assertEquals(List.of(), quotes("“”"));
    }
}
