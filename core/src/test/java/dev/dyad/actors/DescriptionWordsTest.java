package dev.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.dict.DictionaryException;
import dev.dyad.dict.DictionaryFiles;
import org.junit.jupiter.api.Test;

/** actors/descriptions.txt: its words, and errors that name file and line. */
class DescriptionWordsTest {
    private static DescriptionWords parse(String text) {
        return DescriptionWords.fromLines(DictionaryFiles.parse("actors/descriptions.txt", text));
    }

    @Test
    void builtInWordsLoad() {
        DescriptionWords w = DescriptionWords.builtIn();
        assertTrue(w.is(DescriptionWords.Kind.FORMER, "Former"));
        assertTrue(w.is(DescriptionWords.Kind.OF_HEAD, "member"));
        assertTrue(w.is(DescriptionWords.Kind.BASED, "based"));
        assertTrue(w.is(DescriptionWords.Kind.REGION, "oblast"));
        assertFalse(w.is(DescriptionWords.Kind.FORMER, "member"));
        assertTrue(w.where(DescriptionWords.Kind.FORMER, "former").startsWith("actors/descriptions.txt:"));
    }

    @Test
    void unknownKindNamesTheLine() {
        DictionaryException e = assertThrows(DictionaryException.class, () -> parse("former | former\nlater | ex\n"));
        assertTrue(e.getMessage().contains("actors/descriptions.txt:2"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown kind 'later'"), e.getMessage());
    }

    @Test
    void duplicateWordNamesBothLines() {
        DictionaryException e = assertThrows(DictionaryException.class, () -> parse("former | ex\n\nformer | ex\n"));
        assertTrue(e.getMessage().contains("actors/descriptions.txt:3"), e.getMessage());
        assertTrue(e.getMessage().contains("actors/descriptions.txt:1"), e.getMessage());
    }

    @Test
    void wordsAreOneLowerCaseWord() {
        assertThrows(DictionaryException.class, () -> parse("of-head | Member\n"));
        assertThrows(DictionaryException.class, () -> parse("of-head | member of\n"));
        assertThrows(DictionaryException.class, () -> parse("of-head\n"));
        assertEquals("actors/descriptions.txt:1", parse("of-head | member\n").where(DescriptionWords.Kind.OF_HEAD, "member"));
    }
}
