package dev.dyad.learned;

import dev.dyad.learned.encoder.MiniLmEncoder;
import dev.dyad.learned.encoder.SentenceEncoder;

/**
 * A sentence's PentaClass distribution: sentence embedding + {@link LinearModel}. Thread-safe.
 */
public final class PentaClassifier implements SentenceClassifier {
    private final EmbeddedLinearModel model;

    public PentaClassifier(SentenceEncoder encoder, LinearModel model) {
        this.model = new EmbeddedLinearModel(encoder, model, PentaClass.values().length, "PentaClass");
    }

    /** MiniLM with the committed weights. Loads the ONNX model (about a second). */
    public static PentaClassifier builtIn() {
        return new PentaClassifier(new MiniLmEncoder(), LinearModel.builtIn());
    }

    /** Probability per PentaClass, indexed by {@link PentaClass#code()}. */
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

    public LinearModel model() {
        return model.model();
    }
}
