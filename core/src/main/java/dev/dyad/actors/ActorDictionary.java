package dev.dyad.actors;

import dev.dyad.model.Token;

import dev.dyad.dict.DictionaryFiles;
import dev.dyad.dict.DictionaryLine;
import dev.dyad.dict.WordLists;
import java.time.LocalDate;
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
    static final String PHOENIX_COUNTRIES = "actors/phoenix/countries.txt";
    /**
     * The Phoenix layer (PETRARCH2's production dictionaries converted by {@code tools/convert_phoenix.java}), loaded
     * under dyad's own files: where both know a phrase, dyad's entry wins.
     */
    public static final List<String> LAYER_FILES = List.of(PHOENIX_COUNTRIES, "actors/phoenix/international.txt",
            "actors/phoenix/milnonstate.txt", "actors/phoenix/agents.txt");
    /** Every file whose text feeds the dictionary hash (and so the pipeline version). */
    public static final List<String> HASHED_FILES = java.util.stream.Stream.concat(BUILT_IN_FILES.stream(),
            LAYER_FILES.stream()).toList();

    /** Case-sensitive phrases (names, adjectives, capitals, metonyms, persons) by first token. */
    private final Map<String, List<ActorEntry>> byFirstToken = new HashMap<>();
    /** Sector nouns and modifiers by first lower-case lemma. */
    private final Map<String, List<ActorEntry>> sectorsByFirstLemma = new HashMap<>();
    /** Layer names and persons by lower-case first token (matched ignoring case, see {@link #layerMatches}). */
    private final Map<String, List<ActorEntry>> layerByFirstToken = new HashMap<>();
    /** Persons of dyad's own files by last name token, for "Lavrov" after "Sergei Lavrov" and well-known surnames. */
    private final Map<String, List<ActorEntry>> personsBySurname = new HashMap<>();
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
    /** The roles of each person, by {@link #personKey}. */
    private final Map<String, List<ActorEntry>> rolesByPerson = new HashMap<>();
    /** Lower-case keys of dyad's own entries: a layer entry with one of these is not loaded (dyad's wins). */
    private final java.util.Set<String> ownKeys = new java.util.HashSet<>();
    private final List<ActorEntry> entries = new ArrayList<>();
    /** The function words of descriptions ("former", "-based", "members of"), {@link DescriptionWords#FILE}. */
    private DescriptionWords descriptionWords;
    /** The word classes of actor mentions ("countries", "they", noun-chunk tags), {@link MentionWord#FILE}. */
    private WordLists<MentionWord> mentionWords;

    private ActorDictionary() {
    }

    public static ActorDictionary builtIn() {
        List<DictionaryLine> own = new ArrayList<>();
        for (String f : BUILT_IN_FILES) {
            own.addAll(DictionaryFiles.resource(f));
        }
        List<DictionaryLine> layer = new ArrayList<>();
        for (String f : LAYER_FILES) {
            layer.addAll(DictionaryFiles.resource(f));
        }
        return fromLayers(own, layer, DescriptionWords.builtIn());
    }

    public static ActorDictionary fromLines(List<DictionaryLine> lines) {
        return fromLines(lines, DescriptionWords.builtIn());
    }

    public static ActorDictionary fromLines(List<DictionaryLine> lines, DescriptionWords descriptionWords) {
        return fromLayers(lines, List.of(), descriptionWords);
    }

    public static ActorDictionary fromLayers(List<DictionaryLine> own, List<DictionaryLine> layer) {
        return fromLayers(own, layer, DescriptionWords.builtIn());
    }

    /**
     * dyad's own lines, then a layer's: both validated strictly (a malformed line stops loading with file:line,
     * duplicates within each are errors), but a layer entry whose phrase dyad's own files know is skipped.
     */
    public static ActorDictionary fromLayers(List<DictionaryLine> own, List<DictionaryLine> layer,
                                             DescriptionWords descriptionWords) {
        ActorDictionary d = new ActorDictionary();
        d.descriptionWords = descriptionWords;
        d.mentionWords = MentionWord.builtIn();
        Map<String, ActorEntry> seen = new HashMap<>();
        for (DictionaryLine line : own) {
            d.add(ActorLine.parse(line, false), seen, line);
        }
        Map<String, ActorEntry> seenInLayer = new HashMap<>();
        for (DictionaryLine line : layer) {
            ActorEntry e = ActorLine.parse(line, true);
            if (!d.ownKeys.contains(ownKey(e)) && !d.endsWithOwnName(e)) {
                d.add(e, seenInLayer, line);
            }
        }
        d.sortLongestFirst();
        return d;
    }

    /**
     * "President Vladimir Putin" of the layer ends with dyad's own "Vladimir Putin": dyad's dated roles (to 2026) must
     * decide, not the layer's (mostly to 2014), so the longer layer phrase is not loaded.
     */
    private boolean endsWithOwnName(ActorEntry e) {
        if (e.kind() != EntryKind.PERSON) {
            return false;
        }
        List<String> t = e.tokens();
        for (int k = 1; k + 2 <= t.size(); k++) {
            if (ownKeys.contains("name\u0000" + String.join(" ", t.subList(k, t.size())).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Name-like entries and persons share one namespace here: dyad's "Hamas" keeps a layer's "HAMAS" person out. */
    private static String ownKey(ActorEntry e) {
        return (e.kind().isSector() ? "sector\u0000" : "name\u0000")
                + String.join(" ", e.tokens()).toLowerCase(Locale.ROOT);
    }

    private void add(ActorEntry e, Map<String, ActorEntry> seen, DictionaryLine line) {
        String namespace = e.kind().isSector() ? "sector" : e.kind() == EntryKind.PERSON ? "person" : "name";
        String key = namespace + "\u0000" + String.join(" ", e.tokens());
        String exactKey = key + "\u0000" + e.kind();
        if (e.kind() == EntryKind.PERSON) {
            List<ActorEntry> roles = rolesByPerson.computeIfAbsent(personKey(e.layer(), e.tokens()), k -> new ArrayList<>());
            for (ActorEntry other : roles) {
                if (overlaps(other, e)) {
                    throw line.error("date range of '" + e.phrase() + "' overlaps the one at " + other.where());
                }
            }
            if (roles.isEmpty() && e.tokens().size() > 1 && !e.layer()) {
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
        if (!e.layer()) {
            ownKeys.add(ownKey(e));
        }
        Map<String, List<ActorEntry>> index = e.kind().isSector() ? sectorsByFirstLemma
                : e.layer() ? layerByFirstToken : byFirstToken;
        String first = e.layer() ? e.tokens().get(0).toLowerCase(Locale.ROOT) : e.tokens().get(0);
        index.computeIfAbsent(first, k -> new ArrayList<>()).add(e);
        // a layer person's surname alone is not looked up: the layer's 20,000 ministers share too many surnames
        String surname = e.kind() == EntryKind.PERSON && !e.layer() ? surname(e.tokens()) : null;
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

    private static String personKey(boolean layer, List<String> tokens) {
        String joined = String.join(" ", tokens);
        return layer ? "layer\u0000" + joined.toLowerCase(Locale.ROOT) : "own\u0000" + joined;
    }

    private void sortLongestFirst() {
        for (List<ActorEntry> l : byFirstToken.values()) {
            l.sort((x, y) -> Integer.compare(y.tokens().size(), x.tokens().size()));
        }
        for (List<ActorEntry> l : layerByFirstToken.values()) {
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
     * Layer names and persons that may start at this article token: the layer's source is upper case, so its
     * phrases are matched ignoring case, but only on a word that starts with a capital (or a digit).
     */
    public List<ActorEntry> layerStartingWith(String token) {
        if (token.isEmpty() || !(Character.isUpperCase(token.charAt(0)) || Character.isDigit(token.charAt(0)))) {
            return Collections.emptyList();
        }
        return layerByFirstToken.getOrDefault(token.toLowerCase(Locale.ROOT), Collections.emptyList());
    }

    /**
     * Whether article tokens match a layer phrase's token: equal ignoring case, and a phrase word written with a
     * capital ("Assad" in "Al-Assad") has one in the article too; words the converter wrote in lower case ("of",
     * "al") may be lower case. So "National Assembly" does not match "national assembly".
     */
    public static boolean layerMatches(String phraseToken, String articleToken) {
        return phraseToken.equalsIgnoreCase(articleToken)
                && (phraseToken.chars().noneMatch(Character::isUpperCase) || articleToken.chars().anyMatch(Character::isUpperCase));
    }

    /**
     * Whether a whole name or person of dyad's own files or of the layer matches the tokens from {@code i}, compared
     * as the actor stage compares them, whatever the date (a person out of office still matches): a superset of the
     * names that stage finds there, and far stricter than a test of the first word ("The" starts "The Hague").
     */
    public boolean nameAt(List<Token> tokens, int i) {
        return AtomMatcher.anyNameAt(this, tokens, i);
    }

    /** Whether this phrase is a name or person of the dictionaries (own as written, layer ignoring case). */
    public boolean knowsPhrase(String phrase) {
        List<String> tokens = PhraseTokenizer.tokens(phrase);
        if (tokens.isEmpty()) {
            return false;
        }
        return startingWith(tokens.get(0)).stream().anyMatch(e -> e.phrase().equals(phrase))
                || layerStartingWith(tokens.get(0)).stream().anyMatch(e -> e.phrase().equalsIgnoreCase(phrase));
    }

    /**
     * Whether a sector makes no actor without a country ({@code needs-country} of {@link MentionWord#FILE}): "the
     * company agreed" is business news, not an event between political actors, so dyad codes no {@code ---BUS}.
     */
    public boolean needsCountry(String sector) {
        return mentionWords.has(MentionWord.NEEDS_COUNTRY, sector);
    }

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

    /** The word classes of actor mentions (group nouns, pronouns, chunk tags), {@link MentionWord#FILE}. */
    public WordLists<MentionWord> mentionWords() {
        return mentionWords;
    }

    public List<ActorEntry> entries() {
        return Collections.unmodifiableList(entries);
    }

    /**
     * The code a person of dyad's own files gives on a date: the active role's code; after the last role ended,
     * the country with ELI (former elite); before the first role, the country alone (a layer person: null); null if
     * unknown.
     */
    public PersonCode personCode(String phrase, LocalDate date) {
        return personCode(rolesByPerson.get(personKey(false, PhraseTokenizer.tokens(phrase))), date);
    }

    /** The code the person of this entry (own or layer) gives on a date, as {@link #personCode(String, LocalDate)}. */
    public PersonCode personCode(ActorEntry person, LocalDate date) {
        return personCode(rolesByPerson.get(personKey(person.layer(), person.tokens())), date);
    }

    private static PersonCode personCode(List<ActorEntry> roles, LocalDate date) {
        if (roles == null) {
            return null;
        }
        ActorEntry latestEnded = null;
        for (ActorEntry e : roles) {
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
        for (ActorEntry e : roles) {
            // a layer person is known only by its roles (Phoenix codes nothing outside them): before the first, the
            // name is as likely another person's ("Rep John Duncan" of Tennessee is not Canada's John Duncan)
            if (!e.code().startsWith("IGO") && !e.layer()) {
                // before any listed role the person is still known to belong to the country, not to its government
                return new PersonCode(e.country(), e.where() + " (no role yet on " + date + ": country only)");
            }
        }
        return null;
    }

    public record PersonCode(String code, String rule) {
    }
}
