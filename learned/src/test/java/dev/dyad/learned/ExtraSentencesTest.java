package dev.dyad.learned;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.eval.HeldOutSplit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtraSentencesTest {
    @Test
    void writtenSentencesCarryTheirRoot(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("w.tsv");
        Files.writeString(f, "# comment\n0\tShares fell.\n19\tTroops shelled the town.\n");
        List<RootTraining.Example> w = ExtraSentences.written(f);
        assertEquals(2, w.size());
        assertEquals(0, w.get(0).label());
        assertEquals(19, w.get(1).label());
        assertEquals("w.tsv:3", w.get(1).origin());
    }

    @Test
    void aRootOutsideTheCodebookNamesFileAndLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("w.tsv");
        Files.writeString(f, "0\tShares fell.\n21\tNo such root.\n");
        var e = assertThrows(IllegalArgumentException.class, () -> ExtraSentences.written(f));
        assertTrue(e.getMessage().contains("w.tsv:2"), e.getMessage());
    }

    @Test
    void silverReferencesAreReadFromTheCorporaAndTheTestPartIsSkipped(@TempDir Path dir) throws Exception {
        Path reuters = dir.resolve("r.jsonl");
        Files.writeString(reuters, "{\"id\": \"r-1\", \"text\": \"Oil rose. Troops shelled the town.\"}\n");
        Path cls = dir.resolve("cameo_class_train.tsv");
        StringBuilder lines = new StringBuilder();
        int tune = -1;
        int test = -1;
        for (int i = 1; i <= 12; i++) {
            lines.append("Sentence ").append(i).append(".\t4\n");
            boolean isTest = HeldOutSplit.test("cameo_class_train.tsv:" + i);
            tune = !isTest && tune < 0 ? i : tune;
            test = isTest && test < 0 ? i : test;
        }
        Files.writeString(cls, lines);
        assertTrue(tune > 0 && test > 0, "the 12 lines hold both parts");
        Path silver = dir.resolve("s.tsv");
        Files.writeString(silver, "reuters\tr-1:0-9\t0\tno event\nreuters\tr-1:10-34\t19\trule\n"
                + "conflibert\tcameo_class_train.tsv:" + tune + "\t19\trule\n"
                + "conflibert\tcameo_class_train.tsv:" + test + "\t19\trule\n");
        List<RootTraining.Example> s = ExtraSentences.silver(silver, reuters, cls);
        assertEquals(3, s.size(), s.toString());
        assertEquals("Oil rose.", s.get(0).text());
        assertEquals("Troops shelled the town.", s.get(1).text());
        assertEquals("Sentence " + tune + ".", s.get(2).text());
    }

    @Test
    void aKeyOutsideItsArticleNamesFileAndLine(@TempDir Path dir) throws Exception {
        Path reuters = dir.resolve("r.jsonl");
        Files.writeString(reuters, "{\"id\": \"r-1\", \"text\": \"Oil rose.\"}\n");
        Path cls = dir.resolve("cameo_class_train.tsv");
        Files.writeString(cls, "x\t0\n");
        Path silver = dir.resolve("s.tsv");
        Files.writeString(silver, "reuters\tr-1:0-90\t0\tno event\n");
        var e = assertThrows(IllegalArgumentException.class, () -> ExtraSentences.silver(silver, reuters, cls));
        assertTrue(e.getMessage().contains("s.tsv:1"), e.getMessage());
    }
}
