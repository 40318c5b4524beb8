package dev.dyad.actors;

import dev.dyad.dict.DictionaryFiles;
import dev.dyad.dict.DictionaryLine;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The function words of actor descriptions ({@code actors/descriptions.txt}): which words mark a former office
 * holder, a "<place>-based" group, a noun that takes the code of its "of" phrase, or a first-level division.
 * Immutable and thread-safe once built; every word keeps the file and line it came from, for the rules.
 */
public final class DescriptionWords {
    public static final String FILE = "actors/descriptions.txt";

    /** The kinds of {@code descriptions.txt} lines (see actors/FORMAT.md). */
    public enum Kind {
        FORMER("former"), BASED("based"), OF_HEAD("of-head"), REGION("region");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private final Map<Kind, Map<String, String>> words = new EnumMap<>(Kind.class);

    private DescriptionWords() {
        for (Kind k : Kind.values()) {
            words.put(k, new HashMap<>());
        }
    }

    public static DescriptionWords builtIn() {
        return fromLines(DictionaryFiles.resource(FILE));
    }

    public static DescriptionWords fromLines(List<DictionaryLine> lines) {
        DescriptionWords d = new DescriptionWords();
        for (DictionaryLine line : lines) {
            line.requireFields(2, 2);
            Kind kind = null;
            for (Kind k : Kind.values()) {
                if (k.label.equals(line.field(0))) {
                    kind = k;
                }
            }
            if (kind == null) {
                throw line.error("unknown kind '" + line.field(0) + "' (expected former, based, of-head or region)");
            }
            String word = line.field(1);
            if (word.isEmpty() || word.contains(" ") || !word.equals(word.toLowerCase(Locale.ROOT))) {
                throw line.error("'" + word + "' must be one lower-case word");
            }
            String before = d.words.get(kind).putIfAbsent(word, line.where());
            if (before != null) {
                throw line.error("duplicate " + kind.label + " word '" + word + "', already defined at " + before);
            }
        }
        return d;
    }

    /**
     * Where {@code word} is listed as {@code kind} ("actors/descriptions.txt:12"), or null. The word is compared
     * in lower case.
     */
    public String where(Kind kind, String word) {
        return words.get(kind).get(word.toLowerCase(Locale.ROOT));
    }

    public boolean is(Kind kind, String word) {
        return where(kind, word) != null;
    }

    /**
     * A {@code former} word written as a prefix ({@code ex-}: ending in a hyphen) that starts {@code token}
     * ("ex-president"), with something after it; null if none.
     */
    public String formerPrefix(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        for (String w : words.get(Kind.FORMER).keySet()) {
            if (w.endsWith("-") && lower.startsWith(w) && lower.length() > w.length()) {
                return w;
            }
        }
        return null;
    }
}
