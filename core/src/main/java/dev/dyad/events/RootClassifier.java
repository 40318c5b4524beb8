package dev.dyad.events;

/**
 * A learned reading of what kind of event a sentence reports, for sentences the rules leave uncoded.
 * Implementations live outside the core (the {@code learned} module) and are thread-safe.
 */
public interface RootClassifier {
    /** Index of "no event" in {@link #distribution}; index {@code r} (1-20) is CAMEO root {@code r}. */
    int NO_EVENT = 0;

    /** Probability of "no event" and of each CAMEO root 01-20: 21 values summing to 1. */
    double[] distribution(String sentence);

    /** {@link #distribution} of each sentence, in order; implementations embed them as one batch. */
    default java.util.List<double[]> distributions(java.util.List<String> sentences) {
        return sentences.stream().map(this::distribution).toList();
    }

    /** What made the model, for event provenance. */
    String version();
}
