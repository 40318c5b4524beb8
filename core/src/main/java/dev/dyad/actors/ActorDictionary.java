package dev.dyad.actors;

import dev.dyad.dict.DictionaryFiles;
import dev.dyad.dict.DictionaryLine;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The actor dictionaries (countries, organisations, agents, persons), validated at load time.
 * Immutable and thread-safe once built. See {@code actors/FORMAT.md} for the file format.
 */
public final class ActorDictionary {
    public static final List<String> BUILT_IN_FILES =
            List.of("actors/countries.txt", "actors/organizations.txt", "actors/organizations-security.txt",
                    "actors/organizations-parties.txt", "actors/organizations-armed-groups.txt",
                    "actors/organizations-igo-ngo.txt", "actors/organizations-education-media.txt",
                    "actors/agents.txt", "actors/persons.txt",
                    // dated office holders beyond persons.txt's G20 core, one file per region (see their headers)
                    "actors/persons-europe.txt", "actors/persons-africa.txt", "actors/persons-americas.txt",
                    "actors/persons-asia-pacific.txt", "actors/persons-middle-east.txt", "actors/persons-igo.txt");
    private static final Pattern ACTOR_CODE = Pattern.compile("([A-Z]{3})+");
    private static final Pattern SECTOR_CODE = Pattern.compile("([A-Z]{3})+");

    /** Case-sensitive phrases (names, adjectives, capitals, metonyms, persons) by first token. */
    private final Map<String, List<ActorEntry>> byFirstToken = new HashMap<>();
    /** Sector nouns and modifiers by first lower-case lemma. */
    private final Map<String, List<ActorEntry>> sectorsByFirstLemma = new HashMap<>();
    /** Persons by last name token, for "Lavrov" after "Sergei Lavrov" and well-known surnames. */
    private final Map<String, List<ActorEntry>> personsBySurname = new HashMap<>();
    /** Person roles by exact phrase, so that the overlap check costs O(roles of one name), not O(all entries). */
    private final Map<String, List<ActorEntry>> personsByPhrase = new HashMap<>();
    /** How many distinct person phrases start with each token: a token many people are called by first is a given name. */
    private final Map<String, Integer> givenNameCounts = new HashMap<>();
    /**
     * Regnal numbers and generational suffixes end a name but are not surnames: "King Abdullah II" and
     * "Ferdinand Marcos Jr." (tokens "Jr", ".") are filed under "Abdullah" and "Marcos", never under "II" or "Jr.".
     */
    private static final Pattern NOT_A_SURNAME = Pattern.compile("[IVXL]+|Jr\\.?|Sr\\.?|\\.");
    /**
     * A surname alone is read as a known person only if it is not also the first name of this many distinct
     * person phrases: "Ali" (Irfaan Ali) or "Mohamed" (Mohamed Abdullahi Mohamed) are given names far more
     * often than references to one office holder.
     */
    static final int GIVEN_NAME_LIMIT = 5;
    private final List<ActorEntry> entries = new ArrayList<>();
    /** The function words of descriptions ("former", "-based", "members of"), {@link DescriptionWords#FILE}. */
    private DescriptionWords descriptionWords;

    private ActorDictionary() {
    }

    public static ActorDictionary builtIn() {
        List<DictionaryLine> lines = new ArrayList<>();
        for (String f : BUILT_IN_FILES) {
            lines.addAll(DictionaryFiles.resource(f));
        }
        return fromLines(lines);
    }

    public static ActorDictionary fromLines(List<DictionaryLine> lines) {
        return fromLines(lines, DescriptionWords.builtIn());
    }

    public static ActorDictionary fromLines(List<DictionaryLine> lines, DescriptionWords descriptionWords) {
        ActorDictionary d = new ActorDictionary();
        d.descriptionWords = descriptionWords;
        Map<String, ActorEntry> seen = new HashMap<>();
        for (DictionaryLine line : lines) {
            ActorEntry e = parse(line);
            d.add(e, seen, line);
        }
        d.sortLongestFirst();
        return d;
    }

