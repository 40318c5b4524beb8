package dev.dyad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.events.RootClassifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one pipeline definition: presets, the stage list derived from them, and the fingerprint. */
class PipelineConfigTest {
    private static final String DICTIONARIES = "d".repeat(64);

    @Test
    void presetsDeriveTheirStages() {
        assertEquals(List.of("corenlp", "actors", "quotes", "events", "model-fallback", "dates", "places", "second-opinion"),
                names(PipelineConfig.defaults()));
        assertEquals(List.of("corenlp", "actors", "quotes", "events", "dates", "places"), names(PipelineConfig.rulesOnly()));
        assertEquals(List.of("corenlp", "actors", "quotes", "petrarch-coder", "dates", "places"),
                names(PipelineConfig.petrarch("dir")));
        assertEquals(PipelineConfig.Parsing.EVERY_SENTENCE, PipelineConfig.petrarch("dir").parsing());
    }

    @Test
    void presetsAreFoundByName() {
        assertEquals(PipelineConfig.defaults(), PipelineConfig.preset("default"));
        assertEquals(PipelineConfig.rulesOnly(), PipelineConfig.preset("rules-only"));
        assertEquals(PipelineConfig.petrarch("x/y"), PipelineConfig.preset("petrarch:x/y"));
        assertThrows(IllegalArgumentException.class, () -> PipelineConfig.preset("petrarch:"));
        assertThrows(IllegalArgumentException.class, () -> PipelineConfig.preset("fast"));
    }

    @Test
    void impossibleConfigurationsAreRefused() {
        PipelineConfig d = PipelineConfig.defaults();
        assertThrows(IllegalArgumentException.class, () -> d.withThreads(0));
        assertThrows(IllegalArgumentException.class, () -> new PipelineConfig("x", "dir", PipelineConfig.Coder.PETRARCH,
                true, 0.6, false, 0.05, PipelineConfig.Parsing.EVERY_SENTENCE, PipelineConfig.Quotes.ALL, 1), "PETRARCH with the learned fallback");
        assertThrows(IllegalArgumentException.class, () -> new PipelineConfig("x", null, PipelineConfig.Coder.PETRARCH,
                false, 0.6, false, 0.05, PipelineConfig.Parsing.EVERY_SENTENCE, PipelineConfig.Quotes.ALL, 1), "PETRARCH without dictionaries");
        assertThrows(IllegalArgumentException.class, () -> new PipelineConfig("x", null, PipelineConfig.Coder.DYAD,
                true, 1.5, true, 0.05, PipelineConfig.Parsing.RULE_CANDIDATES, PipelineConfig.Quotes.ALL, 1), "a probability above 1");
    }

    @Test
    void theFingerprintSeparatesConfigurationsThresholdsModelsAndDictionaries() {
        PipelineConfig d = PipelineConfig.defaults();
        String base = PipelineFingerprint.of(d, DICTIONARIES, "weights-a", List.of(Dyad.class));
        assertEquals(base, PipelineFingerprint.of(d, DICTIONARIES, "weights-a", List.of(Dyad.class)), "stable");
        assertEquals(base, PipelineFingerprint.of(d.withThreads(7), DICTIONARIES, "weights-a", List.of(Dyad.class)),
                "the thread count does not change the output");
        assertEquals(base, PipelineFingerprint.of(d.withAllQuotes(), DICTIONARIES, "weights-a", List.of(Dyad.class)),
                "seeking every claim changes no event (EntryPointEquivalenceTest)");
        assertTrue(base.startsWith("dyad " + Dyad.VERSION + "; default; "), base);
        assertNotEquals(base, PipelineFingerprint.of(PipelineConfig.rulesOnly(), DICTIONARIES, null, List.of(Dyad.class)));
        assertNotEquals(base, PipelineFingerprint.of(d, DICTIONARIES, "weights-b", List.of(Dyad.class)), "weights changed");
        assertNotEquals(base, PipelineFingerprint.of(d, "e".repeat(64), "weights-a", List.of(Dyad.class)), "dictionary changed");
        PipelineConfig stricter = new PipelineConfig("default", null, PipelineConfig.Coder.DYAD, true, 0.7, true,
                d.vetoBelow(), d.parsing(), d.quotes(), d.threads());
        assertNotEquals(base, PipelineFingerprint.of(stricter, DICTIONARIES, "weights-a", List.of(Dyad.class)),
                "fallback threshold changed");
        PipelineConfig vetoing = new PipelineConfig("default", null, PipelineConfig.Coder.DYAD, true,
                d.fallbackMinProbability(), true, 0.1, d.parsing(), d.quotes(), d.threads());
        assertNotEquals(base, PipelineFingerprint.of(vetoing, DICTIONARIES, "weights-a", List.of(Dyad.class)),
                "veto threshold changed");
    }

    @Test
    void theFingerprintCoversTheCompiledCode() {
        String core = PipelineFingerprint.codeHash(Dyad.class);
        assertEquals(64, core.length(), core);
        assertNotEquals(core, PipelineFingerprint.codeHash(Test.class), "another code base hashes differently");
    }

    @Test
    void aConfigurationThatNeedsModelsWillNotBuildWithoutThem() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> PipelineFactory.build(PipelineConfig.rulesWithFallback(), (LearnedModels) null));
        assertTrue(e.getMessage().contains("needs the learned models"), e.getMessage());
        RootClassifier none = new RootClassifier() {
            @Override
            public double[] distribution(String sentence) {
                return new double[21];
            }

            @Override
            public String version() {
                return "none";
            }
        };
        assertThrows(IllegalStateException.class, () -> new GivenModels(none, "x").secondOpinion(null, 0.05));
    }

    private static List<String> names(PipelineConfig c) {
        return c.stages().stream().map(PipelineConfig.StageKind::stageName).toList();
    }
}
