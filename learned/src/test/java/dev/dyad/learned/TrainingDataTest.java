package dev.dyad.learned;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.ontology.CameoOntology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingDataTest {
    @Test
    void readsTextTabLabel(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("c.tsv");
        Files.writeString(f, "Troops shelled the town.\t4\n\nThe ministers met in Geneva.\t1\n");
        List<LabelledText> d = TrainingData.classTsv(f);
        assertEquals(2, d.size());
        assertEquals(PentaClass.MATERIAL_CONFLICT, d.get(0).label());
        assertEquals("c.tsv:3", d.get(1).origin());
    }

    @Test
    void aBadLabelNamesFileAndLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("c.tsv");
        Files.writeString(f, "fine\t0\nbroken\t7\n");
        var e = assertThrows(IllegalArgumentException.class, () -> TrainingData.classTsv(f));
        assertTrue(e.getMessage().contains("c.tsv:2"), e.getMessage());
    }

    @Test
    void ploverTypesGoThroughTheirCameoRootToAPentaClass(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("p.json");
        Files.writeString(f, """
                [{"id": "D", "event": "DOCUMENT", "eventText": "header"},
                 {"id": "A", "event": "AGREE", "date": "2000-01-01", "text": "They agreed to talk."},
                 {"id": "B", "event": "DEMAND", "text": "They demanded a ceasefire."},
                 {"id": "C", "event": "FIGHT", "text": "Rebels fought troops."},
                 {"id": "E", "event": "RETREAT", "text": "Troops withdrew."}]""");
        List<LabelledText> d = TrainingData.plover(f, CameoOntology.builtIn());
        assertEquals(List.of("A", "B", "C", "E"), d.stream().map(LabelledText::origin).toList());
        assertEquals(List.of(PentaClass.VERBAL_COOPERATION, PentaClass.VERBAL_CONFLICT, PentaClass.MATERIAL_CONFLICT,
                PentaClass.MATERIAL_COOPERATION), d.stream().map(LabelledText::label).toList());
    }
}
