package dev.dyad.spark;

import dev.dyad.pipeline.Dyad;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One dyad pipeline per JVM: loaded on first use (dictionaries and CoreNLP models, seconds and about
 * 1.5 GB of heap) and shared by every task the executor runs. Thread-safe: {@link Dyad#code} is.
 */
public final class Pipelines {
    private static final Object LOCK = new Object();
    private static final AtomicInteger LOADS = new AtomicInteger();
    private static volatile Dyad dyad;

    private Pipelines() {
    }

    /** This JVM's pipeline, loading it on the first call; concurrent first callers wait for one load. */
    public static Dyad get() {
        Dyad d = dyad;
        if (d == null) {
            synchronized (LOCK) {
                d = dyad;
                if (d == null) {
                    d = Dyad.load();
                    LOADS.incrementAndGet();
                    dyad = d;
                }
            }
        }
        return d;
    }

    /** How many times this JVM loaded a pipeline (1 once anything was coded; tests check it). */
    public static int loads() {
        return LOADS.get();
    }
}
