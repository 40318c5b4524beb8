package dev.dyad.place;

import dev.dyad.dict.DictionaryFiles;
import dev.dyad.dict.WordLists;
import java.util.List;
import java.util.Map;

/**
 * Place names to places: countries and capitals from {@code actors/countries.txt}, GeoNames cities, aliases
 * and regions from {@code places/} (see {@code places/FORMAT.md}), with the place words of the rules. Read and
 * validated by {@link GazetteerReader}; errors name file and line. Names are keys with whitespace folded to one
 * space, matched case-sensitively. Immutable, thread-safe.
 */
public final class Gazetteer {
    public static final String CITIES = "places/cities.txt.gz";
    public static final String COUNTRY_POINTS = "places/countries.txt";
    public static final String ALIASES = "places/aliases.txt";
    public static final String REGIONS = "places/regions.txt";
    public static final String ACTOR_COUNTRIES = "actors/countries.txt";

    /** The texts a gazetteer is built from, by file name (tests replace one to check the validation). */
    public record Sources(String actorCountries, String countryPoints, String cities, String aliases, String regions,
                          String words) {
        /** The given place files with the built-in place words. */
        public Sources(String actorCountries, String countryPoints, String cities, String aliases, String regions) {
            this(actorCountries, countryPoints, cities, aliases, regions, DictionaryFiles.resourceText(PlaceWord.FILE));
        }

        public static Sources builtIn() {
            return new Sources(DictionaryFiles.resourceText(ACTOR_COUNTRIES), DictionaryFiles.resourceText(COUNTRY_POINTS),
                    GazetteerReader.gunzipResource(CITIES), DictionaryFiles.resourceText(ALIASES),
                    DictionaryFiles.resourceText(REGIONS), DictionaryFiles.resourceText(PlaceWord.FILE));
        }
    }

    private final Map<String, List<Place>> byName;
    private final Map<String, Place> countries;
    private final Map<String, Place> aliases;
    private final Map<String, String> iso2to3;
    private final int maxWords;
    private final int cityCount;
    private final WordLists<PlaceWord> words;

    Gazetteer(Map<String, List<Place>> byName, Map<String, Place> countries, Map<String, Place> aliases,
              Map<String, String> iso2to3, int maxWords, int cityCount, WordLists<PlaceWord> words) {
        this.byName = Map.copyOf(byName);
        this.countries = Map.copyOf(countries);
        this.aliases = Map.copyOf(aliases);
        this.iso2to3 = Map.copyOf(iso2to3);
        this.maxWords = maxWords;
        this.cityCount = cityCount;
        this.words = words;
    }

    public static Gazetteer builtIn() {
        return of(Sources.builtIn());
    }

    /** Reads and validates the sources ({@link GazetteerReader}); a bad line stops with its file:line. */
    public static Gazetteer of(Sources src) {
        return GazetteerReader.read(src);
    }

    /** Places named exactly {@code name} (whitespace folded), or an empty list. */
    public List<Place> lookup(String name) {
        return byName.getOrDefault(key(name), List.of());
    }

    /** The city an English alias names ("Geneva" is Genève, not Geneva IL), or null. */
    public Place aliasTarget(String name) {
        return aliases.get(key(name));
    }

    /** The country-level place of an ISO-3 code (with its representative point), or null. */
    public Place country(String iso3) {
        return countries.get(iso3);
    }

    /** ISO-3 code of an ISO-2 code ("CH" → "CHE"), or null. */
    public String iso3(String iso2) {
        return iso2to3.get(iso2);
    }

    public boolean isCountry(String code) {
        return countries.containsKey(code);
    }

    /** The longest name in words, bounding the matcher's look-ahead. */
    public int maxWords() {
        return maxWords;
    }

    public int cityCount() {
        return cityCount;
    }

    /** The word classes of the place rules ({@link PlaceWord#FILE}): locative prepositions, movement verbs, ... */
    public WordLists<PlaceWord> words() {
        return words;
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** Called for every capitalised word and its look-ahead: the common case (single spaces) avoids the regex. */
    static String key(String name) {
        String s = name.strip();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || (i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1))))) {
                return SPACES.matcher(s).replaceAll(" ");
            }
        }
        return s;
    }
}
