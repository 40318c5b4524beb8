package dev.dyad.learned;

import dev.dyad.events.RootClassifier;
import dev.dyad.learned.encoder.SentenceEncoder;

/**
 * What kind of event a sentence reports: "no event" or a CAMEO root 01-20, from a sentence embedding and a
 * 21-class {@link LinearModel}; the learned fallback for sentences no pattern codes. Thread-safe.
 */
public final class CameoRootClassifier implements RootClassifier {
    public static final String WEIGHTS = "/dyad/learned/cameo-root-minilm.weights";
    public static final int CLASSES = 21;
    private final EmbeddedLinearModel model;

    public CameoRootClassifier(SentenceEncoder encoder, LinearModel model) {
        this.model = new EmbeddedLinearModel(encoder, model, CLASSES, "CAMEO root");
    }

    @Override
    public double[] distribution(String sentence) {
        return model.distribution(sentence);
    }

    @Override
    public java.util.List<double[]> distributions(java.util.List<String> sentences) {
        return model.distributions(sentences);
    }

    @Override
    public String version() {
        return model.version();
    }
}
