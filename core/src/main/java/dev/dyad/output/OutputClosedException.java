package dev.dyad.output;

import java.io.PrintWriter;

/**
 * The output cannot be written any more: the disk is full, or the reader of a pipe has gone ({@code | head -1}).
 * A PrintWriter swallows write errors, so writers of long outputs call {@link #check} per record and stop at
 * once instead of computing the rest for nobody (issue 19); the command line reports it.
 */
public final class OutputClosedException extends RuntimeException {
    public OutputClosedException() {
        super("cannot write to standard output");
    }

    /** Throws when {@code out} has met a write error (flushing it first). */
    public static void check(PrintWriter out) {
        if (out.checkError()) {
            throw new OutputClosedException();
        }
    }
}
