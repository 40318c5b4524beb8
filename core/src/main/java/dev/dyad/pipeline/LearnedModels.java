package dev.dyad.pipeline;

import dev.dyad.events.RootClassifier;
import dev.dyad.ontology.CameoOntology;
import dev.dyad.stage.Stage;

/**
 * The learned models, as the core sees them. They live in module {@code dyad-learned} (MiniLM embeddings and
 * Tribuo-trained weights), which the core does not depend on; {@link PipelineFactory} finds the implementation with
 * {@link java.util.ServiceLoader} when a configuration {@linkplain PipelineConfig#needsModels() needs models}, or is
 * given one explicitly (cross-validation hands in models trained without the fold it scores).
 */
public interface LearnedModels {
    /**
     * A hash of every model's weights, the encoder's name and version, and the learned stages' own constants, computed
     * without loading any model: changing a weights file changes the pipeline fingerprint.
     */
    String fingerprint();

    /** The CAMEO-root classifier behind the learned fallback (loads the encoder on first use). */
    RootClassifier rootClassifier();

    /** The PentaClass second opinion as a stage, vetoing asserted violent events below {@code vetoBelow}. */
    Stage secondOpinion(CameoOntology ontology, double vetoBelow);
}
