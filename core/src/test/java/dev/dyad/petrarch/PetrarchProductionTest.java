package dev.dyad.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dyad.model.Article;
import dev.dyad.model.Event;
import dev.dyad.petrarch.coder.DefectReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PETRARCH2's production dictionaries (../shared/data/phoenix: CAMEO.2.0.txt, three actor files, agents, discards,
 * issues) load, with each line dyad cannot read as PETRARCH2 does in the report, and code the seed (issue 19).
 * Skipped when ../shared is missing.
 */
class PetrarchProductionTest {
    private static final Path SHARED = Path.of(System.getProperty("dyad.shared", "../../shared"));
    private static final Path PHOENIX = SHARED.resolve("data/phoenix");

    @Test
    void productionDictionariesLoadWithEveryDefectReportedAndCodeTheSeed() throws Exception {
        assumeTrue(Files.isDirectory(PHOENIX), "no " + PHOENIX);
        PetrarchDictionaries d = PetrarchDictionaries.loadDirectory(PHOENIX);
        assertEquals(3, d.files().actors().size(), "country, international and non-state actors");
        List<String> report = d.report().defects().stream().map(Object::toString).toList();
        // the lines that used to stop the load
        assertTrue(report.contains("Phoenix.Countries.actors.txt:2039: skipped: date restriction skipped: 7-digit date, "
                + "not YYMMDD or YYYYMMDD ('[ARMUNR 9008223-911221]')"), String.join("\n", report));
        assertTrue(report.stream().anyMatch(l -> l.startsWith("CAMEO.2.0.txt:803: approximated: PETRARCH2 phrase syntax")));
        assertTrue(report.stream().anyMatch(l -> l.startsWith("Phoenix.IssueCoding.txt:1: skipped: issues dictionary not read")));
        assertTrue(d.report().count(DefectReport.Kind.SKIPPED) < 50, d.report().byReason().toString());
        int[] sizes = d.lexicon().sizes();
        assertTrue(sizes[0] > 30_000 && sizes[1] > 5_000 && sizes[2] > 7_000, java.util.Arrays.toString(sizes));

        Path seed = SHARED.resolve("examples/seed-2021-12-22-russia-us-talks.txt");
        List<Event> events = dev.dyad.pipeline.PipelineFactory.build(d, PHOENIX).code(new Article("seed", Files.readString(seed), LocalDate.of(2021, 12, 22)))
                .events();
        assertFalse(events.isEmpty());
        assertTrue(events.stream().allMatch(e -> e.rule().startsWith("CAMEO.2.0.txt:")), events.toString());
        // "Moscow submitted draft agreements to the U.S. and NATO"
        assertTrue(events.stream().anyMatch(e -> e.source().code().equals("RUS") && e.target().code().equals("IGOWSTNAT")
                && e.cameo().equals("080")), events.toString());
    }
}
