package dev.dyad.cli;

import dev.dyad.pipeline.Dyad;
import dev.dyad.store.BatchIngest;
import dev.dyad.store.Store;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "recode", mixinStandardHelpOptions = true,
        description = {"Re-code the stored articles that an older pipeline or other dictionaries coded (their",
            "dyad_version differs from this dyad's), with progress; then rebuild the deduplicated events.",
            "Events imported without text cannot be re-coded and are left as they are."})
final class RecodeCommand implements Callable<Integer> {
    @Mixin
    BatchOptions batch;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        int workers = batch.threads.threads(); // a bad --threads fails before any work
        PrintWriter err = spec.commandLine().getErr();
        Interrupts.note("; the articles re-coded so far are kept: run the same command again to finish");
        String version = dev.dyad.pipeline.PipelineFactory.fingerprint(batch.pipeline.config());
        ProgressReport progress = batch.progress(err, "recode");
        BatchIngest.Summary s;
        try (Store store = Store.openReadOnly(batch.db.db)) {
            // fails fast (and clearly) on a missing or foreign file before taking the write lock
        }
        try (Store store = Store.openForWriting(batch.db.db)) {
            s = new BatchIngest(batch.pipeline::load, store, workers, batch.rule(), progress).recode(version);
        } finally {
            progress.done();
        }
        return BatchCommands.report(spec.commandLine().getOut(), err, "recode to " + version, s, batch.db.db);
    }
}
