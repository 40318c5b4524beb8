package dev.dyad.cli;

import dev.dyad.output.Json;
import dev.dyad.store.StoreException;
import dev.dyad.synth.SyntheticCorpus;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "synth", mixinStandardHelpOptions = true,
        description = {"Write a synthetic JSON Lines corpus of news-like articles built from dyad's own dictionaries",
            "(for load tests and benchmarks; the same seed gives the same corpus)."})
final class SynthCommand implements Callable<Integer> {
    @Option(names = "--articles", required = true, paramLabel = "N", description = "number of articles")
    int articles;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", paramLabel = "FILE", description = "output file (default: standard output)")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (articles < 0) {
            throw new dev.dyad.input.InputException("--articles must be 0 or more, got " + articles);
        }
        if (out == null) {
            write(spec.commandLine().getOut());
            return ExitCodes.OK;
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            write(w);
            if (w.checkError()) {
                throw new StoreException(out, "write failed (disk full or file system error)");
            }
        } catch (IOException e) {
            throw StoreException.of(out, e);
        }
        return ExitCodes.OK;
    }

    private void write(PrintWriter w) {
        SyntheticCorpus corpus = new SyntheticCorpus(seed);
        for (int i = 0; i < articles; i++) {
            w.println(Json.line(Json.article(corpus.next())));
        }
        w.flush();
    }
}
