package dev.dyad.cli;

import dev.dyad.pipeline.Dyad;
import dev.dyad.pipeline.PipelineConfig;
import dev.dyad.pipeline.SharedPipeline;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The options that choose the pipeline, shared by every command that codes text: {@code --no-model} and
 * {@code --dictionaries petrarch:DIR} (mutually exclusive: PETRARCH's coder runs without the learned models).
 * Without either, the {@link PipelineConfig#defaults() default} configuration: dyad's rules plus both learned models.
 */
final class PipelineOptions {
    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Choice choice;

    static final class Choice {
        @Option(names = "--no-model", required = true,
                description = "rules only: no learned second opinion (confidence stays the rules' estimate, no veto) and "
                        + "no learned fallback for sentences no pattern codes")
        boolean noModel;

        @Option(names = "--dictionaries", required = true, paramLabel = "petrarch:DIR", converter = PetrarchDirConverter.class,
                description = "code with PETRARCH/TABARI dictionaries (*verbs* or CAMEO*, *actors*, *agents*, *discards* .txt "
                        + "in DIR) by PETRARCH2's algorithm instead of dyad's own; no learned models")
        Path petrarch;
    }

    /** The configuration these options select, coding on {@code threads} workers. */
    PipelineConfig config(int threads) {
        PipelineConfig c = choice == null ? PipelineConfig.defaults()
                : choice.petrarch != null ? PipelineConfig.petrarch(choice.petrarch.toString())
                : PipelineConfig.rulesOnly();
        return c.withThreads(threads);
    }

    PipelineConfig config() {
        return config(PipelineConfig.defaults().threads());
    }

    /**
     * The process's one pipeline for these options (loaded on first use), for the commands that write or store
     * quotes ({@code quotes}, {@code ingest}, {@code recode}, {@code serve}, {@code actors}): every quote and claim is
     * sought; events and fingerprint are those of {@link #config()} ({@link PipelineConfig.Quotes}).
     */
    Dyad load() {
        return SharedPipeline.get(config().withAllQuotes());
    }
}
