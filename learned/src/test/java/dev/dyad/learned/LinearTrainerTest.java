package dev.dyad.learned;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinearTrainerTest {
    /** Five well-separated clusters in 8-d, one per class. */
    static List<float[]> x = new ArrayList<>();
    static List<PentaClass> y = new ArrayList<>();

    static {
        Random r = new Random(1);
        for (int n = 0; n < 200; n++) {
            PentaClass c = PentaClass.of(n % 5);
            float[] v = new float[8];
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) (0.1 * r.nextGaussian());
            }
            v[c.code()] += 1;
            x.add(v);
            y.add(c);
        }
    }

    @Test
    void learnsASeparableToyProblem() {
        LinearModel m = new LinearTrainer(20, 0.5, 1).train(x, y, List.of("toy"));
        for (int n = 0; n < x.size(); n++) {
            assertEquals(y.get(n), m.predict(x.get(n)), "example " + n);
        }
        double[] p = m.probabilities(x.get(0));
        assertEquals(1.0, java.util.Arrays.stream(p).sum(), 1e-9);
        assertTrue(p[y.get(0).code()] > 0.8, "confident on a clean example");
    }

    @Test
    void sameSeedSameWeights() {
        LinearModel a = new LinearTrainer(5, 0.5, 3).train(x, y, List.of());
        LinearModel b = new LinearTrainer(5, 0.5, 3).train(x, y, List.of());
        assertEquals(java.util.Arrays.toString(a.probabilities(x.get(7))), java.util.Arrays.toString(b.probabilities(x.get(7))));
    }

    @Test
    void weightsSurviveWriteAndRead(@TempDir Path dir) throws Exception {
        LinearModel m = new LinearTrainer(10, 0.5, 1).train(x, y, List.of("made by a test", "second line"));
        Path f = dir.resolve("toy.weights");
        m.write(f);
        LinearModel back = LinearModel.read(f);
        assertEquals(List.of("made by a test", "second line"), back.header());
        for (int n = 0; n < 20; n++) {
            double[] p = m.probabilities(x.get(n));
            double[] q = back.probabilities(x.get(n));
            for (int c = 0; c < p.length; c++) {
                assertEquals(p[c], q[c], 1e-3);
            }
        }
        assertTrue(Files.readString(f).startsWith("# made by a test\n"));
    }

    @Test
    void aTruncatedWeightsFileIsAnErrorNamingTheLine() {
        String bad = "# h\ndim 3\n0\t0.1\t1 2\n";
        var e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> LinearModel.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "bad.weights"));
        assertTrue(e.getMessage().startsWith("bad.weights:3:"), e.getMessage());
    }

    @Test
    void committedWeightsLoadWithTheirProvenance() {
        LinearModel m = LinearModel.builtIn();
        assertEquals(384, m.dimension());
        assertTrue(m.header().stream().anyMatch(h -> h.startsWith("trainer: Tribuo")), m.header().toString());
        assertTrue(m.header().stream().anyMatch(h -> h.startsWith("data: ") && h.contains("tuning parts of cameo_class_train.tsv")),
                m.header().toString());
        assertTrue(m.header().stream().anyMatch(h -> h.startsWith("calibration: temperature")), m.header().toString());
    }
}
