package dev.dyad.pipeline;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One loaded pipeline per configuration per process, built on first use: commands load it only when there is
 * something to code, and tests share one across classes. Thread-safe; a configuration is loaded at most once
 * (concurrent callers wait for the first).
 */
public final class SharedPipeline {
    private static final Map<PipelineConfig, Dyad> LOADED = new ConcurrentHashMap<>();
    private static final java.util.concurrent.atomic.AtomicInteger LOADS = new java.util.concurrent.atomic.AtomicInteger();

    private SharedPipeline() {
    }

    /** The pipeline for {@code config}; the thread count does not change a pipeline, so all counts share one. */
    public static Dyad get(PipelineConfig config) {
        PipelineConfig key = config.withThreads(1);
        Dyad d = LOADED.get(key);
        if (d != null) {
            return d;
        }
        synchronized (SharedPipeline.class) {
            return LOADED.computeIfAbsent(key, k -> {
                LOADS.incrementAndGet();
                return PipelineFactory.build(k);
            });
        }
    }

    /** How many pipelines this process has loaded (tests check that entry points share one). */
    public static int loads() {
        return LOADS.get();
    }
}
