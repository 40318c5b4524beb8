package dev.dyad.learned;

import dev.dyad.learned.encoder.SentenceEncoder;
import java.util.List;

/**
 * A sentence embedding followed by a {@link LinearModel}: what {@link PentaClassifier} and
 * {@link CameoRootClassifier} both are, with the checks that the two fit. Immutable and thread-safe.
 */
final class EmbeddedLinearModel {
    private final SentenceEncoder encoder;
    private final LinearModel model;

    EmbeddedLinearModel(SentenceEncoder encoder, LinearModel model, int classes, String kind) {
        if (encoder.dimension() != model.dimension()) {
            throw new IllegalArgumentException("encoder gives " + encoder.dimension() + "-d vectors, model expects "
                    + model.dimension());
        }
        if (model.classes() != classes) {
            throw new IllegalArgumentException("a " + kind + " model has " + classes + " classes, got " + model.classes());
        }
        this.encoder = encoder;
        this.model = model;
    }

    double[] distribution(String sentence) {
        return model.probabilities(encoder.encode(sentence));
    }

    java.util.List<double[]> distributions(List<String> sentences) {
        return encoder.encodeAll(sentences).stream().map(model::probabilities).toList();
    }

    /** A short version string for provenance: the weights' first header line. */
    String version() {
        List<String> h = model.header();
        return h.isEmpty() ? "unversioned weights" : h.get(0);
    }

    LinearModel model() {
        return model;
    }
}
