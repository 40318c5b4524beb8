package dev.dyad.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --threads N}: worker threads sharing one pipeline; output and its order never depend on it. */
final class ThreadsOption {
    @Option(names = "--threads", paramLabel = "N", converter = Positive.class,
            description = "worker threads sharing one pipeline (default: the number of cores)")
    Integer threads;

    int threads() {
        return threads != null ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    static final class Positive implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int n;
            try {
                n = Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a whole number");
            }
            if (n < 1) {
                throw new TypeConversionException("must be 1 or more, got " + n);
            }
            return n;
        }
    }
}
