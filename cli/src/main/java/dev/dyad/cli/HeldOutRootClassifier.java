package dev.dyad.cli;

import dev.dyad.events.RootClassifier;

/**
 * The fallback classifier of a cross-validated evaluation: it answers every sentence with the held-out
 * distribution of the record being coded ({@link #use}), or "no event" between records, so the same loaded
 * pipeline scores the rules alone and the rules with the fallback. Coding must be sequential.
 */
final class HeldOutRootClassifier implements RootClassifier {
    private static final double[] NOTHING = noEvent();
    private double[] current = NOTHING;
    private String version = "held-out fold model";

    void use(double[] distribution, String description) {
        current = distribution == null ? NOTHING : distribution;
        version = description;
    }

    @Override
    public double[] distribution(String sentence) {
        return current;
    }

    @Override
    public String version() {
        return version;
    }

    private static double[] noEvent() {
        double[] p = new double[21];
        p[NO_EVENT] = 1;
        return p;
    }
}
