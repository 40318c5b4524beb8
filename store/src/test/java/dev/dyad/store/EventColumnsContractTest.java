package dev.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.output.OutputContract;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The store's {@code events} columns are the output contract's event fields, flattened, plus the columns the store
 * derives: a field added to or removed from the contract fails here until the table follows (docs/store.md).
 */
class EventColumnsContractTest {
    /** Nested objects whose columns carry a shorter prefix. */
    private static final Map<String, String> PREFIX = Map.of("provenance", "prov", "attributed_to", "attributed");
    /** Columns the store adds: the row's position, values derived for querying, the coding pipeline, the line itself. */
    private static final Set<String> DERIVED = Set.of("idx", "source_country", "target_country", "cameo_root",
            "event_day", "event_granularity", "dyad_version", "raw_json");

    static List<String> flattened(OutputContract contract) {
        List<String> columns = new ArrayList<>();
        for (OutputContract.Field f : contract.fields("event")) {
            String base = f.nested() ? PREFIX.getOrDefault(f.top(), f.top()) + "_" : "";
            String name = f.nested() ? f.leaf() : f.path();
            if (f.type().equals("span")) {
                columns.add(base + "start");
                columns.add(base + "end");
            } else {
                columns.add(base + name);
            }
        }
        return columns;
    }

    @Test
    void everyContractFieldHasItsColumnAndNoColumnIsUnexplained() {
        List<String> fromContract = flattened(OutputContract.builtIn());
        Set<String> expected = new TreeSet<>(fromContract);
        expected.addAll(DERIVED);
        assertEquals(expected, new TreeSet<>(EventRow.COLUMNS));
        assertEquals(EventRow.COLUMNS.size(), new TreeSet<>(EventRow.COLUMNS).size(), "a column listed twice");
        String table = Schema.DDL.stream().filter(s -> s.contains("CREATE TABLE IF NOT EXISTS events")).findFirst().orElseThrow();
        for (String c : EventRow.COLUMNS) {
            assertTrue(table.matches("(?s).*[\\s(,]" + c + " [A-Z]+.*"), "events table lacks column " + c);
        }
    }
}
