package dev.dyad.place;

import dev.dyad.dict.DictionaryException;
import dev.dyad.dict.DictionaryFiles;
import dev.dyad.dict.DictionaryLine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Place names to places: countries and capitals from {@code actors/countries.txt}, GeoNames cities, aliases
 * and regions from {@code places/} (see {@code places/FORMAT.md}). Validated when built; errors name file and
 * line. Names are keys with whitespace folded to one space, matched case-sensitively. Immutable, thread-safe.
 */
public final class Gazetteer {
    public static final String CITIES = "places/cities.txt.gz";
    public static final String COUNTRY_POINTS = "places/countries.txt";
    public static final String ALIASES = "places/aliases.txt";
    public static final String REGIONS = "places/regions.txt";
    public static final String ACTOR_COUNTRIES = "actors/countries.txt";

    /** The texts a gazetteer is built from, by file name (tests replace one to check the validation). */
    public record Sources(String actorCountries, String countryPoints, String cities, String aliases, String regions) {
        public static Sources builtIn() {
            return new Sources(DictionaryFiles.resourceText(ACTOR_COUNTRIES), DictionaryFiles.resourceText(COUNTRY_POINTS),
                    gunzipResource(CITIES), DictionaryFiles.resourceText(ALIASES), DictionaryFiles.resourceText(REGIONS));
        }
    }

    private final Map<String, List<Place>> byName = new HashMap<>();
    private final Map<String, Place> countries = new HashMap<>();
    private final Map<String, Place> aliases = new HashMap<>();
    private final Map<String, String> iso2to3 = new HashMap<>();
    private int maxWords = 1;
    private int cityCount;

    private Gazetteer() {
    }

    public static Gazetteer builtIn() {
        return of(Sources.builtIn());
    }

