package dev.dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The PLOVER gold standard records ({@code PLOVER_GSR_CAMEO.json}, PLOVER 0.5, examples from the CAMEO
 * manual). The records carry no CAMEO code; their event types are PLOVER 0.5's, which follow the CAMEO
 * root categories one to one (DEMAND = 10, DISAPPROVE = 11, FIGHT = 19/20, ...), so the gold root is read
 * from the type. The 2021 PLOVER types (those in {@code cameo.tsv}) merged some of them: {@link #TYPE_2021}.
 */
public final class PloverGsr {
    /** PLOVER 0.5 event type → the CAMEO roots of that category. */
    public static final Map<String, Set<String>> ROOTS = Map.ofEntries(
            Map.entry("AGREE", Set.of("03")), Map.entry("CONSULT", Set.of("04")), Map.entry("SUPPORT", Set.of("05")),
            Map.entry("COOPERATE", Set.of("06")), Map.entry("AID", Set.of("07")), Map.entry("RETREAT", Set.of("08")),
            Map.entry("CONCEDE", Set.of("08")), Map.entry("INVESTIGATE", Set.of("09")), Map.entry("DEMAND", Set.of("10")),
            Map.entry("DISAPPROVE", Set.of("11")), Map.entry("REJECT", Set.of("12")), Map.entry("THREATEN", Set.of("13")),
            Map.entry("PROTEST", Set.of("14")), Map.entry("MOBILIZE", Set.of("15")), Map.entry("SANCTION", Set.of("16")),
            Map.entry("COERCE", Set.of("17")), Map.entry("ASSAULT", Set.of("18")), Map.entry("FIGHT", Set.of("19", "20")));
    /** PLOVER 0.5 type → PLOVER 2021 type where they differ (CAMEO→PLOVER 2021 table). */
    public static final Map<String, String> TYPE_2021 = Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE",
            "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");

    /** One gold record with a known event type. */
    public record Record(String id, String text, LocalDate date, String type) {
        public Set<String> roots() {
            return ROOTS.get(type);
        }

        public String type2021() {
            return TYPE_2021.getOrDefault(type, type);
        }
    }

    private PloverGsr() {
    }

    /** The records whose event type is in {@link #ROOTS} (the DOCUMENT header record is skipped). */
    public static List<Record> read(Path json) throws IOException {
        List<Record> out = new ArrayList<>();
        for (JsonNode r : new ObjectMapper().readTree(json.toFile())) {
            String type = r.path("event").asText("");
            if (ROOTS.containsKey(type) && r.hasNonNull("text")) {
                LocalDate date = r.hasNonNull("date") ? LocalDate.parse(r.get("date").asText()) : LocalDate.of(2000, 1, 1);
                out.add(new Record(r.path("id").asText(), r.get("text").asText().trim(), date, type));
            }
        }
        return out;
    }
}
