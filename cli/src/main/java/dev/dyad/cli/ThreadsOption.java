package dev.dyad.cli;

import dev.dyad.input.InputException;
import picocli.CommandLine.Option;

/** {@code --threads N}: worker threads sharing one pipeline; output and its order never depend on it. */
final class ThreadsOption {
    @Option(names = "--threads", paramLabel = "N", description = "worker threads sharing one pipeline (default: the number of cores)")
    Integer threads;

    /** The thread count; a value below 1 is refused with a one-line error before any work (exit 2). */
    int threads() {
        if (threads != null && threads < 1) {
            throw new InputException("--threads must be 1 or more, got " + threads);
        }
        return threads != null ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
