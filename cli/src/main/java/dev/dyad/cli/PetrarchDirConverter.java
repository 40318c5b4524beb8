package dev.dyad.cli;

import dev.dyad.input.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;

/**
 * picocli's converter for {@code --dictionaries petrarch:DIR}: DIR must be an existing directory. Anything else is an
 * {@link InputException}, which {@link Main}'s parameter handler prints as one line (exit 2), before any model loads.
 */
final class PetrarchDirConverter implements ITypeConverter<Path> {
    static final String PREFIX = "petrarch:";

    @Override
    public Path convert(String value) {
        if (!value.startsWith(PREFIX) || value.length() == PREFIX.length()) {
            throw new InputException("--dictionaries: expected petrarch:<dir>, found '" + value + "'");
        }
        Path dir = Path.of(value.substring(PREFIX.length()));
        if (!Files.isDirectory(dir)) {
            throw new InputException("--dictionaries: " + dir + ": no such directory");
        }
        return dir;
    }
}