    static ActorEntry parse(DictionaryLine line) {
        if (line.fields().size() < 3) {
            throw line.error("expected 'CODE | kind | phrase', found " + line.fields().size() + " field(s)");
        }
        EntryKind kind = EntryKind.parse(line.field(1));
        if (kind == null) {
            throw line.error("unknown kind '" + line.field(1) + "' (expected one of name, acronym, adj, capital, "
                    + "metonym, noun, modifier, person)");
        }
        String code = line.field(0);
        Pattern shape = kind.isSector() ? SECTOR_CODE : ACTOR_CODE;
        if (!shape.matcher(code).matches()) {
            throw line.error("malformed code '" + code + "' (" + (kind.isSector()
                    ? "a sector code: upper-case letters, a multiple of 3" : "upper-case letters, a multiple of 3") + ")");
        }
        String phrase = line.field(2);
        if (phrase.isEmpty()) {
            throw line.error("empty phrase");
        }
        LocalDate from = null;
        LocalDate to = null;
        boolean ambiguous = false;
        if (kind == EntryKind.PERSON) {
            line.requireFields(4, 4);
            String range = line.field(3);
            int dots = range.indexOf("..");
            if (dots < 0) {
                throw line.error("malformed date range '" + range + "' (expected from..to, either end may be empty)");
            }
            from = date(line, range.substring(0, dots));
            to = date(line, range.substring(dots + 2));
            if (from != null && to != null && to.isBefore(from)) {
                throw line.error("date range ends before it starts: " + range);
            }
        } else if (line.fields().size() == 4) {
            if (!line.field(3).equals("ambiguous")) {
                throw line.error("unexpected fourth field '" + line.field(3) + "' (only 'ambiguous' is allowed here)");
            }
            ambiguous = true;
        } else if (line.fields().size() > 4) {
            throw line.error("expected 3 fields, found " + line.fields().size());
        }
        List<String> tokens = PhraseTokenizer.tokens(phrase);
        if (kind.isSector()) {
            tokens = tokens.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
        }
        return new ActorEntry(code, kind, phrase, tokens, from, to, ambiguous, line.where());
    }

