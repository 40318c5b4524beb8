package dev.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.dict.DictionaryFiles;
import dev.dyad.ontology.CameoOntology;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tools/phoenix_verbs.java on a small dictionary in PETRARCH2's format with one pattern of each kind that does not
 * translate: every such line is in the report with its reason, the rest becomes a layer dyad loads.
 */
class PhoenixVerbsToolTest {
    private static final Path FIXTURE = Path.of("src/test/resources/phoenix");
    @TempDir
    static Path out;
    private static String layer;
    private static String report;

    @BeforeAll
    static void runTool() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "../tools/phoenix_verbs.java", FIXTURE.resolve("CAMEO.fixture.txt").toString(),
                "src/main/resources/dyad/dictionaries/cameo/cameo.tsv", FIXTURE.resolve("filter.fixture.txt").toString(),
                out.resolve("layer.txt").toString(), out.resolve("report.md").toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "tool did not finish");
        assertEquals(0, p.exitValue(), log);
        layer = Files.readString(out.resolve("layer.txt"));
        report = Files.readString(out.resolve("report.md"));
    }

    private static void reported(int line, String why) {
        assertTrue(report.lines().anyMatch(l -> l.startsWith("- `CAMEO.fixture.txt:" + line + "` ") && l.contains(why)),
                "line " + line + " should be reported with '" + why + "':\n" + report);
    }

    @Test
    void everyUntranslatableKindIsReportedWithItsLine() {
        reported(22, "words before the verb ('WIRE_+TAP')");
        reported(23, "second word is no particle");
        reported(24, "more than one word after the verb");
        reported(25, "lists no forms");
        reported(34, "reverse-direction code [:173]");
        reported(35, "do not constrain the subject");
        reported(36, "marker $");
        reported(37, "three words or more");
        reported(38, "more than one noun after the verb");
        reported(39, "undefined synonym set &UNDEFINED");
        reported(40, "synonym set &EMPTY has no entries");
        reported(41, "unknown CAMEO code [999]");
        reported(43, "same verb and constraints as line 42 with another code");
        reported(44, "two phrases with the preposition 'in'");
        reported(48, "marker %");
        reported(50, "verb block header");
        reported(51, "verb-verb transformation");
    }

    @Test
    void partsAndFiltersAndSourceDefectsAreReported() {
        reported(26, "multiword entries of &MONEY dropped: HARD_CURRENCY");
        reported(33, "paired code [042:043]: coded 042");
        reported(45, "precision: adds 2 false events on Reuters");
        reported(5, "&MONEY has no trailing underscore");
        assertTrue(report.contains("| untranslated | 17 |"), report);
    }

    @Test
    void translatedPatternsNameTheirSourceLine() {
        List<String> lines = layer.lines().filter(l -> !l.startsWith("#")).toList();
        assertTrue(lines.contains("0231 | V ask | obj=cash,dollar | CAMEO.fixture.txt:26"), layer);
        assertTrue(lines.contains("0233 | V ask | obj=aid mod=humanitarian | CAMEO.fixture.txt:27"), layer);
        assertTrue(lines.contains("0231 | V request | mod=financial pp=for:aid | CAMEO.fixture.txt:28"), "comment names the verb: " + layer);
        assertTrue(lines.contains("090 | V ask | pp=into:allegation | CAMEO.fixture.txt:29"), layer);
        assertTrue(lines.contains("113 | V ask | prep=against | CAMEO.fixture.txt:30"), layer);
        assertTrue(lines.contains("010 | V ask out | obj=views | CAMEO.fixture.txt:32"), layer);
        assertTrue(lines.contains("020 | V ask for | | CAMEO.fixture.txt:19"), layer);
        assertTrue(lines.contains("020 | V request | obj=permission | CAMEO.fixture.txt:46"), "no comment: every verb: " + layer);
        assertTrue(lines.stream().noneMatch(l -> l.contains("obj=fire")), "filtered line 45 stays out");
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("--- |") || l.contains("V request | |")), "no code, no line");
    }

    /** The committed layer and report are the tool's output on ../shared's CAMEO.2.0.txt with the committed filter. */
    @Test
    void committedLayerIsRegenerated() throws IOException, InterruptedException {
        Path layerOut = out.resolve("phoenix-verbs.txt");
        Path reportOut = out.resolve("phoenix-verbs-report.md");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "../tools/phoenix_verbs.java",
                dev.dyad.testing.SharedDyad.shared("data/phoenix/CAMEO.2.0.txt").toString(),
                "src/main/resources/dyad/dictionaries/cameo/cameo.tsv", "../tools/phoenix_verbs.filter.txt",
                layerOut.toString(), reportOut.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "tool did not finish");
        assertEquals(0, p.exitValue(), log);
        assertEquals(Files.readString(layerOut), Files.readString(Path.of("src/main/resources/dyad/dictionaries/events/phoenix-verbs.txt")),
                "regenerate events/phoenix-verbs.txt with tools/phoenix_verbs.java (see its header)");
        assertEquals(Files.readString(reportOut), Files.readString(Path.of("../docs/phoenix-verbs-report.md")),
                "regenerate docs/phoenix-verbs-report.md with tools/phoenix_verbs.java");
    }

    @Test
    void theLayerLoadsUnderOwnPatterns() {
        CameoOntology cameo = CameoOntology.builtIn();
        PatternDictionary d = PatternDictionary.fromLines(DictionaryFiles.parse("verbs.txt", "020 | V ask |\n"),
                DictionaryFiles.parse("phoenix-verbs.txt", layer), cameo);
        assertEquals(15, d.underlaySize());
        assertEquals("verbs.txt:1", d.verbPatterns("ask").get(0).where(), "own patterns come first");
        assertTrue(d.verbPatterns("ask").stream().anyMatch(p -> p.underlay()
                && p.where().matches("phoenix-verbs\\.txt:\\d+ \\(CAMEO\\.fixture\\.txt:26\\)")), "rule names both lines");
    }
}
