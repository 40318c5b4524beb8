package dev.dyad.learned;

import dev.dyad.events.RootClassifier;
import dev.dyad.learned.impl.MiniLmEncoder;
import java.util.List;

/**
 * What kind of event a sentence reports: "no event" or a CAMEO root 01-20, from a sentence embedding and a
 * 21-class {@link LinearModel}; the learned fallback for sentences no pattern codes. Thread-safe.
 */
public final class CameoRootClassifier implements RootClassifier {
    public static final String WEIGHTS = "/dyad/learned/cameo-root-minilm.weights";
    public static final int CLASSES = 21;
    private final SentenceEncoder encoder;
    private final LinearModel model;

    public CameoRootClassifier(SentenceEncoder encoder, LinearModel model) {
        if (encoder.dimension() != model.dimension()) {
            throw new IllegalArgumentException("encoder gives " + encoder.dimension() + "-d vectors, model expects "
                    + model.dimension());
        }
        if (model.classes() != CLASSES) {
            throw new IllegalArgumentException("a CAMEO root model has " + CLASSES + " classes, got " + model.classes());
        }
        this.encoder = encoder;
        this.model = model;
    }

    /** MiniLM with the committed weights ({@link #WEIGHTS}). */
    public static CameoRootClassifier builtIn() {
        return new CameoRootClassifier(new MiniLmEncoder(), LinearModel.resource(WEIGHTS));
    }

    @Override
    public double[] distribution(String sentence) {
        return model.probabilities(encoder.encode(sentence));
    }

    @Override
    public String version() {
        List<String> h = model.header();
        return h.isEmpty() ? "unversioned weights" : h.get(0);
    }
}
