package dev.dyad.dict;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Closed word classes read from a {@code kind | word} dictionary file: which words are group nouns, pronouns,
 * locative prepositions and the like. Each stage that needs such lists declares its kinds as an enum implementing
 * {@link Kind}; the file is validated against it when loaded (unknown kind, wrong number of fields, a word that is
 * not one token, a lower-case kind's word with capitals, the same word twice in a kind: errors naming file:line).
 * Membership is exact: callers pass the form they compare on (a lower-case lemma, a tag as written).
 * Immutable and thread-safe once built; every word keeps the file and line it came from.
 *
 * @param <K> the kinds of the file's lines
 */
public final class WordLists<K extends Enum<K> & WordLists.Kind> {
    /** One kind of line: its label in the file and whether its words must be written in lower case. */
    public interface Kind {
        String label();

        /** Words compared on lower-case text or lemmas are written in lower case; tags and codes as written. */
        default boolean lowerCase() {
            return true;
        }
    }

    private final String file;
    private final Map<K, Map<String, String>> words;

    private WordLists(String file, Map<K, Map<String, String>> words) {
        this.file = file;
        this.words = words;
    }

    /** The lists of a built-in file ({@code DictionaryFiles.resource(file)}). */
    public static <K extends Enum<K> & Kind> WordLists<K> builtIn(Class<K> kinds, String file) {
        return fromLines(kinds, file, DictionaryFiles.resource(file));
    }

    public static <K extends Enum<K> & Kind> WordLists<K> fromLines(Class<K> kinds, String file,
                                                                 List<DictionaryLine> lines) {
        Map<K, Map<String, String>> words = new EnumMap<>(kinds);
        for (K k : kinds.getEnumConstants()) {
            words.put(k, new LinkedHashMap<>());
        }
        for (DictionaryLine line : lines) {
            line.requireFields(2, 2);
            K kind = kind(kinds, line);
            String word = line.field(1);
            if (word.isEmpty() || word.chars().anyMatch(Character::isWhitespace)) {
                throw line.error("'" + word + "' must be one word");
            }
            if (kind.lowerCase() && !word.equals(word.toLowerCase(Locale.ROOT))) {
                throw line.error("'" + word + "' must be written in lower case (" + kind.label() + " words are)");
            }
            String before = words.get(kind).putIfAbsent(word, line.where());
            if (before != null) {
                throw line.error("duplicate " + kind.label() + " word '" + word + "', already defined at " + before);
            }
        }
        words.replaceAll((k, m) -> Collections.unmodifiableMap(m));
        return new WordLists<>(file, Collections.unmodifiableMap(words));
    }

    private static <K extends Enum<K> & Kind> K kind(Class<K> kinds, DictionaryLine line) {
        for (K k : kinds.getEnumConstants()) {
            if (k.label().equals(line.field(0))) {
                return k;
            }
        }
        throw line.error("unknown kind '" + line.field(0) + "' (expected one of "
                + Arrays.stream(kinds.getEnumConstants()).map(Kind::label).collect(Collectors.joining(", ")) + ")");
    }

    /** Whether {@code word} is listed under {@code kind}, compared exactly. */
    public boolean has(K kind, String word) {
        return words.get(kind).containsKey(word);
    }

    /** Where {@code word} is listed under {@code kind} ("actors/mentions.txt:12"), or null. */
    public String where(K kind, String word) {
        return words.get(kind).get(word);
    }

    /** The words of one kind, in file order. */
    public Set<String> words(K kind) {
        return words.get(kind).keySet();
    }

    public String file() {
        return file;
    }
}
