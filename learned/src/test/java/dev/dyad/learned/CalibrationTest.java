package dev.dyad.learned;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CalibrationTest {
    /** Labels drawn from softmax(z); the classifier reports softmax(3z): over-confident by a temperature of 3. */
    private static void overconfident(List<double[]> p, List<Integer> y) {
        Random r = new Random(5);
        for (int n = 0; n < 4000; n++) {
            double[] z = {r.nextGaussian(), r.nextGaussian(), r.nextGaussian()};
            double[] truth = Calibration.scale(softmax(z), 1);
            double u = r.nextDouble();
            int label = u < truth[0] ? 0 : u < truth[0] + truth[1] ? 1 : 2;
            y.add(label);
            p.add(Calibration.scale(truth, 1.0 / 3));
        }
    }

    private static double[] softmax(double[] z) {
        double s = 0;
        double[] out = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            out[i] = Math.exp(z[i]);
            s += out[i];
        }
        for (int i = 0; i < z.length; i++) {
            out[i] /= s;
        }
        return out;
    }

    @Test
    void recoversTheTemperatureOfAnOverconfidentClassifier() {
        List<double[]> p = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        overconfident(p, y);
        double t = Calibration.fitTemperature(p, y);
        assertEquals(3.0, t, 0.3);
        assertTrue(Calibration.nll(p, y, t) < Calibration.nll(p, y, 1.0));
        Reliability before = Reliability.of(p, y, 10);
        Reliability after = Reliability.of(p.stream().map(q -> Calibration.scale(q, t)).toList(), y, 10);
        assertTrue(after.ece() < before.ece() / 2, before.ece() + " -> " + after.ece());
        assertEquals(before.accuracy(), after.accuracy(), 1e-12, "temperature scaling changes no prediction");
    }

    @Test
    void aModelWithATemperatureGivesTheScaledProbabilities() {
        LinearModel m = new LinearModel(new double[][] {{1, -2}, {0.5, 0.5}, {-1, 3}}, new double[] {0.1, 0, -0.2}, List.of("h"));
        float[] x = {0.7f, -0.3f};
        LinearModel hot = m.withTemperature(2.5, "calibration: test");
        assertArrayEquals(Calibration.scale(m.probabilities(x), 2.5), hot.probabilities(x), 1e-9);
        assertEquals("calibration: test", hot.header().get(hot.header().size() - 1));
        assertThrows(IllegalArgumentException.class, () -> m.withTemperature(0, "x"));
    }

    @Test
    void eceIsTheWeightedGapBetweenConfidenceAndAccuracy() {
        // four examples at 0.9 confidence, two right: gap 0.4 in one bin holding all examples
        List<double[]> p = List.of(new double[] {0.9, 0.1}, new double[] {0.9, 0.1}, new double[] {0.9, 0.1},
                new double[] {0.9, 0.1});
        Reliability r = Reliability.of(p, List.of(0, 0, 1, 1), 10);
        assertEquals(0.4, r.ece(), 1e-9);
        assertEquals(0.5, r.accuracy(), 1e-9);
        assertTrue(r.table().contains("| 0.9–1.0 | 4 | 0.900 | 0.500 |"), r.table());
    }
}
