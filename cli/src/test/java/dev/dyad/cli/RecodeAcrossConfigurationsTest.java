package dev.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.pipeline.PipelineConfig;
import dev.dyad.pipeline.PipelineFactory;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16: the fingerprint tells {@code recode} which stored articles another configuration coded. */
class RecodeAcrossConfigurationsTest {
    @TempDir
    Path dir;

    @Test
    void recodeRecodesWhatTheOtherConfigurationWroteAndNothingTwice() {
        String db = dir.resolve("r.duckdb").toString();
        String seed = StoreCommandsTest.SEED.toString();
        StoreCommandsTest.Result in = StoreCommandsTest.run("ingest", seed, "--date", "2021-12-22", "--db", db, "--no-model");
        assertEquals(0, in.code(), in.err());
        assertStoredWith(db, PipelineFactory.fingerprint(PipelineConfig.rulesOnly()));

        StoreCommandsTest.Result first = StoreCommandsTest.run("recode", "--db", db);
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains(" 1 articles coded"), first.out());
        assertStoredWith(db, PipelineFactory.fingerprint(PipelineConfig.defaults()));

        StoreCommandsTest.Result again = StoreCommandsTest.run("recode", "--db", db);
        assertTrue(again.out().contains(" 0 articles coded"), again.out());

        StoreCommandsTest.Result back = StoreCommandsTest.run("recode", "--db", db, "--no-model");
        assertTrue(back.out().contains(" 1 articles coded"), back.out());
        assertStoredWith(db, PipelineFactory.fingerprint(PipelineConfig.rulesOnly()));
    }

    @Test
    void noModelAndPetrarchDictionariesExcludeEachOther() {
        StoreCommandsTest.Result r = StoreCommandsTest.run("code", "--no-model", "--dictionaries", "petrarch:" + dir,
                StoreCommandsTest.SEED.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("mutually exclusive"), r.err());
    }

    @Test
    void threadsMustBePositive() {
        StoreCommandsTest.Result r = StoreCommandsTest.run("code", "--threads", "0", StoreCommandsTest.SEED.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("must be 1 or more"), r.err());
    }

    private static void assertStoredWith(String db, String fingerprint) {
        StoreCommandsTest.Result q = StoreCommandsTest.run("query", "--db", db, "--sql",
                "SELECT DISTINCT dyad_version FROM articles", "--format", "jsonl");
        assertEquals(0, q.code(), q.err());
        assertTrue(q.out().contains(fingerprint), q.out() + " lacks " + fingerprint);
    }
}
