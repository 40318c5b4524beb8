package dev.dyad.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The trees the PETRARCH validation records are coded on ({@code --petrarch-parse}). */
enum PetrarchParse {
    /** CoreNLP's parse of each record's text: what {@code dyad code --dictionaries petrarch:DIR} does. */
    CORENLP,
    /** The records' own {@code <Parse>} trees, as PETRARCH2 codes them. */
    RECORD;

    /** Reads {@code corenlp} or {@code record}; anything else is a one-line error naming both. */
    static final class Converter implements ITypeConverter<PetrarchParse> {
        @Override
        public PetrarchParse convert(String value) {
            for (PetrarchParse p : values()) {
                if (p.name().toLowerCase(Locale.ROOT).equals(value)) {
                    return p;
                }
            }
            throw new TypeConversionException("expected corenlp or record, found '" + value + "'");
        }
    }
}
