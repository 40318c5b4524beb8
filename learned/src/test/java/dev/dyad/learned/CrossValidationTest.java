package dev.dyad.learned;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CrossValidationTest {
    @Test
    void foldsAreDisjointAndCoverTheData() {
        int n = 1349;
        int[] fold = CrossValidation.folds(n, 5, 7);
        assertEquals(n, fold.length); // every example is in exactly one fold: disjoint and covering
        int[] size = new int[5];
        for (int f : fold) {
            assertTrue(f >= 0 && f < 5);
            size[f]++;
        }
        for (int s : size) {
            assertTrue(s == n / 5 || s == n / 5 + 1, "balanced: " + s);
        }
    }

    @Test
    void fixedSeedGivesTheSameSplitAndAnotherSeedAnother() {
        assertArrayEquals(CrossValidation.folds(100, 5, 7), CrossValidation.folds(100, 5, 7));
        assertTrue(!java.util.Arrays.equals(CrossValidation.folds(100, 5, 7), CrossValidation.folds(100, 5, 8)));
    }

    @Test
    void rejectsImpossibleFoldCounts() {
        assertThrows(IllegalArgumentException.class, () -> CrossValidation.folds(3, 5, 1));
        assertThrows(IllegalArgumentException.class, () -> CrossValidation.folds(10, 1, 1));
    }

    @Test
    void eachExampleIsPredictedByAModelThatDidNotSeeIt() {
        // a 1-d problem where every example's label is the opposite of its neighbours' would be learnable only
        // by memorising: here we just check shape and that every example gets a distribution
        List<float[]> x = LinearTrainerTest.x;
        List<PentaClass> y = LinearTrainerTest.y;
        List<double[]> p = ModelCrossValidation.predict(x, y, List.of(), List.of(), 5, 7, new LinearTrainer(10, 0.5, 1));
        assertEquals(x.size(), p.size());
        int right = 0;
        for (int i = 0; i < x.size(); i++) {
            right += LinearModel.argmax(p.get(i)) == y.get(i).code() ? 1 : 0;
        }
        assertEquals(x.size(), right, "separable clusters are learned from the other folds too");
    }
}
