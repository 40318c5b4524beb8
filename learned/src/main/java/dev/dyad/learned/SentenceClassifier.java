package dev.dyad.learned;

/** A PentaClass distribution for a sentence. Implementations are thread-safe. */
public interface SentenceClassifier {
    /** Probability per PentaClass, indexed by {@link PentaClass#code()}; sums to 1. */
    double[] distribution(String sentence);

    /** What made the model (recorded in event provenance). */
    String version();
}
