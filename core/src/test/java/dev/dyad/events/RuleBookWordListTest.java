package dev.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.dict.DictionaryException;
import dev.dyad.dict.DictionaryFiles;
import dev.dyad.ontology.CameoOntology;
import dev.dyad.ontology.PloverTypes;
import org.junit.jupiter.api.Test;

/** The word lists that moved from the coder's Java into events/rules.txt (issue 18): read, checked, complete. */
class RuleBookWordListTest {
    private static final CameoOntology CAMEO = CameoOntology.builtIn();

    private static RuleBook rules(String text) {
        return RuleBook.fromLines(DictionaryFiles.parse("events/rules.txt", text), CAMEO);
    }

    @Test
    void aWordListLineAddsItsWord() {
        RuleBook r = rules("military-platform | warplane |\nmeans | bomb |\n");
        assertTrue(r.in(RuleBook.WordList.MILITARY_PLATFORM, "warplane"));
        assertFalse(r.in(RuleBook.WordList.MILITARY_PLATFORM, "bomb"));
        assertTrue(r.in(RuleBook.WordList.MEANS, "bomb"));
    }

    @Test
    void aValueOnAWordListLineIsAnErrorNamingFileAndLine() {
        DictionaryException e = assertThrows(DictionaryException.class, () -> rules("\nmeans | bomb | 190\n"));
        assertTrue(e.getMessage().contains("events/rules.txt:2"), e.getMessage());
        assertTrue(e.getMessage().contains("no value"), e.getMessage());
    }

    @Test
    void aWordTwiceInOneListIsAnError() {
        DictionaryException e = assertThrows(DictionaryException.class, () -> rules("reciprocal | clash |\nreciprocal | clash |\n"));
        assertTrue(e.getMessage().contains("events/rules.txt:2"), e.getMessage());
    }

    @Test
    void anUnknownKindNamesTheWordLists() {
        DictionaryException e = assertThrows(DictionaryException.class, () -> rules("platform | jet |\n"));
        assertTrue(e.getMessage().contains("military-platform"), e.getMessage());
    }

    @Test
    void theBuiltInRulesFillEveryWordList() {
        RuleBook r = RuleBook.builtIn(CAMEO);
        for (RuleBook.WordList l : RuleBook.WordList.values()) {
            assertFalse(r.words(l).isEmpty(), l.kind() + " has no words in events/rules.txt");
        }
        assertTrue(r.in(RuleBook.WordList.CONTENT_RELATION, "xcomp"));
        assertTrue(r.in(RuleBook.WordList.POPULAR_SECTOR, "OPP"));
    }

    @Test
    void ploverTypesAreReadFromTheCameoDirectory() {
        PloverTypes t = PloverTypes.builtIn();
        assertEquals(java.util.List.of("19", "20"), java.util.List.copyOf(t.roots("FIGHT")));
        assertEquals("ASSAULT", t.type2021("FIGHT"));
        assertEquals(4, t.kind("FIGHT").quadClass());
        assertEquals(3, t.kind("ACCUSE").quadClass());
        assertEquals(null, t.roots("ACCUSE"));
        assertEquals(2, t.kind("UNKNOWN").quadClass());
        DictionaryException e = assertThrows(DictionaryException.class,
                () -> PloverTypes.fromLines(DictionaryFiles.parse("cameo/plover-types.txt", "FIGHT | 21 | | verbal\n")));
        assertTrue(e.getMessage().contains("cameo/plover-types.txt:1"), e.getMessage());
    }
}
