package dev.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --dictionaries petrarch:DIR} at the command line (issues 18 and 19): the defect report and one-line errors. */
class PetrarchDictionariesCliTest {
    @TempDir
    Path dir;

    @Test
    void validatePrintsEachApproximatedOrSkippedLineThenASummary() throws Exception {
        Files.writeString(dir.resolve("CAMEO.test.txt"), """
                --- PRAISE [051] ---
                PRAISE
                - * (FOR {GOOD WORK}) [052]
                ~ a (a b ATTACK) SAY = a b 015
                """);
        Files.writeString(dir.resolve("A.Countries.actors.txt"), "VALORIA_ [VAL]\n");
        Files.writeString(dir.resolve("B.International.actors.txt"), "UNITED_NATIONS_ [IGOUNO]\n\t[IGO 9008223-911221]\n");
        StoreCommandsTest.Result r = StoreCommandsTest.run("validate", "--dictionaries", "petrarch:" + dir);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("CAMEO.test.txt:3: approximated: PETRARCH2 phrase syntax"), r.out());
        assertTrue(r.out().contains("CAMEO.test.txt:4: skipped: verb transformation (~)"), r.out());
        assertTrue(r.out().contains("B.International.actors.txt:2: skipped: date restriction skipped: 7-digit date"), r.out());
        assertTrue(r.out().contains("ok: 2 actor phrases, 0 agent phrases"), "both actor files are read: " + r.out());
        assertTrue(r.out().contains("1 dictionary lines approximated, 2 skipped"), r.out());
    }

    @Test
    void aBadDictionariesValueIsOneLineWithoutUsage() {
        StoreCommandsTest.Result r = StoreCommandsTest.run("validate", "--dictionaries", "petrarch:" + dir.resolve("nope"));
        assertEquals(2, r.code());
        assertEquals("dyad: --dictionaries: " + dir.resolve("nope") + ": no such directory", r.err().strip());
        r = StoreCommandsTest.run("code", "--dictionaries", "phoenix", "x.txt");
        assertEquals(2, r.code());
        assertEquals("dyad: --dictionaries: expected petrarch:<dir>, found 'phoenix'", r.err().strip());
        assertFalse(r.err().contains("Usage"), r.err());
    }

    @Test
    void aDirectoryWithoutAVerbDictionaryIsADictionaryError() throws Exception {
        Files.writeString(dir.resolve("x.actors.txt"), "VALORIA_ [VAL]\n");
        StoreCommandsTest.Result r = StoreCommandsTest.run("validate", "--dictionaries", "petrarch:" + dir);
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().contains("no PETRARCH verb dictionary"), r.err());
    }
}
