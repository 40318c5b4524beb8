package dev.dyad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code dyad} command. Only this package prints; the core throws typed errors. */
@Command(name = "dyad", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Political event data from news text: who did what to whom, when, where, and who said so.",
        subcommands = {CodeCommand.class, QuotesCommand.class, ActorsCommand.class, EvalCommand.class, BenchCommand.class,
                TrainCommand.class, ValidateCommand.class, IngestCommand.class, RecodeCommand.class, QueryCommand.class,
                DyadsCommand.class, ExportCommand.class, SynthCommand.class, ServeCommand.class})
public final class Main {
    public static void main(String[] args) {
        // DJL (MiniLM's tokenizer) probes for CUDA at start-up and warns when there is none: not news on a CPU machine
        System.setProperty("org.slf4j.simpleLogger.log.ai.djl.util.cuda", "error");
        Interrupts.install(new java.io.PrintWriter(System.err, true));
        System.exit(run(args));
    }

    /** Exit code when the reader of standard output has gone (as a shell reports a writer killed by SIGPIPE). */
    static final int READER_GONE = 141;

    public static int run(String... args) {
        return run(new java.io.FileOutputStream(java.io.FileDescriptor.out), new java.io.PrintWriter(System.err, true),
                args);
    }

    /**
     * Runs with standard output on {@code stdout}: a write error stops the command; a closed pipe ends it quietly
     * with {@link #READER_GONE}, any other error (disk full) with a one-line message and exit 4.
     */
    static int run(java.io.OutputStream stdout, java.io.PrintWriter err, String... args) {
        StdoutGuard guard = new StdoutGuard(stdout);
        java.io.PrintWriter out = new java.io.PrintWriter(
                new java.io.OutputStreamWriter(guard, java.nio.charset.StandardCharsets.UTF_8), true);
        return run(out, err, guard, args);
    }

    /** Runs with the given streams (tests capture them); returns the exit code. */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        return run(out, err, null, args);
    }

    private static int run(java.io.PrintWriter out, java.io.PrintWriter err, StdoutGuard guard, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        // a bad option value or an unknown option: one line naming it, as for bad input found later (exit 2);
        // a type converter's own verdict (--dictionaries petrarch:DIR) is printed as it is
        cl.setParameterExceptionHandler((ex, given) -> {
            CommandLine cmd = ex.getCommandLine();
            if (ex.getCause() instanceof dev.dyad.input.InputException bad) {
                cmd.getErr().println("dyad: " + bad.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            cmd.getErr().println("dyad: " + ex.getMessage() + " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
            return ExitCodes.BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof dev.dyad.output.OutputClosedException) {
                return ExitCodes.STORE; // reported below, once
            }
            cmd.getErr().println("dyad: " + ExitCodes.message(ex));
            return ExitCodes.forException(ex);
        });
        try {
            int code = cl.execute(args);
            if (out.checkError()) {
                // never exit 0 with output lost; a closed pipe's reader wanted no more, so that one ends quietly
                if (guard != null && guard.readerGone()) {
                    return READER_GONE;
                }
                String why = guard != null && guard.error() != null ? ": " + guard.error().getMessage() : "";
                err.println("dyad: cannot write to standard output" + why + "; the output is incomplete");
                err.flush();
                return ExitCodes.STORE;
            }
            return code;
        } catch (Error e) {
            // out of memory or stack overflow outside an article's coding: one line, no stack trace
            err.println("dyad: internal error: " + e);
            err.flush();
            return ExitCodes.INTERNAL;
        }
    }
}