    public static Gazetteer of(Sources src) {
        Gazetteer g = new Gazetteer();
        Map<String, double[]> points = g.readPoints(DictionaryFiles.parse(COUNTRY_POINTS, src.countryPoints()));
        Map<Long, Place> cities = g.readCities(DictionaryFiles.parse(CITIES, src.cities()));
        g.readActorCountries(DictionaryFiles.parse(ACTOR_COUNTRIES, src.actorCountries()), points, cities);
        g.readAliases(DictionaryFiles.parse(ALIASES, src.aliases()), cities);
        g.readRegions(DictionaryFiles.parse(REGIONS, src.regions()));
        return g;
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

    private void add(String name, Place p) {
        String k = key(name);
        List<Place> list = byName.computeIfAbsent(k, x -> new ArrayList<>(1));
        if (!list.contains(p)) {
            list.add(p);
        }
        maxWords = Math.max(maxWords, k.split(" ").length);
    }

    private Map<String, double[]> readPoints(List<DictionaryLine> lines) {
        Map<String, double[]> out = new HashMap<>();
        for (DictionaryLine l : lines) {
            l.requireFields(5, 5);
            String iso3 = countryCode(l, 0);
            if (!l.field(1).matches("[A-Z]{2}")) {
                throw l.error("malformed ISO-2 code '" + l.field(1) + "'");
            }
            if (out.put(iso3, new double[] {lat(l, 2), lon(l, 3)}) != null) {
                throw l.error("country " + iso3 + " listed twice");
            }
            iso2to3.put(l.field(1), iso3);
        }
        return out;
    }

    private Map<Long, Place> readCities(List<DictionaryLine> lines) {
        Map<Long, Place> out = new HashMap<>();
        for (DictionaryLine l : lines) {
            l.requireFields(9, 9);
            long id = number(l, 0, "geonames_id");
            String name = l.field(1);
            if (name.isEmpty()) {
                throw l.error("empty city name");
            }
            long population = number(l, 7, "population");
            Place p = new Place(Place.Kind.CITY, name, countryCode(l, 3), l.field(4).isEmpty() ? null : l.field(4),
                    lat(l, 5), lon(l, 6), id, population, l.field(8).equals("PPLC"), l.where());
            if (out.put(id, p) != null) {
                throw l.error("geonames_id " + id + " listed twice");
            }
            add(name, p);
            if (!l.field(2).isEmpty()) {
                add(l.field(2), p);
            }
        }
        cityCount = out.size();
        return out;
    }

    /** Country names become countries; capitals become the capital city when the gazetteer has it. */
    private void readActorCountries(List<DictionaryLine> lines, Map<String, double[]> points, Map<Long, Place> cities) {
        Map<String, String> firstName = new HashMap<>();
        for (DictionaryLine l : lines) {
            String code = l.field(0);
            String kind = l.field(1);
            if (code.length() != 3 || !(kind.equals("name") || kind.equals("capital"))) {
                continue; // adjectives and metonyms (KREMLIN, RUSGOV) are actors, not places
            }
            firstName.putIfAbsent(code, l.field(2));
        }
        for (DictionaryLine l : lines) {
            String code = l.field(0);
            String kind = l.field(1);
            if (code.length() != 3 || !(kind.equals("name") || kind.equals("capital"))) {
                continue;
            }
            double[] pt = points.get(code);
            if (kind.equals("name")) {
                Place c = countries.computeIfAbsent(code, k -> new Place(Place.Kind.COUNTRY, firstName.get(k), k, null,
                        pt == null ? null : pt[0], pt == null ? null : pt[1], null, 0, false, l.where()));
                add(l.field(2), c);
            } else {
                String name = l.field(2);
                Place city = capitalCity(code, name, cities);
                if (city == null) {
                    city = new Place(Place.Kind.CITY, name, code, null, pt == null ? null : pt[0], pt == null ? null : pt[1],
                            null, 0, true, l.where());
                }
                add(name, city);
            }
        }
    }

    /** The city a capital entry names: GeoNames' capital of that name, or the country's capital ("Washington"). */
    private Place capitalCity(String country, String name, Map<Long, Place> cities) {
        Place sameName = null;
        for (Place p : lookup(name)) {
            if (p.kind() == Place.Kind.CITY && country.equals(p.country())) {
                if (p.capital()) {
                    return p;
                }
                if (sameName == null || p.population() > sameName.population()) {
                    sameName = p;
                }
            }
        }
        Place capital = null;
        for (Place p : cities.values()) {
            if (p.capital() && country.equals(p.country())) {
                capital = p;
                if (p.name().startsWith(name)) { // GeoNames' "Washington, D.C."
                    return p;
                }
            }
        }
        return sameName != null ? sameName : capital;
    }

    private void readAliases(List<DictionaryLine> lines, Map<Long, Place> cities) {
        Map<String, DictionaryLine> seen = new HashMap<>();
        for (DictionaryLine l : lines) {
            l.requireFields(2, 2);
            DictionaryLine before = seen.put(key(l.field(0)), l);
            if (before != null) {
                throw l.error("alias '" + l.field(0) + "' already defined at " + before.where());
            }
            Place p = cities.get(number(l, 1, "geonames_id"));
            if (p == null) {
                throw l.error("unknown geonames_id " + l.field(1) + " (not a city of " + CITIES + ")");
            }
            add(l.field(0), p);
            aliases.put(key(l.field(0)), p);
        }
    }

    private void readRegions(List<DictionaryLine> lines) {
        Map<String, DictionaryLine> seen = new HashMap<>();
        for (DictionaryLine l : lines) {
            l.requireFields(2, 3);
            DictionaryLine before = seen.put(key(l.field(0)), l);
            if (before != null) {
                throw l.error("region '" + l.field(0) + "' already defined at " + before.where());
            }
            String country = l.field(1).equals("-") ? null : countryCode(l, 1);
            if (country != null && !countries.containsKey(country)) {
                throw l.error("unknown country " + country + " (not a name in " + ACTOR_COUNTRIES + ")");
            }
            String admin1 = l.field(2).isEmpty() ? null : l.field(2);
            add(l.field(0), new Place(Place.Kind.REGION, l.field(0), country, admin1, null, null, null, 0, false, l.where()));
        }
    }

    private static String countryCode(DictionaryLine l, int i) {
        String c = l.field(i);
        if (!c.matches("[A-Z]{3}")) {
            throw l.error("malformed country code '" + c + "' (3 upper-case letters, ISO 3166-1 alpha-3)");
        }
        return c;
    }

    private static long number(DictionaryLine l, int i, String what) {
        try {
            long v = Long.parseLong(l.field(i));
            if (v < 0) {
                throw l.error("negative " + what + " " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw l.error("malformed " + what + " '" + l.field(i) + "'");
        }
    }

    private static double lat(DictionaryLine l, int i) {
        return coordinate(l, i, 90, "latitude");
    }

    private static double lon(DictionaryLine l, int i) {
        return coordinate(l, i, 180, "longitude");
    }

    private static double coordinate(DictionaryLine l, int i, double limit, String what) {
        try {
            double v = Double.parseDouble(l.field(i));
            if (Double.isNaN(v) || Math.abs(v) > limit) {
                throw l.error(what + " " + v + " out of range");
            }
            return v;
        } catch (NumberFormatException e) {
            throw l.error("malformed " + what + " '" + l.field(i) + "'");
        }
    }

    static String gunzipResource(String relative) {
        String name = DictionaryFiles.BUILT_IN + relative;
        try (InputStream in = Gazetteer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new DictionaryException(name + ": built-in dictionary missing from the classpath");
            }
            return new String(new GZIPInputStream(in).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
    }
}
