package dev.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden file of {@code dyad code} on the project's example article with the default configuration (rules plus both
 * learned models), through the CLI's entry point; core's {@code ExampleGoldenTest} pins {@code rules-only}. After an
 * intended change: {@code mvn -pl cli test -Dtest=DefaultGoldenTest -Ddyad.regenerate=true} (fails after writing),
 * review the diff, run again.
 */
class DefaultGoldenTest {
    private static final Path EXAMPLE = Path.of("../examples/2024-05-16-caucasus-border-talks.txt");
    private static final Path GOLDEN = Path.of("src/test/resources/golden/2024-05-16-caucasus-border-talks.default.events.jsonl");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void exampleArticleCodesAsFrozenWithTheLearnedModels() throws IOException {
        StoreCommandsTest.Result r = StoreCommandsTest.run("code", "--format", "jsonl", EXAMPLE.toString());
        assertEquals(0, r.code(), r.err());
        List<String> got = new ArrayList<>();
        for (String line : r.out().lines().filter(l -> !l.isBlank()).toList()) {
            got.add(stable(line));
        }
        if (Boolean.getBoolean("dyad.regenerate")) {
            Files.write(GOLDEN, got);
            fail("regenerated " + GOLDEN + ": review the diff and run again without -Ddyad.regenerate");
        }
        List<String> expected = Files.readAllLines(GOLDEN).stream().filter(l -> !l.isBlank()).map(DefaultGoldenTest::stable)
                .toList();
        assertEquals(String.join("\n", expected), String.join("\n", got));
    }

    /** Drops the pipeline fingerprint (it hashes the dictionaries and the code, which change with every edit). */
    private static String stable(String line) {
        try {
            JsonNode n = JSON.readTree(line);
            ((ObjectNode) n.get("provenance")).remove("pipeline");
            return JSON.writeValueAsString(n);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
