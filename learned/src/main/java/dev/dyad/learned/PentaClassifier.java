package dev.dyad.learned;

import dev.dyad.learned.impl.MiniLmEncoder;
import java.util.List;

/**
 * A sentence's PentaClass distribution: sentence embedding + {@link LinearModel}. Thread-safe.
 */
public final class PentaClassifier implements SentenceClassifier {
    private final SentenceEncoder encoder;
    private final LinearModel model;

    public PentaClassifier(SentenceEncoder encoder, LinearModel model) {
        if (encoder.dimension() != model.dimension()) {
            throw new IllegalArgumentException("encoder gives " + encoder.dimension() + "-d vectors, model expects "
                    + model.dimension());
        }
        if (model.classes() != PentaClass.values().length) {
            throw new IllegalArgumentException("a PentaClass model has 5 classes, got " + model.classes());
        }
        this.encoder = encoder;
        this.model = model;
    }

    /** MiniLM with the committed weights. Loads the ONNX model (about a second). */
    public static PentaClassifier builtIn() {
        return new PentaClassifier(new MiniLmEncoder(), LinearModel.builtIn());
    }

    /** Probability per PentaClass, indexed by {@link PentaClass#code()}. */
    @Override
    public double[] distribution(String sentence) {
        return model.probabilities(encoder.encode(sentence));
    }

    /** A short version string for provenance: the weights' first header line. */
    @Override
    public String version() {
        List<String> h = model.header();
        return h.isEmpty() ? "unversioned weights" : h.get(0);
    }

    public LinearModel model() {
        return model;
    }
}
