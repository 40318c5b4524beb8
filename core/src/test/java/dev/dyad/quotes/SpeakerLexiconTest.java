package dev.dyad.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.dict.DictionaryException;
import dev.dyad.dict.DictionaryFiles;
import dev.dyad.quotes.SpeakerLexicon.Gender;
import org.junit.jupiter.api.Test;

class SpeakerLexiconTest {
    private static String error(String text) {
        return assertThrows(DictionaryException.class,
                () -> SpeakerLexicon.fromLines(DictionaryFiles.parse("speakers.txt", text))).getMessage();
    }

    @Test
    void builtInLoads() {
        SpeakerLexicon l = SpeakerLexicon.builtIn();
        assertEquals(Gender.FEMALE, l.gender("Margaret"));
        assertEquals(Gender.MALE, l.gender("Mr."));
        assertEquals(Gender.UNKNOWN, l.gender("Okafor"));
        assertEquals("governor", l.title("Gov."));
        assertTrue(l.isProxy("office"));
        assertTrue(l.refersBack("group"));
    }

    @Test
    void errorsNameFileAndLine() {
        assertTrue(error("female | Ann\nmale | Ann\n").contains("speakers.txt:2"));
        assertTrue(error("female | Ann\nmale | Ann\n").contains("both female and male"));
        assertTrue(error("proxy | office\nproxy | office\n").contains("duplicate"));
        assertTrue(error("# c\nnickname | Bob\n").contains("speakers.txt:2: unknown kind 'nickname'"));
        assertTrue(error("title | Gov.\n").contains("speakers.txt:1"));
    }
}
