package dev.dyad.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.dict.DictionaryException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files of a PETRARCH directory are read: by PETR_config.ini, else by name (issue 19). */
class PetrarchDirectoryTest {
    @TempDir
    Path dir;

    @Test
    void byNameEveryActorFileAndTheCameoVerbFile() throws Exception {
        for (String f : List.of("CAMEO.2.0.txt", "B.International.actors.txt", "A.Countries.actors.txt", "x.agents.txt",
                "x.discards.txt", "x.IssueCoding.txt", "notes.txt")) {
            Files.writeString(dir.resolve(f), "");
        }
        PetrarchDirectory d = PetrarchDirectory.find(dir);
        assertEquals(dir.resolve("CAMEO.2.0.txt"), d.verbs());
        assertEquals(List.of(dir.resolve("A.Countries.actors.txt"), dir.resolve("B.International.actors.txt")), d.actors());
        assertEquals(List.of(dir.resolve("x.IssueCoding.txt")), d.unused());
        Files.writeString(dir.resolve("old.verbs.txt"), "");
        DictionaryException e = assertThrows(DictionaryException.class, () -> PetrarchDirectory.find(dir));
        assertTrue(e.getMessage().contains("more than one verb dictionary"), e.getMessage());
    }

    @Test
    void petrConfigNamesTheFiles() throws Exception {
        for (String f : List.of("v1.txt", "c.txt", "i.txt", "g.txt", "other.verbs.txt")) {
            Files.writeString(dir.resolve(f), "");
        }
        Files.writeString(dir.resolve("PETR_config.ini"), """
                [Dictionaries]
                # PETRARCH2's own keys
                verbfile_name    = v1.txt
                actorfile_list   = c.txt, i.txt
                agentfile_name   = g.txt
                [Options]
                new_actor_length = 0
                """);
        PetrarchDirectory d = PetrarchDirectory.find(dir);
        assertEquals(dir.resolve("v1.txt"), d.verbs());
        assertEquals(List.of(dir.resolve("c.txt"), dir.resolve("i.txt")), d.actors());
        assertEquals(List.of(dir.resolve("g.txt")), d.agents());
        Files.writeString(dir.resolve("PETR_config.ini"), "verbfile_name = nope.txt\n");
        DictionaryException e = assertThrows(DictionaryException.class, () -> PetrarchDirectory.find(dir));
        assertTrue(e.getMessage().contains("PETR_config.ini:1:") && e.getMessage().contains("nope.txt"), e.getMessage());
    }
}
