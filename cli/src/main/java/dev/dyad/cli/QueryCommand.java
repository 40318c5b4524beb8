package dev.dyad.cli;

import dev.dyad.input.ArticleReader;
import dev.dyad.store.Queries;
import dev.dyad.store.Rows;
import dev.dyad.store.Store;
import dev.dyad.store.UserSql;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Events from a store, filtered by actors, CAMEO root and dates, or any read-only SQL.",
            "Tables: articles, events, quotes, actors, dedup_events, mentions, rejects (docs/store.md)."})
final class QueryCommand implements Callable<Integer> {
    enum Format { table, jsonl }

    @Mixin
    DbOption db;

    @Option(names = "--source", paramLabel = "CODE", description = "source actor code prefix (RUS matches RUSGOV)")
    String source;

    @Option(names = "--target", paramLabel = "CODE", description = "target actor code prefix")
    String target;

    @Option(names = "--root", paramLabel = "NN", description = "CAMEO root, e.g. 13 (threaten)")
    String root;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "first event day (inclusive)")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "last event day (inclusive)")
    String to;

    @Option(names = "--sql", paramLabel = "QUERY", description = "run this SQL instead (the store is opened read-only)")
    String sql;

    @Option(names = "--memory-limit", paramLabel = "SIZE", defaultValue = "1GB",
            description = "most memory one --sql query may use, e.g. 500MB or 4GB (default: ${DEFAULT-VALUE})")
    String memoryLimit;

    @Option(names = "--format", description = "table or jsonl (events: the contract lines; --sql: one object per row); "
            + "default: table on a terminal, else jsonl")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Format f = format != null ? format : System.console() != null ? Format.table : Format.jsonl;
        if (root != null && (!root.matches("\\d{1,2}") || Integer.parseInt(root) < 1 || Integer.parseInt(root) > 20)) {
            throw new dev.dyad.input.InputException("bad --root '" + dev.dyad.input.Printable.of(root)
                    + "': expected a CAMEO root, 01 to 20");
        }
        Queries.EventFilter filter = new Queries.EventFilter(source, target, root,
                from == null ? null : ArticleReader.parseDate(from), to == null ? null : ArticleReader.parseDate(to));
        if (sql != null) {
            try (Store store = Store.openForUserSql(db.db, memoryLimit)) {
                UserSql.check(store, sql);
                TextTable t = new TextTable(out, f == Format.jsonl);
                Rows.stream(store, sql, List.of(), t);
                t.finish();
                return ExitCodes.OK;
            }
        }
        try (Store store = Store.openReadOnly(db.db)) {
            List<Object> params = new ArrayList<>();
            if (f == Format.jsonl) {
                String q = Queries.events(filter, "raw_json", params);
                Rows.stream(store, q, params, new Rows.Sink() {
                    @Override
                    public void columns(List<String> names) {
                    }

                    @Override
                    public void row(List<Object> values) {
                        out.println(values.get(0));
                        dev.dyad.output.OutputClosedException.check(out);
                    }
                });
                out.flush();
            } else {
                TextTable t = new TextTable(out, false);
                Rows.stream(store, Queries.events(filter, Queries.EVENT_COLUMNS, params), params, t);
                int n = t.finish();
                out.println(n + " events");
                out.flush();
            }
        }
        return ExitCodes.OK;
    }
}
