package dev.dyad.learned;

import java.util.ArrayList;
import java.util.List;

/**
 * K-fold cross-validation of the sentence classifier: for each fold, train on the other folds (plus
 * {@code extra} examples, which are never tested) and predict the held-out fold.
 */
public final class ModelCrossValidation {
    private ModelCrossValidation() {
    }

    /** PentaClass distribution of each example, each from a model that did not see it. */
    public static List<double[]> predict(List<float[]> x, List<PentaClass> y, List<float[]> extraX,
                                           List<PentaClass> extraY, int k, long seed, LinearTrainer trainer) {
        return predict(x, codes(y), extraX, codes(extraY), PentaClass.values().length, k, seed, trainer);
    }

    /** Class distribution (over {@code 0..classes-1}) of each example, each from a model that did not see it. */
    public static List<double[]> predict(List<float[]> x, List<Integer> y, List<float[]> extraX, List<Integer> extraY,
                                           int classes, int k, long seed, LinearTrainer trainer) {
        int[] fold = CrossValidation.folds(x.size(), k, seed);
        double[][] out = new double[x.size()][];
        for (int f = 0; f < k; f++) {
            List<float[]> tx = new ArrayList<>(extraX);
            List<Integer> ty = new ArrayList<>(extraY);
            for (int i = 0; i < x.size(); i++) {
                if (fold[i] != f) {
                    tx.add(x.get(i));
                    ty.add(y.get(i));
                }
            }
            LinearModel m = trainer.train(tx, ty, classes, List.of("fold " + f));
            for (int i = 0; i < x.size(); i++) {
                if (fold[i] == f) {
                    out[i] = m.probabilities(x.get(i));
                }
            }
        }
        return List.of(out);
    }

    private static List<Integer> codes(List<PentaClass> y) {
        return y.stream().map(PentaClass::code).toList();
    }
}
