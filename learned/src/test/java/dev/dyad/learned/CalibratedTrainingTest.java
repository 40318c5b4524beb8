package dev.dyad.learned;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.learned.encoder.SentenceEncoder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalibratedTrainingTest {
    /** A fake encoder: a sentence "a 0.3" is the vector (0.3, 1 - 0.3). */
    private static final SentenceEncoder ENCODER = new SentenceEncoder() {
        @Override
        public float[] encode(String text) {
            float v = Float.parseFloat(text.split(" ")[1]);
            return new float[] {v, 1 - v};
        }

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public String name() {
            return "fake";
        }
    };

    @Test
    void trainsCalibratesAndScoresTheTestPartWithTheFinalModel() {
        List<RootTraining.Example> train = new ArrayList<>();
        List<RootTraining.Example> test = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            double v = (i % 100) / 100.0;
            (i % 4 == 0 ? test : train).add(new RootTraining.Example("s " + v, v > 0.5 ? 1 : 0, "o" + i));
        }
        CalibratedTraining.Outcome o = CalibratedTraining.train(train, test, List.of("no", "yes"), ENCODER,
                new LinearTrainer(20, 0.5, 1L), List.of("fake model"));
        assertTrue(o.temperature() > 0);
        assertEquals(test.size(), o.test().examples());
        assertTrue(o.tune().examples() > 0 && o.tune().examples() < train.size());
        assertTrue(o.test().accuracy() > 0.8, "separable data: " + o.test().accuracy());
        assertTrue(o.model().header().get(o.model().header().size() - 1).startsWith("calibration: temperature"));
        String md = CalibratedTraining.report("Fake", o, "data");
        assertTrue(md.contains("| test (HeldOutSplit test part, final model) | 50 |"), md);
    }
}
