package dev.dyad.cli;

import dev.dyad.store.Queries;
import dev.dyad.store.Rows;
import dev.dyad.store.Store;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "dyads", mixinStandardHelpOptions = true,
        description = {"Event counts per QuadClass (1 verbal cooperation, 2 material cooperation, 3 verbal conflict,",
            "4 material conflict) and summed Goldstein per directed dyad at country level (IGO codes kept whole)",
            "and period, over deduplicated events (all modalities)."})
final class DyadsCommand implements Callable<Integer> {
    enum Format { table, jsonl }

    @Mixin
    DbOption db;

    @Option(names = "--by", defaultValue = "month", description = "day, week or month (default: ${DEFAULT-VALUE})")
    Queries.Period by;

    @Option(names = "--mentions", description = "count every coded mention instead of deduplicated events")
    boolean mentions;

    @Option(names = "--format", description = "table or jsonl; default: table on a terminal, else jsonl")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Format f = format != null ? format : System.console() != null ? Format.table : Format.jsonl;
        try (Store store = Store.openReadOnly(db.db)) {
            if (store.dedupStale() && !mentions) {
                spec.commandLine().getErr().println("dyad: warning: " + db.db + ": an ingest was interrupted, "
                        + "deduplicated events are out of date; re-run 'dyad ingest' to finish it");
            }
            TextTable t = new TextTable(out, f == Format.jsonl);
            Rows.stream(store, Queries.dyads(by, mentions), List.of(), t);
            t.finish();
        }
        return ExitCodes.OK;
    }
}
