package dev.dyad.events;

import dev.dyad.dict.DictionaryFiles;
import dev.dyad.dict.DictionaryLine;
import dev.dyad.model.Modality;
import dev.dyad.model.Token;
import dev.dyad.ontology.CameoOntology;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The coding rules of {@code events/rules.txt}: speech verbs, modality markers, control and light verbs, re-coding
 * maps, and the word lists the coder's grammar consults ({@link WordList}).
 */
public final class RuleBook {
    /** The mapping names a {@code control} line may give as its value. */
    private static final List<String> MAPPINGS = List.of("intent", "threat", "reject", "military", "popular");

    /** The kinds of {@code rules.txt} that list words with no value, each read by one rule of the coder (FORMAT.md). */
    public enum WordList {
        /** Verbs whose object is their audience, never their speaker ("told reporters"). */
        ADDRESSING("addressing"),
        /** Dependency relations under which a clause is the content of the verb above it (absorbed, not coded). */
        CONTENT_RELATION("content-relation"),
        /** Nouns of weapons only armed forces field: violence with them as subject is military force. */
        MILITARY_PLATFORM("military-platform"),
        /** Actor sectors whose violence is violent protest (the {@code popular} map). */
        POPULAR_SECTOR("popular-sector"),
        /** Conflict verbs conjoined actors do to each other ("clashed"). */
        RECIPROCAL("reciprocal"),
        /** Dependency relations by which a modality marker attaches to a trigger. */
        MARKER_RELATION("marker-relation"),
        /** Words that open an indirect question ("asked whether Iran would attend"). */
        QUESTION_WORD("question-word"),
        /** Nouns that count or hold their "of" complement ("a shipment of arms"). */
        MEASURE("measure"),
        /** Prepositions whose phrase names a verb event's target by default. */
        TARGET_PREPOSITION("target-preposition"),
        /** Prepositions whose phrase names a noun event's target by default. */
        NOUN_TARGET_PREPOSITION("noun-target-preposition"),
        /** Verbs whose passive participle is a state of the subject ("is opposed to", "is engaged in"). */
        STATE_PARTICIPLE("state-participle"),
        /** Verbs whose complement stays with the subject even when they have an object ("promised Kyiv to send"). */
        SUBJECT_CONTROL("subject-control"),
        /** Nouns whose "of" phrase names the actor they act for ("leader of", not "critics of"). */
        PART_OF("part-of"),
        /** Weapons, blasts, attacks and unnamed perpetrators as grammatical subjects. */
        MEANS("means");

        private final String kind;

        WordList(String kind) {
            this.kind = kind;
        }

        public String kind() {
            return kind;
        }

        static WordList of(String kind) {
            for (WordList l : values()) {
                if (l.kind.equals(kind)) {
                    return l;
                }
            }
            return null;
        }
    }

    private final Set<String> speechVerbs = new HashSet<>();
    private final Map<String, Modality> markers = new HashMap<>();
    private final Map<String, Modality> reportedMarkers = new HashMap<>();
    private final Map<String, String> control = new HashMap<>();
    private final Map<String, Modality> light = new HashMap<>();
    private final Map<String, Map<String, String>> maps = new HashMap<>();
    private final Map<String, String> deontic = new HashMap<>();
    private final Map<String, Set<String>> places = new HashMap<>();
    private final Set<String> attackNouns = new HashSet<>();
    private final Map<WordList, Set<String>> wordLists = new java.util.EnumMap<>(WordList.class);
    private final Set<String> privateSectors = new HashSet<>();

    public static RuleBook builtIn(CameoOntology ontology) {
        return fromLines(DictionaryFiles.resource("events/rules.txt"), ontology);
    }

    public static RuleBook fromLines(List<DictionaryLine> lines, CameoOntology ontology) {
        RuleBook r = new RuleBook();
        for (DictionaryLine line : lines) {
            line.requireFields(2, 3);
            String kind = line.field(0);
            String word = line.field(1);
            String value = line.field(2);
            WordList list = WordList.of(kind);
            if (list != null) {
                if (!value.isEmpty()) {
                    throw line.error("a '" + kind + "' line has no value (found '" + value + "')");
                }
                unique(line, r.wordLists.computeIfAbsent(list, k -> new HashSet<>()).add(word));
                continue;
            }
            switch (kind) {
                case "speech" -> unique(line, r.speechVerbs.add(word));
                case "marker" -> unique(line, r.markers.put(word, modality(line, value)) == null);
                case "reported" -> unique(line, r.reportedMarkers.put(word, modality(line, value)) == null);
                case "light" -> unique(line, r.light.put(word, modality(line, value)) == null);
                case "control" -> {
                    if (!MAPPINGS.contains(value)) {
                        modality(line, value);
                    }
                    unique(line, r.control.put(word, value) == null);
                }
                case "deontic" -> {
                    if (!ontology.contains(value)) {
                        throw line.error("unknown CAMEO code '" + value + "'");
                    }
                    unique(line, r.deontic.put(word, value) == null);
                }
                case "place" -> unique(line, r.places.put(word, roots(line, value)) == null);
                case "attack" -> unique(line, r.attackNouns.add(word));
                case "private" -> {
                    if (!word.matches("[A-Z]{3}")) {
                        throw line.error("a private sector is a three-letter CAMEO sector code, got '" + word + "'");
                    }
                    unique(line, r.privateSectors.add(word));
                }
                case "intent", "threat", "reject", "military", "popular" -> {
                    if (!ontology.contains(value)) {
                        throw line.error("unknown CAMEO code '" + value + "'");
                    }
                    unique(line, r.maps.computeIfAbsent(kind, k -> new HashMap<>()).put(word, value) == null);
                }
                default -> throw line.error("unknown rule kind '" + kind + "' (expected speech, marker, reported, control, "
                        + "light, deontic, place, attack, private, intent, threat, reject, military, popular, or a word list: "
                        + java.util.Arrays.stream(WordList.values()).map(WordList::kind)
                        .collect(java.util.stream.Collectors.joining(", ")) + ")");
            }
        }
        return r;
    }

