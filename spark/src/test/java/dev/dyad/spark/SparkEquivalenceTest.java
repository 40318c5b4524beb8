package dev.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyad.input.ArticleReader;
import dev.dyad.input.IngestResult;
import dev.dyad.model.Article;
import dev.dyad.model.Event;
import dev.dyad.output.Json;
import dev.dyad.pipeline.PipelineConfig;
import dev.dyad.pipeline.SharedPipeline;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7: the Spark runner in {@code local[2]} writes the local runner's events, byte for byte after
 * sorting, and rejects what the local runner rejects. Corpus: {@code articles.jsonl} (8 articles written for
 * this test, 3 bad records) plus the seed article from {@code ../shared} when it is there.
 */
class SparkEquivalenceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEED = "examples/seed-2021-12-22-russia-us-talks";

    @TempDir
    static Path dir;
    static SparkSession spark;
    static Path corpus;
    static List<Article> articles = new ArrayList<>();
    static List<String> localEvents = new ArrayList<>();
    static Map<String, List<String>> localEventsByArticle = new java.util.HashMap<>();
    static List<String> localProblems = new ArrayList<>();

    @BeforeAll
    static void setUp() throws IOException {
        corpus = dir.resolve("corpus.jsonl");
        List<String> lines = new ArrayList<>();
        try (InputStream in = SparkEquivalenceTest.class.getResourceAsStream("/articles.jsonl")) {
            lines.addAll(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        }
        Path seed = shared().resolve(SEED + ".txt");
        if (Files.exists(seed)) {
            JsonNode meta = JSON.readTree(shared().resolve(SEED + ".meta.json").toFile());
            lines.add(Json.line(Map.of("id", meta.get("id").asText(), "date", meta.get("date").asText(),
                    "text", Files.readString(seed))));
        } else {
            System.err.println("SparkEquivalenceTest: " + seed + " not found; corpus without the seed article");
        }
        // -Ddyad.spark.reuters=200: the first N Reuters articles too (the CLI's EntryPointEquivalenceTest always codes
        // 200; here they would take the test past its 5-minute budget on a shared 2-core machine)
        int reuters = Integer.getInteger("dyad.spark.reuters", 0);
        Path bench = shared().resolve("bench/reuters21578.jsonl");
        if (reuters > 0 && Files.exists(bench)) {
            try (Stream<String> r = Files.lines(bench)) {
                r.limit(reuters).forEach(lines::add);
            }
        }
        Files.write(corpus, lines, StandardCharsets.UTF_8);

        // the local runner: what `dyad code --format jsonl corpus.jsonl` prints, through the CLI's own entry point
        java.io.StringWriter printed = new java.io.StringWriter();
        int exit = dev.dyad.cli.Main.run(new java.io.PrintWriter(printed), new java.io.PrintWriter(new java.io.StringWriter()),
                "code", "--format", "jsonl", corpus.toString());
        assertEquals(1, exit, "dyad code: the corpus has 3 bad records, so exit 1");
        for (String line : printed.toString().lines().filter(l -> !l.isBlank()).toList()) {
            localEvents.add(line);
            localEventsByArticle.computeIfAbsent(JSON.readTree(line).get("article_id").asText(), k -> new ArrayList<>())
                    .add(line);
        }
        for (IngestResult r : new ArticleReader(null, LocalDate.now()).readAll(corpus.toString())) {
            if (r instanceof IngestResult.Accepted ok) {
                articles.add(ok.article());
            } else {
                localProblems.add(((IngestResult.Rejected) r).problem());
            }
        }
        localEvents.sort(null);
        localProblems.sort(null);

        spark = SparkSession.builder().master("local[2]").appName("dyad-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }

    @AfterAll
    static void tearDown() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void jsonlInputGivesTheLocalRunnersEventsAndRejects() throws IOException {
        Path out = dir.resolve("out-jsonl");
        SparkRunner.Summary s = SparkRunner.run(spark, new RunOptions(corpus.toString(), out.toString(), "jsonl",
                true, true, 2, PipelineConfig.defaults()));

        assertTrue(localEvents.size() >= 20, "corpus too weak to compare: " + localEvents.size() + " events");
        List<String> events = partLines(out.resolve("events"));
        assertEquals(localEvents, events);
        assertEquals(localEvents.size(), s.events());

        List<String> problems = new ArrayList<>();
        for (String line : partLines(out.resolve("rejects"))) {
            JsonNode r = JSON.readTree(line);
            problems.add(r.get("problem").asText());
            assertTrue(r.get("where").asText().endsWith("corpus.jsonl"), line);
            assertFalse(r.get("raw").asText().isEmpty(), line);
        }
        problems.sort(null);
        assertEquals(3, localProblems.size());
        assertEquals(localProblems, problems);

        // Parquet: the same events, as the contract's columns
        Dataset<Row> parquet = spark.read().parquet(out.resolve("events-parquet").toString());
        assertEquals(EventSchema.schema(), parquet.schema());
        assertEquals(keys(localEvents), parquet.selectExpr(
                "concat_ws('|', article_id, sentence, cameo, source.code, coalesce(target.code, 'null'), "
                        + "trigger.span[0], modality, event_date, goldstein, confidence)")
                .as(org.apache.spark.sql.Encoders.STRING()).collectAsList().stream().sorted().toList());

        assertEquals(1, SharedPipeline.loads(), "one pipeline per JVM, shared by the CLI run and both tasks");
    }

    /** Three articles only: reading is what differs from JSON Lines, and coding is the slow part. */
    @Test
    void parquetInputGivesTheSameEvents() throws IOException {
        StructType schema = StructType.fromDDL(
                "id string, text string, date date, title string, source string, url string");
        List<Article> some = articles.subList(0, 3);
        List<String> expected = new ArrayList<>();
        some.forEach(a -> expected.addAll(localEventsByArticle.get(a.id())));
        expected.sort(null);
        List<Row> rows = some.stream().map(a -> RowFactory.create(a.id(), a.text(), java.sql.Date.valueOf(a.date()),
                a.title(), a.source(), a.url())).toList();
        Path in = dir.resolve("articles.parquet");
        spark.createDataFrame(rows, schema).write().parquet(in.toString());

        Path out = dir.resolve("out-parquet");
        SparkRunner.run(spark, RunOptions.parse(List.of("--partitions", "2", in.toString(), out.toString())));

        assertFalse(expected.isEmpty());
        assertEquals(expected, partLines(out.resolve("events")));
        assertEquals(List.of(), partLines(out.resolve("rejects")));
    }

    @Test
    void theParquetSchemaNamesEveryFieldOfTheJsonContract() throws IOException {
        for (String line : localEvents) {
            assertSameFields(EventSchema.schema(), JSON.readTree(line), "event");
        }
    }

    private static void assertSameFields(StructType schema, JsonNode object, String where) {
        List<String> jsonFields = new ArrayList<>();
        object.fieldNames().forEachRemaining(jsonFields::add);
        assertEquals(List.of(schema.fieldNames()), jsonFields, where);
        for (StructField f : schema.fields()) {
            JsonNode v = object.get(f.name());
            if (f.dataType() instanceof StructType nested && v.isObject()) {
                assertSameFields(nested, v, where + "." + f.name());
            }
        }
    }

    private static List<String> keys(List<String> eventLines) throws IOException {
        List<String> keys = new ArrayList<>();
        for (String line : eventLines) {
            JsonNode e = JSON.readTree(line);
            keys.add(String.join("|", e.get("article_id").asText(), e.get("sentence").asText(), e.get("cameo").asText(),
                    e.get("source").get("code").asText(),
                    e.get("target").isNull() ? "null" : e.get("target").get("code").asText(),
                    e.get("trigger").get("span").get(0).asText(), e.get("modality").asText(),
                    e.get("event_date").asText(), Double.toString(e.get("goldstein").asDouble()),
                    Double.toString(e.get("confidence").asDouble())));
        }
        keys.sort(null);
        return keys;
    }

    /** Every line of Spark's part files in an output directory, sorted. */
    private static List<String> partLines(Path outputDir) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(outputDir)) {
            for (Iterator<Path> it = parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted()
                    .iterator(); it.hasNext(); ) {
                lines.addAll(Files.readAllLines(it.next(), StandardCharsets.UTF_8));
            }
        }
        lines.sort(null);
        return lines;
    }

    private static Path shared() {
        Path root = Path.of(System.getProperty("dyad.shared", "../../shared"));
        return Files.isDirectory(root) ? root : Path.of("../../shared");
    }
}
