package dev.dyad.learned;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dyad.learned.encoder.SentenceEncoder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The held-out split of the PentaClass evaluation scores each part on its own sentences only. */
class PentaClassSplitTest {
    /** One axis per class, read from the sentence's first character: a trivially learnable toy encoder. */
    private static final SentenceEncoder TOY = new SentenceEncoder() {
        @Override
        public String name() {
            return "toy";
        }

        @Override
        public int dimension() {
            return 5;
        }

        @Override
        public float[] encode(String sentence) {
            float[] v = new float[5];
            v[sentence.charAt(0) - '0'] = 1;
            return v;
        }
    };

    @Test
    void partsHoldTheirOwnSentences() {
        List<LabelledText> data = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            PentaClass c = PentaClass.values()[i % 5];
            data.add(new LabelledText(c.ordinal() + " sentence " + i, c, "f.tsv:" + (i + 1)));
        }
        int[] none = new int[30];
        java.util.Arrays.fill(none, -1);
        PentaClassEvaluation.RuleCoding rules = new PentaClassEvaluation.RuleCoding(none, none.clone(), new boolean[30]);
        PentaClassEvaluation.Split split = PentaClassEvaluation.run(data, rules, List.of(), TOY, LinearTrainer.DEFAULT, 3,
                7L, 0.2, t -> Integer.parseInt(t.origin().substring(6)) % 3 == 0);
        assertEquals(30, split.all().sentences());
        assertEquals(10, split.test().sentences());
        assertEquals(20, split.tuning().sentences());
        assertEquals(10, split.test().uncoded(), "the rules coded nothing, in the test part too");
    }
}
