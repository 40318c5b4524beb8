package dev.dyad.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Property tests for the parser of the user's --date option. */
class DateOptionProperties {
    @Property
    void everyCalendarDateRoundTrips(@ForAll @IntRange(min = 0, max = 200_000) int dayOffset) {
        LocalDate d = LocalDate.of(1900, 1, 1).plusDays(dayOffset);
        assertEquals(d, ArticleReader.parseDate(d.toString()));
    }

    /** Any text is either a date written YYYY-MM-DD (give or take surrounding blanks) or a named one-line error. */
    @Property
    void anyOtherTextFailsWithANamedError(@ForAll String text) {
        LocalDate parsed;
        try {
            parsed = ArticleReader.parseDate(text);
        } catch (InputException e) {
            assertTrue(e.getMessage().startsWith("bad date '" + text + "'"), e.getMessage());
            assertTrue(!e.getMessage().contains("\n") || text.contains("\n"), "one line: " + e.getMessage());
            return;
        }
        // accepted: then it was that date, in the one form the option documents
        assertEquals(parsed.toString(), text.strip(), "accepted '" + text + "' as " + parsed);
    }
}
