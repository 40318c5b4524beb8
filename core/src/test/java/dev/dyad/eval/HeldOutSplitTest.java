package dev.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The held-out split must never change: its membership is pinned here. */
class HeldOutSplitTest {
    @Test
    void membershipIsPinned() {
        // if this fails, the split moved and test items may have been tuned on: restore HeldOutSplit, do not re-pin
        List<String> keys = List.of("PLOVER-GSR01-DOCUMENT-0001", "cameo_class_train.tsv:1", "cameo_class_train.tsv:2",
                "cameo_class_train.tsv:3", "cameo_class_train.tsv:4", "cameo_class_train.tsv:5");
        assertEquals(PINNED, keys.stream().map(k -> HeldOutSplit.test(k) ? "T" : "t").reduce("", String::concat));
    }

    private static final String PINNED = "tTtttt";

    @Test
    void aboutAThirdIsTest() {
        long test = IntStream.range(0, 3000).filter(i -> HeldOutSplit.test("item " + i)).count();
        assertTrue(test > 900 && test < 1100, test + " of 3000");
    }

    @Test
    void partsAreDisjointAndComplete() {
        List<String> items = IntStream.range(0, 50).mapToObj(i -> "k" + i).toList();
        List<String> tune = HeldOutSplit.part(items, k -> k, false);
        List<String> test = HeldOutSplit.part(items, k -> k, true);
        assertEquals(items.size(), tune.size() + test.size());
        assertTrue(tune.stream().noneMatch(test::contains));
    }
}
