package dev.dyad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code dyad} command. Only this package prints; the core throws typed errors. */
@Command(name = "dyad", mixinStandardHelpOptions = true, version = "dyad " + dev.dyad.pipeline.Dyad.VERSION,
        description = "Political event data from news text: who did what to whom, when, where, and who said so.",
        subcommands = {CodeCommand.class, QuotesCommand.class, ActorsCommand.class, EvalCommand.class, BenchCommand.class,
                TrainCommand.class, ValidateCommand.class, IngestCommand.class, RecodeCommand.class, QueryCommand.class,
                DyadsCommand.class, ExportCommand.class, SynthCommand.class, ServeCommand.class})
public final class Main {
    public static void main(String[] args) {
        // DJL (MiniLM's tokenizer) probes for CUDA at start-up and warns when there is none: not news on a CPU machine
        System.setProperty("org.slf4j.simpleLogger.log.ai.djl.util.cuda", "error");
        System.exit(run(args));
    }

    public static int run(String... args) {
        return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** Runs with the given streams (tests capture them); returns the exit code. */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("dyad: " + ExitCodes.message(ex));
            return ExitCodes.forException(ex);
        });
        try {
            return cl.execute(args);
        } catch (Error e) {
            // out of memory or stack overflow outside an article's coding: one line, no stack trace
            err.println("dyad: internal error: " + e);
            err.flush();
            return ExitCodes.INTERNAL;
        }
    }
}
