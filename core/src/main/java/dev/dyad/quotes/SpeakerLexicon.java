package dev.dyad.quotes;

import dev.dyad.dict.DictionaryFiles;
import dev.dyad.dict.DictionaryLine;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word knowledge of quote attribution ({@code quotes/speakers.txt}, format in its FORMAT.md): the gender of
 * given names and honorifics, abbreviated titles, proxy nouns ("Smith's office said") and nouns that refer back to
 * the last organisation ("the group said"), verbs that introduce a quoted name ("dubbed it ...") and the first-person
 * pronouns that, inside a speaker's quote, mention the speaker. Immutable, thread-safe.
 */
public final class SpeakerLexicon {
    public static final String FILE = "quotes/speakers.txt";

    /** A person's grammatical gender as a pronoun shows it; UNKNOWN agrees with both he and she. */
    public enum Gender { FEMALE, MALE, UNKNOWN }

    /** What a third-person pronoun may refer to ({@code pronoun} lines). */
    public enum PronounClass { MALE, FEMALE, GROUP, THING }

    private final Map<String, Gender> genders = new HashMap<>();
    private final Map<String, String> titles = new HashMap<>();
    private final Set<String> proxies = new HashSet<>();
    private final Set<String> refers = new HashSet<>();
    private final Set<String> namingVerbs = new HashSet<>();
    private final Set<String> firstPerson = new HashSet<>();
    private final Map<String, PronounClass> pronouns = new HashMap<>();

    public static SpeakerLexicon builtIn() {
        return fromLines(DictionaryFiles.resource(FILE));
    }

    public static SpeakerLexicon fromLines(List<DictionaryLine> lines) {
        SpeakerLexicon l = new SpeakerLexicon();
        for (DictionaryLine line : lines) {
            String kind = line.field(0);
            String word = line.field(1).toLowerCase(Locale.ROOT);
            if (word.isEmpty()) {
                throw line.error("empty word");
            }
            switch (kind) {
                case "female", "male" -> {
                    line.requireFields(2, 2);
                    Gender g = kind.equals("female") ? Gender.FEMALE : Gender.MALE;
                    Gender before = l.genders.put(word, g);
                    if (before != null) {
                        throw line.error(before == g ? "duplicate entry '" + kind + " | " + line.field(1) + "'"
                                : "'" + line.field(1) + "' is listed as both female and male");
                    }
                }
                case "title" -> {
                    line.requireFields(3, 3);
                    unique(line, l.titles.put(word, line.field(2).toLowerCase(Locale.ROOT)) == null);
                }
                case "proxy" -> {
                    line.requireFields(2, 2);
                    unique(line, l.proxies.add(word));
                }
                case "refer" -> {
                    line.requireFields(2, 2);
                    unique(line, l.refers.add(word));
                }
                case "naming-verb" -> {
                    line.requireFields(2, 2);
                    unique(line, l.namingVerbs.add(word));
                }
                case "first-person" -> {
                    line.requireFields(2, 2);
                    unique(line, l.firstPerson.add(word));
                }
                case "pronoun" -> {
                    line.requireFields(3, 3);
                    PronounClass c;
                    try {
                        c = PronounClass.valueOf(line.field(2).toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw line.error("unknown pronoun class '" + line.field(2) + "' (expected male, female, group, thing)");
                    }
                    unique(line, l.pronouns.put(word, c) == null);
                }
                default -> throw line.error("unknown kind '" + kind
                        + "' (expected female, male, title, proxy, refer, naming-verb, first-person, pronoun)");
            }
        }
        return l;
    }

    private static void unique(DictionaryLine line, boolean isNew) {
        if (!isNew) {
            throw line.error("duplicate entry '" + line.field(0) + " | " + line.field(1) + "'");
        }
    }

    /** The gender a given name or honorific ("Mrs.") shows, or UNKNOWN. */
    public Gender gender(String word) {
        return genders.getOrDefault(word.toLowerCase(Locale.ROOT), Gender.UNKNOWN);
    }

    /** The title noun an abbreviation stands for ("Gov." → governor), else the word itself in lower case. */
    public String title(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return titles.getOrDefault(w, w);
    }

    public boolean isProxy(String lemma) {
        return proxies.contains(lemma.toLowerCase(Locale.ROOT));
    }

    public boolean refersBack(String lemma) {
        return refers.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** A verb that introduces a quoted name or phrase without being a verb of saying ("call", "dub"). */
    public boolean isNamingVerb(String lemma) {
        return namingVerbs.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** What a third-person pronoun may refer to, or null for any other word. */
    public PronounClass pronoun(String word) {
        return pronouns.get(word.toLowerCase(Locale.ROOT));
    }

    /** A first-person pronoun ("we", "my"): in a coded speaker's quote, a mention of the speaker. */
    public boolean isFirstPerson(String word) {
        return firstPerson.contains(word.toLowerCase(Locale.ROOT));
    }
}
