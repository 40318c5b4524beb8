package dev.dyad.learned;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** K-fold splits: shuffled with a fixed seed, example i goes to fold {@code fold[i]}; folds are disjoint and cover the data. */
public final class CrossValidation {
    private CrossValidation() {
    }

    /** Fold index (0..k-1) of each of {@code n} examples; fold sizes differ by at most one. */
    public static int[] folds(int n, int k, long seed) {
        if (k < 2 || k > n) {
            throw new IllegalArgumentException("need 2 <= k <= n, got k=" + k + ", n=" + n);
        }
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        int[] fold = new int[n];
        for (int pos = 0; pos < n; pos++) {
            fold[order.get(pos)] = pos % k;
        }
        return fold;
    }
}