    private static LocalDate date(DictionaryLine line, String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw line.error("bad date '" + text + "' (expected YYYY-MM-DD)");
        }
    }

    private void add(ActorEntry e, Map<String, ActorEntry> seen, DictionaryLine line) {
        String namespace = e.kind().isSector() ? "sector" : e.kind() == EntryKind.PERSON ? "person" : "name";
        String key = namespace + "\u0000" + String.join(" ", e.tokens());
        String exactKey = key + "\u0000" + e.kind();
        if (e.kind() == EntryKind.PERSON) {
            List<ActorEntry> roles = personsByPhrase.computeIfAbsent(e.phrase(), k -> new ArrayList<>());
            for (ActorEntry other : roles) {
                if (overlaps(other, e)) {
                    throw line.error("date range of '" + e.phrase() + "' overlaps the one at " + other.where());
                }
            }
            if (roles.isEmpty() && e.tokens().size() > 1) {
                givenNameCounts.merge(e.tokens().get(0), 1, Integer::sum);
            }
            roles.add(e);
        } else {
            ActorEntry same = seen.get(exactKey);
            if (same != null) {
                throw line.error("duplicate entry '" + e.phrase() + "' (" + e.kind().name().toLowerCase(Locale.ROOT)
                        + "), already defined at " + same.where());
            }
            ActorEntry other = seen.get(key);
            if (other != null && !other.code().equals(e.code()) && !e.ambiguous()) {
                throw line.error("'" + e.phrase() + "' is coded " + e.code() + " here but " + other.code() + " at "
                        + other.where() + " (mark the line '| ambiguous' if both are meant)");
            }
            seen.putIfAbsent(key, e);
            seen.put(exactKey, e);
        }
        entries.add(e);
        Map<String, List<ActorEntry>> index = e.kind().isSector() ? sectorsByFirstLemma : byFirstToken;
        index.computeIfAbsent(e.tokens().get(0), k -> new ArrayList<>()).add(e);
        String surname = e.kind() == EntryKind.PERSON ? surname(e.tokens()) : null;
        if (surname != null) {
            personsBySurname.computeIfAbsent(surname, k -> new ArrayList<>()).add(e);
        }
    }

    /** The last token that is neither a regnal number nor a suffix, if the name has a token before it. */
    static String surname(List<String> tokens) {
        int last = tokens.size() - 1;
        while (last > 0 && NOT_A_SURNAME.matcher(tokens.get(last)).matches()) {
            last--;
        }
        return last > 0 ? tokens.get(last) : null;
    }

    private static boolean overlaps(ActorEntry a, ActorEntry b) {
        LocalDate aFrom = a.from() == null ? LocalDate.MIN : a.from();
        LocalDate aTo = a.to() == null ? LocalDate.MAX : a.to();
        LocalDate bFrom = b.from() == null ? LocalDate.MIN : b.from();
        LocalDate bTo = b.to() == null ? LocalDate.MAX : b.to();
        return !aTo.isBefore(bFrom) && !bTo.isBefore(aFrom);
    }

    private void sortLongestFirst() {
        for (List<ActorEntry> l : byFirstToken.values()) {
            l.sort((x, y) -> Integer.compare(y.tokens().size(), x.tokens().size()));
        }
        for (List<ActorEntry> l : sectorsByFirstLemma.values()) {
            l.sort((x, y) -> Integer.compare(y.tokens().size(), x.tokens().size()));
        }
    }

    /** Name-like entries (countries, organisations, metonyms, persons) whose phrase starts with this token. */
    public List<ActorEntry> startingWith(String token) {
        return byFirstToken.getOrDefault(token, Collections.emptyList());
    }

    /**
     * Sectors that make no actor without a country: "the company agreed" is business news, not an event between
     * political actors, so dyad codes no {@code ---BUS}.
     */
    public static final java.util.Set<String> NEED_A_COUNTRY = java.util.Set.of("BUS");

    /** Sector nouns and modifiers whose phrase starts with this lower-case lemma. */
    public List<ActorEntry> sectorsStartingWith(String lemma) {
        return sectorsByFirstLemma.getOrDefault(lemma, Collections.emptyList());
    }

    /** Persons filed under this surname; none when the token is a common given name (see GIVEN_NAME_LIMIT). */
    public List<ActorEntry> personsWithSurname(String surname) {
        if (givenNameCounts.getOrDefault(surname, 0) >= GIVEN_NAME_LIMIT) {
            return Collections.emptyList();
        }
        return personsBySurname.getOrDefault(surname, Collections.emptyList());
    }

    public DescriptionWords descriptionWords() {
        return descriptionWords;
    }

    public List<ActorEntry> entries() {
        return Collections.unmodifiableList(entries);
    }

    /**
     * The code a person entry gives on a date: the active role's code; after the last role ended,
     * the country with ELI (former elite); before the first role, the country alone; null if unknown.
     */
    public PersonCode personCode(String phrase, LocalDate date) {
        ActorEntry latestEnded = null;
        for (ActorEntry e : startingWith(PhraseTokenizer.tokens(phrase).get(0))) {
            if (e.kind() != EntryKind.PERSON || !e.phrase().equals(phrase)) {
                continue;
            }
            if (e.activeOn(date)) {
                return new PersonCode(e.code(), e.where());
            }
            if (e.to() != null && e.to().isBefore(date) && (latestEnded == null || e.to().isAfter(latestEnded.to()))) {
                latestEnded = e;
            }
        }
        if (latestEnded != null) {
            String country = latestEnded.code().startsWith("IGO") ? latestEnded.code() : latestEnded.country() + "ELI";
            return new PersonCode(country, latestEnded.where() + " (former: role ended " + latestEnded.to() + ")");
        }
        for (ActorEntry e : startingWith(PhraseTokenizer.tokens(phrase).get(0))) {
            if (e.kind() == EntryKind.PERSON && e.phrase().equals(phrase) && !e.code().startsWith("IGO")) {
                // before any listed role the person is still known to belong to the country, not to its government
                return new PersonCode(e.country(), e.where() + " (no role yet on " + date + ": country only)");
            }
        }
        return null;
    }

    public record PersonCode(String code, String rule) {
    }
}
