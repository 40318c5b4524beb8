package dev.dyad.learned;

import java.util.List;

/**
 * Temperature scaling (Guo et al., 2017): one number {@code T} that divides a classifier's scores, fitted on held-back
 * labelled examples by minimising their negative log-likelihood. It changes no prediction, only how sure they are,
 * so a probability of 0.8 comes to mean "right about 80% of the time". Stateless.
 */
public final class Calibration {
    /** The temperatures searched: {@code [MIN_T, MAX_T]} on a log scale. */
    static final double MIN_T = 0.05;
    static final double MAX_T = 20;

    private Calibration() {
    }

    /** Probabilities {@code p} rescaled by temperature {@code t}: {@code softmax(log p / t)}. */
    public static double[] scale(double[] p, double t) {
        double[] z = new double[p.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < p.length; c++) {
            z[c] = Math.log(Math.max(p[c], 1e-300)) / t;
            max = Math.max(max, z[c]);
        }
        double sum = 0;
        for (int c = 0; c < z.length; c++) {
            z[c] = Math.exp(z[c] - max);
            sum += z[c];
        }
        for (int c = 0; c < z.length; c++) {
            z[c] /= sum;
        }
        return z;
    }

    /** Mean negative log-likelihood of the gold classes under {@code p} scaled by {@code t}. */
    public static double nll(List<double[]> p, List<Integer> gold, double t) {
        if (p.isEmpty() || p.size() != gold.size()) {
            throw new IllegalArgumentException("need one gold class per distribution, and at least one");
        }
        double s = 0;
        for (int i = 0; i < p.size(); i++) {
            s -= Math.log(Math.max(scale(p.get(i), t)[gold.get(i)], 1e-300));
        }
        return s / p.size();
    }

    /** The temperature that minimises {@link #nll}: golden-section search on {@code log T} (NLL is convex in 1/T). */
    public static double fitTemperature(List<double[]> p, List<Integer> gold) {
        double a = Math.log(MIN_T);
        double b = Math.log(MAX_T);
        double g = (Math.sqrt(5) - 1) / 2;
        double c = b - g * (b - a);
        double d = a + g * (b - a);
        double fc = nll(p, gold, Math.exp(c));
        double fd = nll(p, gold, Math.exp(d));
        for (int i = 0; i < 60; i++) {
            if (fc < fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - g * (b - a);
                fc = nll(p, gold, Math.exp(c));
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + g * (b - a);
                fd = nll(p, gold, Math.exp(d));
            }
        }
        return Math.exp((a + b) / 2);
    }
}
