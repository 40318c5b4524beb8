package dev.dyad.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The events dyad writes are the contract's: every event of the golden files (which ExampleGoldenTest and the CLI's
 * DefaultGoldenTest pin to what the pipeline writes) has the contract's fields, in its order, with its types.
 */
class OutputContractTest {
    private static final OutputContract CONTRACT = OutputContract.builtIn();
    private static final List<Path> GOLDEN = List.of(
            Path.of("src/test/resources/golden/2024-05-16-caucasus-border-talks.events.jsonl"),
            Path.of("../cli/src/test/resources/golden/2024-05-16-caucasus-border-talks.default.events.jsonl"));

    private static List<JsonNode> goldenEvents() throws IOException {
        List<JsonNode> events = new ArrayList<>();
        for (Path p : GOLDEN) {
            for (String line : Files.readAllLines(p)) {
                if (!line.isBlank()) {
                    JsonNode e = Json.MAPPER.readTree(line);
                    // the golden files leave out provenance.pipeline (the fingerprint changes with every dictionary
                    // edit, so the golden tests compare without it); the writer always sets it, as a string
                    if (e.get("provenance") instanceof ObjectNode prov && !prov.has("pipeline")) {
                        prov.put("pipeline", "dyad (fingerprint left out of the golden file)");
                    }
                    events.add(e);
                }
            }
        }
        return events;
    }

    @Test
    void everyWrittenEventIsAContractEvent() throws IOException {
        List<JsonNode> events = goldenEvents();
        assertTrue(events.size() >= 10, "too few golden events to check: " + events.size());
        for (JsonNode e : events) {
            assertNull(CONTRACT.problem("event", e), e.toString());
        }
    }

    /** Every contract field is written with a value in some golden event, so the check above checks every type. */
    @Test
    void theGoldenEventsUseMostContractFields() throws IOException {
        Set<String> neverSet = new TreeSet<>();
        List<JsonNode> events = goldenEvents();
        for (OutputContract.Field f : CONTRACT.fields("event")) {
            boolean seen = events.stream().anyMatch(e -> {
                JsonNode v = e.get(f.top());
                if (f.nested()) {
                    v = v == null || v.isNull() ? null : v.get(f.leaf());
                }
                return v != null && !v.isNull();
            });
            if (!seen) {
                neverSet.add(f.path());
            }
        }
        assertEquals(Set.of(), neverSet, "contract fields no golden event sets (extend the golden article or say why)");
    }

    @Test
    void aWrongEventIsRejected() throws IOException {
        ObjectNode e = (ObjectNode) goldenEvents().get(0);
        ObjectNode extra = e.deepCopy();
        extra.put("surprise", 1);
        assertTrue(CONTRACT.problem("event", extra).contains("surprise"));
        ObjectNode missing = e.deepCopy();
        missing.remove("goldstein");
        assertTrue(CONTRACT.problem("event", missing).contains("goldstein"));
        ObjectNode badType = e.deepCopy();
        badType.put("quad_class", "three");
        assertTrue(CONTRACT.problem("event", badType).contains("quad_class: expected int"));
        ObjectNode badSpan = e.deepCopy();
        ((ObjectNode) badSpan.get("trigger")).putArray("span").add(9).add(3);
        assertTrue(CONTRACT.problem("event", badSpan).contains("trigger.span"));
    }

    @Test
    void aBadContractLineNamesItsLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> OutputContract.parse("output.tsv", "# c\nevent\tx\tstring\tok\nevent\ty\tfloat\tno\n"));
        assertTrue(e.getMessage().startsWith("output.tsv:3: unknown type 'float'"), e.getMessage());
    }
}
