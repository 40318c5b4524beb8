package dev.dyad.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.function.Function;

/**
 * The one split of dyad's development data into a tuning part and a test part (issue 17): an item belongs to the
 * test part when the SHA-256 of {@code "17:" + key} is 0 modulo 3 (about a third). The key is stable (a PLOVER
 * record id, a ConfliBERT file and line), so membership never changes as files are re-read or code changes.
 * Misses are read and rules tuned on the tuning part only; the test part is reported beside it.
 */
public final class HeldOutSplit {
    /** The seed of the split; changing it would leak the test part into tuning. */
    public static final long SEED = 17L;

    private HeldOutSplit() {
    }

    public static boolean test(String key) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((SEED + ":" + key).getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (h[i] & 0xff);
            }
            return Math.floorMod(v, 3L) == 0;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The items of one part: {@code test} true for the test part, false for the tuning part. */
    public static <T> List<T> part(List<T> items, Function<T, String> key, boolean test) {
        return items.stream().filter(i -> test(key.apply(i)) == test).toList();
    }
}
