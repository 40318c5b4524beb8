package dev.dyad.learned;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.pipeline.LearnedModels;
import dev.dyad.pipeline.PipelineConfig;
import dev.dyad.pipeline.PipelineFactory;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The learned models as the core's pipeline factory finds them, and their share of the fingerprint. */
class MiniLmModelsTest {
    @Test
    void theCoreFindsTheCommittedModelsThroughTheServiceLoader() {
        LearnedModels found = ServiceLoader.load(LearnedModels.class).findFirst().orElseThrow();
        assertTrue(found instanceof MiniLmModels, found.getClass().getName());
        assertEquals(new MiniLmModels().fingerprint(), found.fingerprint(), "the weights alone decide it: stable");
    }

    @Test
    void changedWeightsChangeTheFingerprint() {
        MiniLmModels committed = new MiniLmModels();
        MiniLmModels retrained = new MiniLmModels("/dyad/learned/pentaclass-minilm.weights", "/dyad/learned/retrained-root.weights");
        assertNotEquals(committed.fingerprint(), retrained.fingerprint());
    }

    @Test
    void theDefaultAndRulesOnlyPipelinesHaveDifferentFingerprints() {
        String withModels = PipelineFactory.fingerprint(PipelineConfig.defaults());
        String rulesOnly = PipelineFactory.fingerprint(PipelineConfig.rulesOnly());
        assertNotEquals(withModels, rulesOnly);
        assertTrue(withModels.contains("; default; "), withModels);
        assertTrue(rulesOnly.contains("; rules-only; "), rulesOnly);
    }
}