    private static void unique(DictionaryLine line, boolean isNew) {
        if (!isNew) {
            throw line.error("duplicate rule '" + line.field(0) + " | " + line.field(1) + "'");
        }
    }

    /** "*" or a comma-separated list of two-digit CAMEO roots ("15,18,19,20"). */
    private static Set<String> roots(DictionaryLine line, String value) {
        if (value.equals(EventPattern.ANY)) {
            return Set.of(EventPattern.ANY);
        }
        Set<String> out = new HashSet<>();
        for (String root : value.split(",")) {
            String r = root.trim();
            if (!r.matches("(0[1-9]|1[0-9]|20)")) {
                throw line.error("expected '*' or CAMEO roots such as 15,19 but found '" + r + "'");
            }
            out.add(r);
        }
        return Set.copyOf(out);
    }

    private static Modality modality(DictionaryLine line, String value) {
        try {
            return Modality.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw line.error("unknown modality '" + value + "' (expected asserted, negated, hypothetical, future)");
        }
    }

    public boolean isSpeechVerb(String lemma) {
        return speechVerbs.contains(lemma);
    }

    public Modality marker(String word) {
        return markers.get(word);
    }

    /** What a marker means in the complement of a verb of saying, where it differs from {@link #marker}; else null. */
    public Modality reportedMarker(String word) {
        return reportedMarkers.get(word);
    }

    /** The control value of a verb or adjective: a modality name or a mapping name; null if not a control verb. */
    public String control(String lemma) {
        return control.get(lemma);
    }

    /** The CAMEO code of the demand a deontic modal ("must") makes in reported speech; null for other words. */
    public String deontic(String word) {
        return deontic.get(word);
    }

    /**
     * The modality a light word gives an event noun: a rule for the word with its part-of-speech tag
     * ({@code open/JJ}: "open to talks") wins over one for the word alone ({@code open}: "opened talks").
     */
    public Modality light(Token word) {
        Modality tagged = light.get(word.lowerLemma() + "/" + word.pos());
        return tagged != null ? tagged : light.get(word.lowerLemma());
    }

    /**
     * Whether a country named in a phrase with this preposition may be the target of an event with this code when
     * nothing else names one ({@code place} rules: "naval drills off Taiwan", "a summit on Haiti").
     */
    public boolean placePreposition(String preposition, String code) {
        Set<String> roots = places.get(preposition);
        return roots != null && (roots.contains(EventPattern.ANY) || roots.contains(code.substring(0, 2)));
    }

    /** Whether a noun names an attack whose modifier is its attacker ({@code attack} rules: "Russian shelling"). */
    public boolean isAttackNoun(String lemma) {
        return attackNouns.contains(lemma);
    }

    /** The words of a word list (empty when the rules have none). */
    public Set<String> words(WordList list) {
        Set<String> words = wordLists.get(list);
        return words == null ? Set.of() : Collections.unmodifiableSet(words);
    }

    /** Whether the word (lemma, relation or sector) is on a word list of the rules. */
    public boolean in(WordList list, String word) {
        Set<String> words = wordLists.get(list);
        return words != null && words.contains(word);
    }

    /**
     * Whether an event between these actors concerns private parties only ({@code private} rules): the source's code
     * has sectors and all of them are private (a company: {@code CANBUS}, {@code ---BUS}; not {@code USAGOVBUS}), and
     * the target is absent or private too. Business news is full of such events ("the bank offered bills", "Japanese
     * banks fought hard"); they are no political events.
     */
    public boolean privateOnly(String sourceCode, String targetCode) {
        return isPrivate(sourceCode) && (targetCode == null || isPrivate(targetCode));
    }

    private boolean isPrivate(String code) {
        if (code == null || code.length() < 6 || code.length() % 3 != 0 || privateSectors.isEmpty()) {
            return false;
        }
        for (int i = 3; i < code.length(); i += 3) {
            if (!privateSectors.contains(code.substring(i, i + 3))) {
                return false;
            }
        }
        return true;
    }

    /** Re-codes {@code code} by a mapping: exact code first, then root, then "*"; null when the map has no entry. */
    public String map(String mapping, String code) {
        Map<String, String> m = maps.get(mapping);
        if (m == null) {
            return null;
        }
        for (int len = code.length(); len >= 2; len--) {
            String v = m.get(code.substring(0, len));
            if (v != null) {
                return v;
            }
        }
        return m.get("*");
    }
}
