package dev.dyad.cli;

import dev.dyad.pipeline.Dyad;

/** One loaded pipeline per process: the batch commands load it only when there is something to code. */
final class SharedDyad {
    private static Dyad dyad;

    private SharedDyad() {
    }

    static synchronized Dyad get() {
        if (dyad == null) {
            dyad = Dyad.load();
        }
        return dyad;
    }
}
