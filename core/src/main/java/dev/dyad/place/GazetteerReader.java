package dev.dyad.place;

import dev.dyad.dict.DictionaryException;
import dev.dyad.dict.DictionaryFiles;
import dev.dyad.dict.DictionaryLine;
import dev.dyad.dict.WordLists;
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
 * Reads and validates the place files into a {@link Gazetteer} (formats in {@code places/FORMAT.md}; errors name
 * file and line): country points, GeoNames cities, the country names and capitals of {@code actors/countries.txt},
 * aliases, regions and the place words. Used once per gazetteer, from one thread; the index it builds is immutable.
 */
final class GazetteerReader {
    private final Map<String, List<Place>> byName = new HashMap<>();
    private final Map<String, Place> countries = new HashMap<>();
    private final Map<String, Place> aliases = new HashMap<>();
    private final Map<String, String> iso2to3 = new HashMap<>();
    private int maxWords = 1;
    private int cityCount;

    private GazetteerReader() {
    }

    static Gazetteer read(Gazetteer.Sources src) {
        GazetteerReader r = new GazetteerReader();
        Map<String, double[]> points = r.readPoints(DictionaryFiles.parse(Gazetteer.COUNTRY_POINTS, src.countryPoints()));
        Map<Long, Place> cities = r.readCities(DictionaryFiles.parse(Gazetteer.CITIES, src.cities()));
        r.readActorCountries(DictionaryFiles.parse(Gazetteer.ACTOR_COUNTRIES, src.actorCountries()), points, cities);
        r.readAliases(DictionaryFiles.parse(Gazetteer.ALIASES, src.aliases()), cities);
        r.readRegions(DictionaryFiles.parse(Gazetteer.REGIONS, src.regions()));
        WordLists<PlaceWord> words = WordLists.fromLines(PlaceWord.class, PlaceWord.FILE,
                DictionaryFiles.parse(PlaceWord.FILE, src.words()));
        Map<String, List<Place>> frozen = new HashMap<>();
        r.byName.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new Gazetteer(frozen, r.countries, r.aliases, r.iso2to3, r.maxWords, r.cityCount, words);
    }

    private List<Place> lookup(String name) {
        return byName.getOrDefault(Gazetteer.key(name), List.of());
    }

    private void add(String name, Place p) {
        String k = Gazetteer.key(name);
        List<Place> list = byName.computeIfAbsent(k, x -> new ArrayList<>(1));
        if (!list.contains(p)) {
            list.add(p);
        }
        maxWords = Math.max(maxWords, k.split(" ").length);
    }

    Map<String, double[]> readPoints(List<DictionaryLine> lines) {
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
            DictionaryLine before = seen.put(Gazetteer.key(l.field(0)), l);
            if (before != null) {
                throw l.error("alias '" + l.field(0) + "' already defined at " + before.where());
            }
            Place p = cities.get(number(l, 1, "geonames_id"));
            if (p == null) {
                throw l.error("unknown geonames_id " + l.field(1) + " (not a city of " + Gazetteer.CITIES + ")");
            }
            add(l.field(0), p);
            aliases.put(Gazetteer.key(l.field(0)), p);
        }
    }

    private void readRegions(List<DictionaryLine> lines) {
        Map<String, DictionaryLine> seen = new HashMap<>();
        for (DictionaryLine l : lines) {
            l.requireFields(2, 3);
            DictionaryLine before = seen.put(Gazetteer.key(l.field(0)), l);
            if (before != null) {
                throw l.error("region '" + l.field(0) + "' already defined at " + before.where());
            }
            String country = l.field(1).equals("-") ? null : countryCode(l, 1);
            if (country != null && !countries.containsKey(country)) {
                throw l.error("unknown country " + country + " (not a name in " + Gazetteer.ACTOR_COUNTRIES + ")");
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
        try (InputStream in = GazetteerReader.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new DictionaryException(name + ": built-in dictionary missing from the classpath");
            }
            return new String(new GZIPInputStream(in).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
    }
}
