package dev.dyad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dyad.input.ArticleReader;
import dev.dyad.input.IngestResult;
import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Event;
import dev.dyad.output.Json;
import dev.dyad.testing.SharedDyad;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden-file test on the project's own example article under the {@code rules-only} configuration (the default one,
 * with the learned models, is pinned by the CLI's {@code DefaultGoldenTest}). After an intended change, regenerate with
 * {@code mvn -pl core test -Dtest=ExampleGoldenTest -Ddyad.regenerate=true} (the run fails after writing, so a
 * regeneration is never mistaken for a pass), review the diff, and run again.
 */
class ExampleGoldenTest {
    private static final String EXAMPLE = "examples/2024-05-16-caucasus-border-talks.txt";
    private static final Path GOLDEN = Path.of("src/test/resources/golden/2024-05-16-caucasus-border-talks.events.jsonl");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void exampleArticleCodesAsFrozen() throws IOException {
        Path article = SharedDyad.repo(EXAMPLE);
        IngestResult.Accepted a = (IngestResult.Accepted) new ArticleReader(null, LocalDate.now())
                .readAll(article.toString()).get(0);
        AnnotatedDocument doc = SharedDyad.get().code(a.article());
        List<String> got = new ArrayList<>();
        for (Event e : doc.events()) {
            got.add(stable(Json.line(e)));
        }
        assertEquals(PipelineConfig.rulesOnly().stages().stream().map(PipelineConfig.StageKind::stageName).toList(),
                SharedDyad.get().stageNames(), "the stages the configuration derives are the stages that run");
        if (Boolean.getBoolean("dyad.regenerate")) {
            Files.write(GOLDEN, got);
            org.junit.jupiter.api.Assertions.fail("regenerated " + GOLDEN + ": review the diff and run again without -Ddyad.regenerate");
        }
        List<String> expected = Files.readAllLines(GOLDEN).stream().filter(l -> !l.isBlank()).map(ExampleGoldenTest::stable)
                .toList();
        assertEquals(String.join("\n", expected), String.join("\n", got));
    }

    /** Drops the pipeline version (it carries the dictionary hash, which changes with every dictionary edit). */
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
