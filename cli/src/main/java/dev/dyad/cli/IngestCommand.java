package dev.dyad.cli;

import dev.dyad.dedup.DedupRule;
import dev.dyad.input.ArticleReader;
import dev.dyad.store.BatchIngest;
import dev.dyad.store.Store;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Code articles into a DuckDB store: files, directories (*.txt, *.jsonl), JSON Lines or - .",
            "Idempotent and resumable: articles already stored (same id and content) are skipped, so re-running after",
            "an interruption finishes the job. A JSON Lines file of events (the output of 'dyad code --format jsonl'",
            "or 'dyad export --format jsonl') is stored as it is. Bad lines are stored in 'rejects' and listed."})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    Inputs inputs;

    @Mixin
    BatchOptions batch;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        int workers = batch.threads.threads(); // a bad --threads fails before any work
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Interrupts.note("; the articles stored so far are kept: run the same command again to finish");
        inputs.validate();
        DedupRule rule = batch.rule();
        LocalDate date = inputs.date == null ? null : ArticleReader.parseDate(inputs.date);
        ProgressReport progress = batch.progress(err, "ingest");
        BatchIngest.Summary s;
        try (Store store = Store.openForWriting(batch.db.db)) {
            s = new BatchIngest(batch.pipeline::load, store, workers, rule, progress).limits(inputs.limits())
                    .ingest(inputs.inputs, date);
        } finally {
            progress.done();
        }
        return BatchCommands.report(out, err, "ingest", s, batch.db.db);
    }
}
