package dev.dyad.petrarch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.eval.PetrarchSuite;
import dev.dyad.testing.SharedDyad;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * PETRARCH2's 285 unit-test records with its validation dictionaries (issue 9): the exact-match rate
 * must not fall below the measured floor. The full report goes to {@code target/petrarch.md}.
 */
class PetrarchConformanceTest {
    /** Measured 277/284 = 0.975 on the records' own trees, as PETRARCH2 codes them. */
    static final double FLOOR_RECORD_TREES = 0.97;
    /** Measured 249/284 = 0.877 on CoreNLP's parses of the texts, what dyad code does (issue 9 target: 0.75). */
    static final double FLOOR_OWN_PARSE = 0.87;

    @Test
    void unitTestRecordsCodeAtLeastTheFloorOnTheirOwnTrees() throws Exception {
        Path xml = SharedDyad.shared("data/petrarch/PETR.UnitTest.records.xml");
        PetrarchSuite.Suite suite = PetrarchSuite.read(xml);
        PetrarchDictionaries dicts = PetrarchSuite.dictionaries(xml, suite);
        PetrarchSuite.Result r = PetrarchSuite.runPetrarch(suite.records(), dicts, () -> dev.dyad.pipeline.PipelineFactory.build(dicts, xml.getParent()));
        Files.writeString(Path.of("target/petrarch.md"), PetrarchSuite.markdown(xml, r, dicts));
        System.out.printf("PETRARCH exact match: %d/%d = %.3f%n", r.exact(), r.outcomes().size(), r.rate());
        assertTrue(r.rate() >= FLOOR_RECORD_TREES, "exact-match rate " + r.rate() + " below the floor " + FLOOR_RECORD_TREES);
    }

    @Test
    void unitTestRecordsCodeAtLeastTheFloorOnCoreNlpParses() {
        Path xml = SharedDyad.shared("data/petrarch/PETR.UnitTest.records.xml");
        PetrarchSuite.Report r = PetrarchSuite.evaluate(xml, true);
        System.out.printf("PETRARCH exact match on CoreNLP parses: %.3f%n", r.rate());
        assertTrue(r.rate() >= FLOOR_OWN_PARSE, "exact-match rate " + r.rate() + " below the floor " + FLOOR_OWN_PARSE);
    }
}
