package dev.dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyad.ontology.PloverTypes;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The PLOVER gold standard records ({@code PLOVER_GSR_CAMEO.json}, PLOVER 0.5, examples from the CAMEO
 * manual). The records carry no CAMEO code; their event types are PLOVER 0.5's, which follow the CAMEO
 * root categories one to one (DEMAND = 10, DISAPPROVE = 11, FIGHT = 19/20, ...), so the gold root is read
 * from the type. The 2021 PLOVER types (those in {@code cameo.tsv}) merged some of them ({@link Record#type2021()}).
 */
public final class PloverGsr {
    /** PLOVER 0.5 event type → the CAMEO roots of that category, and its 2021 name ({@code cameo/plover-types.txt}). */
    public static PloverTypes types() {
        return PloverTypes.builtIn();
    }

    /** One gold record with a known event type. */
    public record Record(String id, String text, LocalDate date, String type) {
        public Set<String> roots() {
            return types().roots(type);
        }

        public String type2021() {
            return types().type2021(type);
        }
    }

    private PloverGsr() {
    }

    /** The records whose event type has CAMEO roots (the DOCUMENT header record is skipped). */
    public static List<Record> read(Path json) throws IOException {
        List<Record> out = new ArrayList<>();
        for (JsonNode r : new ObjectMapper().readTree(json.toFile())) {
            String type = r.path("event").asText("");
            if (types().roots(type) != null && r.hasNonNull("text")) {
                LocalDate date = r.hasNonNull("date") ? LocalDate.parse(r.get("date").asText()) : LocalDate.of(2000, 1, 1);
                out.add(new Record(r.path("id").asText(), r.get("text").asText().trim(), date, type));
            }
        }
        return out;
    }
}
