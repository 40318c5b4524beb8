package dev.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.dict.DictionaryException;
import dev.dyad.dict.DictionaryFiles;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActorDictionaryTest {
    private static ActorDictionary load(String text) {
        return ActorDictionary.fromLines(DictionaryFiles.parse("test.txt", text));
    }

    private static String error(String text) {
        return assertThrows(DictionaryException.class, () -> load(text)).getMessage();
    }

    @Test
    void builtInDictionariesLoad() {
        ActorDictionary d = ActorDictionary.builtIn();
        assertTrue(d.entries().size() > 1000, "entries: " + d.entries().size());
    }

    @Test
    void wrongFieldCountNamesFileAndLine() {
        assertEquals("test.txt:2: expected 'CODE | kind | phrase', found 2 field(s)",
                error("RUS | name | Russia\nRUS | Russia\n"));
    }

    @Test
    void unknownKindIsReported() {
        assertTrue(error("# c\nRUS | nickname | Rossiya").startsWith("test.txt:2: unknown kind 'nickname'"));
    }

    @Test
    void malformedCodeIsReported() {
        assertTrue(error("RUSS | name | Russia").startsWith("test.txt:1: malformed code 'RUSS'"));
        assertTrue(error("GOVT | noun | minister").startsWith("test.txt:1: malformed code 'GOVT'"));
    }

    @Test
    void duplicateKeyIsReportedWithBothLines() {
        assertEquals("test.txt:3: duplicate entry 'Russia' (name), already defined at test.txt:1",
                error("RUS | name | Russia\nRUS | adj | Russian\nRUS | name | Russia\n"));
    }

    @Test
    void samePhraseWithTwoCodesNeedsAmbiguousMark() {
        assertTrue(error("GEO | name | Georgia\nUSA | capital | Georgia\n")
                .startsWith("test.txt:2: 'Georgia' is coded USA here but GEO at test.txt:1"));
        load("GEO | name | Georgia\nUSA | capital | Georgia | ambiguous\n");
    }

    @Test
    void overlappingRolesOfOnePersonAreReported() {
        String msg = error("RUSGOV | person | Vladimir Putin | 2000-05-07..2008-05-07\n"
                + "RUSGOV | person | Vladimir Putin | 2008-05-07..2012-05-06\n");
        assertEquals("test.txt:2: date range of 'Vladimir Putin' overlaps the one at test.txt:1", msg);
    }

    @Test
    void badDateRangeIsReported() {
        assertTrue(error("USAGOV | person | Joe Biden | 2021-01-20").contains("malformed date range"));
        assertTrue(error("USAGOV | person | Joe Biden | 2021-13-01..").contains("bad date '2021-13-01'"));
        assertTrue(error("USAGOV | person | Joe Biden | 2025-01-01..2021-01-01").contains("ends before it starts"));
    }

    @Test
    void personCodeFollowsTheDateAndBecomesEliteAfterOffice() {
        ActorDictionary d = load("USAGOV | person | Joe Biden | 2009-01-20..2017-01-19\n"
                + "USAGOV | person | Joe Biden | 2021-01-20..2025-01-19\n");
        assertEquals("USAGOV", d.personCode("Joe Biden", LocalDate.of(2021, 12, 22)).code());
        assertEquals("USAELI", d.personCode("Joe Biden", LocalDate.of(2018, 6, 1)).code());
        assertEquals("USAELI", d.personCode("Joe Biden", LocalDate.of(2026, 1, 1)).code());
        assertEquals("USA", d.personCode("Joe Biden", LocalDate.of(2001, 1, 1)).code());
        assertNull(d.personCode("Jane Doe", LocalDate.of(2001, 1, 1)));
    }
}
