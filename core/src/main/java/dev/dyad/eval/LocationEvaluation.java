package dev.dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Article;
import dev.dyad.model.Event;
import dev.dyad.place.Gazetteer;
import dev.dyad.place.Place;
import dev.dyad.place.PlaceRanker;
import dev.dyad.place.PlaceResolver;
import dev.dyad.pipeline.Dyad;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Country-level geolocation accuracy on PLOVER gold records that carry {@code eventLoc}
 * ({@code {"name": "Geneva", "country code": "CH"}}, the code often absent). The gold country is the ISO-2 code
 * when given, else the gold name looked up in dyad's gazetteer (with the record's gold actor countries as
 * context); records whose gold name is no known place, or a region without a country, are counted apart.
 * dyad's answer is the location of the first located event coded from the record's text.
 */
public final class LocationEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Dyad dyad;

    public LocationEvaluation(Dyad dyad) {
        this.dyad = dyad;
    }

    /**
     * @param atGoldTrigger the same search started from the gold trigger ({@code eventText}) of each record, so the
     *                      figure measures geolocation without the event coder's misses: correct, wrong, none
     */
    public record Result(int records, int goldUnknown, int correct, int wrong, int unlocated, int[] atGoldTrigger,
                         List<String> lines) {
        public int scored() {
            return records - goldUnknown;
        }

        public double accuracy() {
            return scored() == 0 ? 0 : (double) correct / scored();
        }

        /** Accuracy among the records where dyad gave a location. */
        public double precision() {
            return correct + wrong == 0 ? 0 : (double) correct / (correct + wrong);
        }
    }

    public Result plover(Path json) throws IOException {
        Gazetteer g = dyad.dictionaries().places();
        int records = 0;
        int unknown = 0;
        int correct = 0;
        int wrong = 0;
        int unlocated = 0;
        int[] atGold = new int[3];
        PlaceResolver resolver = new PlaceResolver(g);
        List<String> lines = new ArrayList<>();
        for (JsonNode r : JSON.readTree(json.toFile())) {
            JsonNode loc = r.get("eventLoc");
            if (loc == null || !loc.isObject() || !r.hasNonNull("text")) {
                continue;
            }
            records++;
            String id = r.path("id").asText();
            String goldName = loc.path("name").asText("");
            String gold = goldCountry(g, loc, goldActorCountries(r));
            if (gold == null) {
                unknown++;
                lines.add(id + ": gold '" + goldName + "' is no country-level place in the gazetteer (not scored)");
                continue;
            }
            LocalDate date = r.hasNonNull("date") ? LocalDate.parse(r.get("date").asText()) : LocalDate.of(2000, 1, 1);
            AnnotatedDocument doc = dyad.code(new Article(id, r.get("text").asText(), date));
            String viaGold = goldTriggerCountry(resolver, doc, r);
            atGold[viaGold == null ? 2 : gold.equals(viaGold) ? 0 : 1]++;
            if (viaGold != null && !gold.equals(viaGold)) {
                lines.add(id + ": gold " + gold + ", from the gold trigger got " + viaGold);
            }
            Event located = doc.events().stream().filter(e -> e.location() != null).findFirst().orElse(null);
            String got = located == null ? null : located.location().country();
            if (located == null) {
                unlocated++;
                lines.add(id + ": gold " + gold + " ('" + goldName + "'), no location (" + doc.events().size() + " events coded)");
            } else if (gold.equals(got)) {
                correct++;
            } else {
                wrong++;
                lines.add(id + ": gold " + gold + " ('" + goldName + "'), got " + got + " ('" + located.location().text() + "')");
            }
        }
        return new Result(records, unknown, correct, wrong, unlocated, atGold, lines);
    }

    /** Locates from the first token of the gold event text ("return to" -> "return"). */
    private static String goldTriggerCountry(PlaceResolver resolver, AnnotatedDocument doc, JsonNode r) {
        String evt = r.path("eventText").asText("").split("\\.\\.\\.")[0].strip();
        int at = evt.isEmpty() ? -1 : doc.article().text().indexOf(evt);
        if (at < 0) {
            return null;
        }
        String type = r.path("event").asText("");
        int quad = dev.dyad.ontology.PloverTypes.builtIn().kind(type).quadClass(); // cameo/plover-types.txt
        for (var s : doc.sentences()) {
            for (int t = 0; t < s.size(); t++) {
                if (s.token(t).start() <= at && at < s.token(t).end()) {
                    PlaceResolver.Found f = resolver.locateAt(doc, s.index(), t, quad);
                    return f == null ? null : f.location().country();
                }
            }
        }
        return null;
    }

    private static Set<String> goldActorCountries(JsonNode r) {
        Set<String> out = new HashSet<>();
        for (String role : List.of("source", "target")) {
            for (JsonNode a : r.path(role)) {
                String code = a.path("code").asText("");
                if (code.length() >= 3) {
                    out.add(code.substring(0, 3));
                }
            }
        }
        return out;
    }

    static String goldCountry(Gazetteer g, JsonNode loc, Set<String> context) {
        String iso2 = loc.path("country code").asText("");
        if (!iso2.isEmpty()) {
            return g.iso3(iso2);
        }
        String name = loc.path("name").asText("");
        // "province of Herat", "Jaffna peninsula": the longest run of words that is a place
        String[] words = name.split("\\s+");
        for (int len = words.length; len >= 1; len--) {
            for (int i = 0; i + len <= words.length; i++) {
                List<Place> places = g.lookup(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + len)));
                Place best = places.isEmpty() ? null : PlaceRanker.choose(places, null, context);
                if (best != null && best.country() != null) {
                    return best.country();
                }
            }
        }
        return null;
    }

    /** The Markdown section printed by {@code dyad eval --plover-locations}. */
    public static void report(Result r, String file, boolean showMisses, PrintWriter out) {
        out.println();
        out.println("## PLOVER event locations (" + file + ")");
        out.println();
        out.println("Records with `eventLoc`; gold country from its ISO-2 code, else its name in the gazetteer. dyad's answer:"
                + " the location of the first located event of the record.");
        out.println();
        out.println("| records | scored | country correct | wrong country | no location | gold not a known place |");
        out.println("|---|---|---|---|---|---|");
        out.printf("| %d | %d | %d (%.1f%%) | %d | %d | %d |%n", r.records(), r.scored(), r.correct(), 100 * r.accuracy(),
                r.wrong(), r.unlocated(), r.goldUnknown());
        out.printf("%nWhen dyad gives a location, its country is right %.1f%% of the time (%d of %d).%n",
                100 * r.precision(), r.correct(), r.correct() + r.wrong());
        int[] g = r.atGoldTrigger();
        out.printf("%nGeolocation alone (the same search started from each record's gold trigger, `eventText`): %d of %d"
                + " scored records located in the right country (%.1f%%), %d in a wrong one, %d not located.%n",
                g[0], r.scored(), 100.0 * g[0] / Math.max(1, r.scored()), g[1], g[2]);
        if (showMisses) {
            out.println();
            r.lines().forEach(l -> out.println("- " + l));
        }
    }
}
