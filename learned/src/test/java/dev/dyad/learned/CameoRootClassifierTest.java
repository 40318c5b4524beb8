package dev.dyad.learned;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.events.RootClassifier;
import dev.dyad.learned.encoder.SentenceEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CameoRootClassifierTest {
    @Test
    void trainsAndStoresAModelOverAnyNumberOfClasses(@TempDir Path dir) throws Exception {
        Random r = new Random(3);
        List<float[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (int n = 0; n < 210; n++) {
            int c = n % 21;
            float[] v = new float[24];
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) (0.05 * r.nextGaussian());
            }
            v[c] += 1;
            x.add(v);
            y.add(c);
        }
        LinearModel m = new LinearTrainer(20, 0.5, 1).train(x, y, 21, List.of("toy roots"));
        assertEquals(21, m.classes());
        for (int n = 0; n < x.size(); n++) {
            assertEquals((int) y.get(n), LinearModel.argmax(m.probabilities(x.get(n))), "example " + n);
        }
        Path f = dir.resolve("roots.weights");
        m.write(f);
        LinearModel back = LinearModel.read(f);
        assertEquals(21, back.classes());
        assertEquals(m.probabilities(x.get(5))[5], back.probabilities(x.get(5))[5], 1e-3);
    }

    @Test
    void aClassMissingFromTheFileIsAnError(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.weights");
        Files.writeString(f, "dim 2\n0\t0.1\t1 2\n2\t0.1\t1 2\n");
        Exception e = assertThrows(java.io.IOException.class, () -> LinearModel.read(f));
        assertTrue(e.getMessage().contains(":3:") && e.getMessage().contains("class 1"), e.getMessage());
    }

    @Test
    void committedWeightsHaveTwentyOneClassesAndTheirProvenance() {
        LinearModel m = LinearModel.resource(CameoRootClassifier.WEIGHTS);
        assertEquals(CameoRootClassifier.CLASSES, m.classes());
        assertEquals(384, m.dimension());
        assertTrue(m.header().stream().anyMatch(h -> h.startsWith("data: PLOVER_GSR_CAMEO.json")), m.header().toString());
        assertTrue(m.header().stream().anyMatch(h -> h.contains("no event")), m.header().toString());
    }

    @Test
    void aPentaClassModelIsNoRootModel() {
        assertThrows(IllegalArgumentException.class,
                () -> new CameoRootClassifier(new FixedEncoder(384), LinearModel.builtIn()));
    }

    @Test
    void noEventSentencesComeFromArticlesInFileOrder(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("a.jsonl");
        Files.writeString(f, "{\"id\":\"a\",\"text\":\"Shares of the company rose two percent in early trading today. "
                + "Short.\"}\n{\"id\":\"b\",\"text\":\"The bank reported a quarterly profit well above forecasts.\"}\n");
        List<RootTraining.Example> got = RootTraining.noEvent(f, 10);
        assertEquals(2, got.size(), got.toString());
        assertTrue(got.stream().allMatch(e -> e.label() == RootClassifier.NO_EVENT));
        assertEquals("a.jsonl:1#0", got.get(0).origin());
        Files.writeString(f, "{\"id\":\"a\",\"text\":\"One sentence that is long enough to be kept here.\"}\nnot json\n");
        Exception e = assertThrows(dev.dyad.input.InputException.class, () -> RootTraining.noEvent(f, 10));
        assertEquals(f + ":2: not a JSON object", e.getMessage());
    }

    /** Encodes every sentence as the same unit vector (tests of wiring, not of meaning). */
    private record FixedEncoder(int dimension) implements SentenceEncoder {
        @Override
        public String name() {
            return "fixed";
        }

        @Override
        public float[] encode(String sentence) {
            float[] v = new float[dimension];
            v[0] = 1;
            return v;
        }
    }
}
