package dev.dyad.cli;

import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Quote;
import dev.dyad.output.Json;
import dev.dyad.output.QuoteTable;
import dev.dyad.pipeline.Dyad;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "List direct quotes and reported claims with their speakers (JSON Lines or a table).")
final class QuotesCommand implements Callable<Integer> {
    enum Format { jsonl, table }

    @Mixin
    Inputs inputs;

    @Option(names = "--direct-only", description = "only quotes in quotation marks")
    boolean directOnly;

    @picocli.CommandLine.Mixin
    PipelineOptions pipeline;

    @Option(names = "--format", description = "jsonl or table; default: table on a terminal, else jsonl")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        inputs.validate();
        Format f = format != null ? format : System.console() != null ? Format.table : Format.jsonl;
        Dyad dyad = pipeline.load();
        int rejected = inputs.forEach(spec.commandLine().getErr(), ok -> {
            AnnotatedDocument doc = dyad.code(ok.article());
            List<Quote> quotes = doc.quotes().stream().filter(q -> !directOnly || q.kind() == Quote.Kind.DIRECT).toList();
            if (f == Format.table) {
                out.println("== " + ok.article().id());
                out.print(QuoteTable.render(quotes));
            } else {
                quotes.forEach(q -> out.println(Json.line(q)));
            }
            out.flush();
        });
        return rejected == 0 ? ExitCodes.OK : ExitCodes.SOME_REJECTED;
    }
}
