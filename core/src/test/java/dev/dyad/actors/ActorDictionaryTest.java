package dev.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.dict.DictionaryException;
import dev.dyad.dict.DictionaryFiles;
import java.time.LocalDate;
import java.util.List;
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
        assertTrue(d.entries().stream().anyMatch(ActorEntry::layer), "the Phoenix layer is loaded by default");
    }

    @Test
    void fastTokenizationOfLetterOnlyPhrasesAgreesWithTheArticleTokenizer() {
        for (ActorEntry e : ActorDictionary.builtIn().entries()) {
            if (!e.kind().isSector()) {
                // a final abbreviation ("Whipps Jr.") is tokenized as inside a sentence, where names are matched
                List<String> inSentence = PhraseTokenizer.ptbTokens(e.phrase() + " x");
                List<String> expected = e.phrase().endsWith(".") ? inSentence.subList(0, inSentence.size() - 1)
                        : PhraseTokenizer.ptbTokens(e.phrase());
                assertEquals(expected, e.tokens(), e.where());
            }
        }
        assertEquals(List.of("can", "not"), PhraseTokenizer.tokens("cannot"));
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

    // ---- the Phoenix layer (issue 14) ----

    private static ActorDictionary layered(String own, String layer) {
        return ActorDictionary.fromLayers(DictionaryFiles.parse("own.txt", own), DictionaryFiles.parse("layer.txt", layer));
    }

    @Test
    void dyadsOwnEntryWinsOverTheLayerSilently() {
        ActorDictionary d = layered("PSE | name | Hamas\n", "PSEREB | name | Hamas  # Phoenix.MilNonState.actors.txt:7\n"
                + "PSEREB | name | Hamas Political Bureau  # Phoenix.MilNonState.actors.txt:8\n");
        assertTrue(d.layerStartingWith("Hamas").stream().noneMatch(e -> e.tokens().size() == 1));
        assertEquals("layer.txt:2 (Phoenix.MilNonState.actors.txt:8)", d.layerStartingWith("HAMAS").get(0).where());
        ActorDictionary p = layered("RUSGOV | person | Vladimir Putin | 2012-05-07..\n",
                "RUSELI | person | President Vladimir Putin | 2008-05-08..2012-05-06  # Phoenix.C:1\n");
        assertTrue(p.layerStartingWith("President").isEmpty(), "dyad's own roles of the person decide");
    }

    @Test
    void malformedOrDuplicateLayerLinesStopLoadingWithFileAndLine() {
        assertTrue(assertThrows(DictionaryException.class, () -> layered("", "# c\nRUSS | name | Rossiya  # Phoenix.x:1\n"))
                .getMessage().startsWith("layer.txt:2: malformed code 'RUSS'"));
        assertTrue(assertThrows(DictionaryException.class, () -> layered("",
                "RUS | name | Rossiya  # Phoenix.x:1\nRUS | name | Rossiya  # Phoenix.x:2\n")).getMessage()
                .startsWith("layer.txt:2: duplicate entry 'Rossiya'"));
        assertEquals("layer.txt:1: a layer line must name its source in a comment ('# Phoenix.<file>:<line>')",
                assertThrows(DictionaryException.class, () -> layered("", "RUS | name | Rossiya\n")).getMessage());
    }

    @Test
    void layerPhrasesMatchIgnoringCaseOnlyOnCapitalizedWords() {
        ActorDictionary d = layered("", "SYRGOV | person | Bashar al-Assad | 2000-07-17..  # Phoenix.C:1\n");
        assertEquals(1, d.layerStartingWith("BASHAR").size());
        assertTrue(d.layerStartingWith("bashar").isEmpty());
        assertTrue(ActorDictionary.layerMatches("al-Assad", "Al-Assad"));
        assertTrue(ActorDictionary.layerMatches("of", "OF"));
        assertFalse(ActorDictionary.layerMatches("Assembly", "assembly"));
        assertEquals("SYRGOV", d.personCode(d.layerStartingWith("Bashar").get(0), LocalDate.of(2020, 1, 1)).code());
        assertTrue(d.personsWithSurname("al-Assad").isEmpty(), "a layer surname alone is not looked up");
    }
}
