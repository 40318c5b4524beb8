package dev.dyad.learned;

/** A PentaClass distribution for a sentence. Implementations are thread-safe. */
public interface SentenceClassifier {
    /** Probability per PentaClass, indexed by {@link PentaClass#code()}; sums to 1. */
    double[] distribution(String sentence);

    /** {@link #distribution} of each sentence, in order; implementations embed them as one batch. */
    default java.util.List<double[]> distributions(java.util.List<String> sentences) {
        return sentences.stream().map(this::distribution).toList();
    }

    /** What made the model (recorded in event provenance). */
    String version();
}
