package dev.dyad.learned;

import java.util.List;
import java.util.Locale;

/**
 * How well a classifier's confidence matches its accuracy: examples binned by the probability of their top class
 * ({@code bins} equal-width bins over [0, 1]); the expected calibration error is the gap between mean confidence and
 * accuracy per bin, weighted by the bin's share of the examples. Immutable.
 */
public final class Reliability {
    private final int[] count;
    private final double[] confidence;
    private final int[] right;
    private final int total;

    private Reliability(int[] count, double[] confidence, int[] right, int total) {
        this.count = count;
        this.confidence = confidence;
        this.right = right;
        this.total = total;
    }

    public static Reliability of(List<double[]> p, List<Integer> gold, int bins) {
        if (bins < 1 || p.size() != gold.size()) {
            throw new IllegalArgumentException("need one or more bins and one gold class per distribution");
        }
        int[] count = new int[bins];
        double[] conf = new double[bins];
        int[] right = new int[bins];
        for (int i = 0; i < p.size(); i++) {
            int top = LinearModel.argmax(p.get(i));
            double q = p.get(i)[top];
            int b = Math.min(bins - 1, (int) (q * bins));
            count[b]++;
            conf[b] += q;
            right[b] += top == gold.get(i) ? 1 : 0;
        }
        return new Reliability(count, conf, right, p.size());
    }

    /** Expected calibration error, 0 (perfect) to 1. */
    public double ece() {
        double e = 0;
        for (int b = 0; b < count.length; b++) {
            if (count[b] > 0) {
                e += Math.abs(confidence[b] / count[b] - (double) right[b] / count[b]) * count[b] / total;
            }
        }
        return e;
    }

    /** Accuracy of the top class. */
    public double accuracy() {
        int r = 0;
        for (int x : right) {
            r += x;
        }
        return total == 0 ? 0 : (double) r / total;
    }

    public int examples() {
        return total;
    }

    /** A Markdown reliability table: one row per non-empty bin. */
    public String table() {
        StringBuilder sb = new StringBuilder("| top-class probability | examples | mean probability | accuracy |\n|---|---|---|---|\n");
        for (int b = 0; b < count.length; b++) {
            if (count[b] > 0) {
                sb.append(String.format(Locale.ROOT, "| %.1f–%.1f | %d | %.3f | %.3f |%n", (double) b / count.length,
                        (double) (b + 1) / count.length, count[b], confidence[b] / count[b], (double) right[b] / count[b]));
            }
        }
        return sb.toString();
    }
}
