package dev.dyad.cli;

import dev.dyad.input.InputException;
import dev.dyad.store.Exporter;
import dev.dyad.store.Store;
import dev.dyad.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write a store's events out (columns documented in docs/export-formats.md):",
            "jsonl (the output contract), csv and parquet (one column per field), phoenix (26-column Phoenix TSV)",
            "and gdelt (GDELT 2.0 event table); phoenix and gdelt are per deduplicated, asserted event;",
            "gold: the corrections made in the workbench (dyad serve), as a gold file for score_events.py."})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Option(names = "--format", required = true, description = "jsonl, csv, parquet, phoenix, gdelt or gold")
    Exporter.Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "output file (default: standard output; required for parquet)")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (format == Exporter.Format.parquet && out == null) {
            throw new InputException("--format parquet needs --out FILE");
        }
        try (Store store = Store.openReadOnly(db.db)) {
            if (store.dedupStale() && (format == Exporter.Format.phoenix || format == Exporter.Format.gdelt)) {
                spec.commandLine().getErr().println("dyad: warning: " + db.db + ": an ingest was interrupted, "
                        + "deduplicated events are out of date; re-run 'dyad ingest' to finish it");
            }
            Exporter exporter = new Exporter(store);
            if (format == Exporter.Format.parquet) {
                exporter.writeParquet(out);
            } else if (out == null) {
                exporter.write(format, spec.commandLine().getOut());
            } else {
                try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
                    exporter.write(format, w);
                    if (w.checkError()) {
                        throw new StoreException(out, "write failed (disk full or file system error)");
                    }
                } catch (IOException e) {
                    throw StoreException.of(out, e);
                }
            }
        }
        return ExitCodes.OK;
    }
}
