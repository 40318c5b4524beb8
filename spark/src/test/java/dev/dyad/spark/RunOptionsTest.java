package dev.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dyad.pipeline.PipelineConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunOptionsTest {
    @Test
    void defaultsToJsonLinesInAndOut() {
        assertEquals(new RunOptions("in.jsonl", "out", "jsonl", true, false, 0, PipelineConfig.defaults()),
                RunOptions.parse(List.of("in.jsonl", "out")));
    }

    @Test
    void parquetInputIsRecognisedByItsNameAndBothOutputsCanBeAsked() {
        assertEquals(new RunOptions("s3a://b/day.parquet/", "out", "parquet", true, true, 8, PipelineConfig.defaults()),
                RunOptions.parse(List.of("--output-format", "both", "--partitions", "8", "s3a://b/day.parquet/", "out")));
        assertEquals(new RunOptions("day", "out", "parquet", false, true, 0, PipelineConfig.defaults()),
                RunOptions.parse(List.of("--input-format", "parquet", "--output-format", "parquet", "day", "out")));
    }

    @Test
    void theLearnedModelsAreOnUnlessNoModelIsAsked() {
        assertEquals(PipelineConfig.defaults(), RunOptions.parse(List.of("in.jsonl", "out")).pipeline());
        assertEquals(PipelineConfig.rulesOnly(), RunOptions.parse(List.of("--no-model", "in.jsonl", "out")).pipeline());
    }

    @Test
    void badArgumentsAreNamed() {
        assertEquals("unknown option --format", assertThrows(IllegalArgumentException.class,
                () -> RunOptions.parse(List.of("--format", "x", "in", "out"))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> RunOptions.parse(List.of("in")));
        assertThrows(IllegalArgumentException.class, () -> RunOptions.parse(List.of("--output-format", "csv", "in", "out")));
        assertThrows(IllegalArgumentException.class, () -> RunOptions.parse(List.of("in", "out", "--partitions")));
    }
}
