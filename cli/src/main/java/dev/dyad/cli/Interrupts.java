package dev.dyad.cli;

import java.io.PrintWriter;

/**
 * Ctrl-C (SIGINT): one line on standard error saying what becomes of the work, then exit 130, as shells report
 * a command ended by SIGINT. Shutdown hooks still run (the server closes, the store is closed). A command sets
 * what the line adds with {@link #note} (ingest: what is kept and how to finish).
 */
final class Interrupts {
    static final int EXIT = 130;
    private static volatile String note = "";

    private Interrupts() {
    }

    /** Installs the handler; where the JVM cannot (SIGINT ignored, as for a background job), Ctrl-C is left as it is. */
    static void install(PrintWriter err) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), s -> System.exit(interrupted(err)));
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // no handler: the default action (exit 130, silently) stays
        }
    }

    /** Says what the command in progress adds to the interruption message ("" for nothing). */
    static void note(String text) {
        note = text == null ? "" : text;
    }

    /** Prints the line and returns the exit code. */
    static int interrupted(PrintWriter err) {
        err.println("dyad: interrupted (Ctrl-C)" + note);
        err.flush();
        return EXIT;
    }
}
