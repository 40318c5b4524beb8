package dev.dyad.testing;

import dev.dyad.eval.ActorLookup;

/** One phrase-lookup pipeline (every sentence parsed) per test JVM. */
public final class SharedLookup {
    private static ActorLookup lookup;

    private SharedLookup() {
    }

    public static synchronized ActorLookup get() {
        if (lookup == null) {
            lookup = ActorLookup.load();
        }
        return lookup;
    }
}
