package dev.dyad.cli;

import dev.dyad.dedup.DedupRule;
import java.io.PrintWriter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of the commands that code into the store ({@code ingest}, {@code recode}): the database, the pipeline,
 * the workers, the deduplication window and the progress interval. One mixin, so both commands read them alike.
 */
final class BatchOptions {
    @Mixin
    DbOption db;

    @Mixin
    PipelineOptions pipeline;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--dedup-window", paramLabel = "DAYS", defaultValue = "1",
            description = "days between mentions of one event (default: ${DEFAULT-VALUE}); see docs/dedup.md")
    int dedupWindow;

    @Option(names = "--progress-seconds", hidden = true, defaultValue = "10",
            description = "seconds between plain progress lines when stderr is not a terminal")
    double progressSeconds;

    DedupRule rule() {
        return BatchCommands.rule(dedupWindow);
    }

    /** Progress lines for {@code command} on {@code err}: redrawn on a terminal, every few seconds otherwise. */
    ProgressReport progress(PrintWriter err, String command) {
        return new ProgressReport(err, System.console() != null, progressSeconds, command);
    }
}
