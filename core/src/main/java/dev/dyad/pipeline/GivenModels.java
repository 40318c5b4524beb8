package dev.dyad.pipeline;

import dev.dyad.events.RootClassifier;
import dev.dyad.ontology.CameoOntology;
import dev.dyad.stage.Stage;

/**
 * Learned models made of given parts, for configurations whose models are not the committed ones: a
 * cross-validated evaluation hands in a root classifier that answers with the held-out fold's model, and tests hand
 * in classifiers with fixed answers. No second opinion: a configuration asking for one fails to build.
 */
public record GivenModels(RootClassifier rootClassifier, String fingerprint) implements LearnedModels {
    @Override
    public Stage secondOpinion(CameoOntology ontology, double vetoBelow) {
        throw new IllegalStateException("no second-opinion model was given (" + fingerprint + ")");
    }
}
