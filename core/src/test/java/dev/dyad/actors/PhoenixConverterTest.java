package dev.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.dict.DictionaryFiles;
import dev.dyad.dict.DictionaryLine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code tools/convert_phoenix.java} (issue 14) on the fictional dictionaries of {@code phoenix-fixture/}, which
 * hold one line for each kind of defect, and checks its report names each line and reason, and that its output loads
 * as the layer under dyad's own files.
 */
class PhoenixConverterTest {
    private static final Path FIXTURE = Path.of("src/test/resources/phoenix-fixture");
    @TempDir
    static Path out;
    private static List<String> report;

    @BeforeAll
    static void convert() throws IOException, InterruptedException {
        run(FIXTURE, out, FIXTURE.resolve("dyad"), FIXTURE.resolve("corpus.jsonl"), FIXTURE.resolve("places"),
                FIXTURE.resolve("exclusions.tsv"));
        report = Files.readAllLines(out.resolve("REPORT.tsv"));
    }

    private static void run(Path in, Path to, Path dyad, Path corpus, Path places, Path exclude)
            throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "../tools/convert_phoenix.java", in.toString(), to.toString(),
                "--dyad", dyad.toString(), "--corpus", corpus.toString(), "--places", places.toString(),
                "--exclude", exclude.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), log);
    }

    /** The committed layer is what the converter makes of the shared Phoenix files (the command in its header). */
    @Test
    void committedLayerIsTheConvertersOutput(@TempDir Path fresh) throws IOException, InterruptedException {
        Path shared = Path.of("../../shared");
        Assumptions.assumeTrue(Files.isDirectory(shared.resolve("data/phoenix")), "no ../shared beside the checkout");
        Path actors = Path.of("src/main/resources/dyad/dictionaries/actors");
        run(shared.resolve("data/phoenix"), fresh, actors, shared.resolve("bench/reuters21578.jsonl"),
                Path.of("src/main/resources/dyad/dictionaries/places"), Path.of("../tools/phoenix-exclusions.tsv"));
        for (String f : List.of("countries.txt", "international.txt", "milnonstate.txt", "agents.txt", "REPORT.tsv")) {
            assertEquals(Files.readString(actors.resolve("phoenix").resolve(f)), Files.readString(fresh.resolve(f)),
                    "actors/phoenix/" + f + " differs from tools/convert_phoenix.java's output: rerun it");
        }
    }

    private static void reported(String where, String reason, String detail) {
        assertTrue(report.stream().anyMatch(l -> l.startsWith(where + "\t" + reason + "\t") && l.contains(detail)),
                where + " " + reason + " '" + detail + "' not in\n" + String.join("\n", report));
    }

    @Test
    void everyKindOfDefectIsReportedWithFileAndLine() {
        String c = "Phoenix.Countries.actors.txt:";
        reported(c + "3", "dangerous phrase", "'River': a common English word");
        reported(c + "4", "city", "'Annuminas' (ARN)");
        reported(c + "9", "ambiguous phrase", "'Kingdom of the South' is coded ARNMIL");
        reported(c + "28", "ambiguous phrase", "'National Assembly' is coded GONLEG");
        reported(c + "13", "overlapping date ranges", "kept only 1960-01-02..1970-01-01");
        reported(c + "17", "bad date", "7-digit date '9008223'");
        reported(c + "18", "malformed code", "'ARNGOVX'");
        reported(c + "20", "dangerous phrase", "'Elendil': a single-word person name");
        reported(c + "21", "record without a code", "FORNOST_HOUSE_");
        reported(c + "23", "dangerous phrase", "'Andre Agassi': listed in Phoenix.discards.txt");
        reported(c + "24", "malformed phrase", "BAD+NAME_");
        reported(c + "25", "duplicate phrase", "'Arvedui Hallas' already converted from " + c + "11");
        reported(c + "26", "undated code implied", "[ELI]");
        reported("Phoenix.International.actors.txt:2", "dangerous phrase", "'WC': one or two letters");
        reported("Phoenix.International.actors.txt:4", "company", "'MNCARN'");
        reported("Phoenix.International.actors.txt:5", "unknown country or organisation code", "'XYZ'");
        reported("Phoenix.agents.txt:5", "prefix agent code approximated", "'NGO~'");
        reported("Phoenix.agents.txt:6", "gap approximated", "'FOREIGN MINISTER'");
        reported("Phoenix.agents.txt:7", "malformed agent code", "'GOV'");
        reported("Phoenix.agents.txt:8", "duplicate phrase", "'ranger'");
        reported("Phoenix.agents.txt:9", "excluded", "'settlement': not a settlers' community");
        reported("Phoenix.discards.txt:2", "discard not converted", "WORLD CUP");
    }

    @Test
    void convertedFilesNameTheirOriginLicenceAndSourceLines() throws IOException {
        String countries = Files.readString(out.resolve("countries.txt"));
        assertTrue(countries.contains("PETRARCH2/Phoenix") && countries.contains("MIT") && countries.contains("LICENSE.petrarch2"));
        assertTrue(countries.contains("ARNGOV | person | Arvedui Hallas | 1960-01-02..1970-01-01  # Phoenix.Countries.actors.txt:11 code:13"),
                countries);
        assertTrue(countries.contains("GONGOV | person | Malbeth the Seer | 1991-01-01..1991-12-31"), countries);
        assertFalse(countries.contains("Kingdom of the South") || countries.contains("| River"), countries);
        assertFalse(Files.readString(out.resolve("international.txt")).contains("IGOWHC | name | WC"));
        String agents = Files.readString(out.resolve("agents.txt"));
        assertTrue(agents.contains("COP | noun | borderwoman  # Phoenix.agents.txt:4"), agents);
        assertTrue(agents.contains("GOV | noun | agriculture minister  # Phoenix.agents.txt:10 [~GOVAGR]"), agents);
        assertTrue(countries.contains("ARNMIL | name | Arnor Guard  # Phoenix.Countries.actors.txt:8 [ARNMILSPY]"), countries);
    }

    @Test
    void convertedFilesLoadAsALayerUnderDyadsOwn() throws IOException {
        List<DictionaryLine> layer = new ArrayList<>();
        for (String f : List.of("countries.txt", "international.txt", "milnonstate.txt", "agents.txt")) {
            layer.addAll(DictionaryFiles.parse("actors/phoenix/" + f, Files.readString(out.resolve(f))));
        }
        ActorDictionary d = ActorDictionary.fromLayers(DictionaryFiles.parse("actors/countries.txt",
                "ARN | name | Arnor\nARN | adj | Arnorian\n"), layer);
        assertTrue(d.layerStartingWith("Arnorian").isEmpty(), "dyad's own 'Arnorian' wins");
        ActorEntry hallas = d.layerStartingWith("Arvedui").get(0);
        ActorDictionary.PersonCode pc = d.personCode(hallas, LocalDate.of(1965, 1, 1));
        assertEquals("ARNGOV", pc.code());
        assertTrue(pc.rule().startsWith("actors/phoenix/countries.txt:") && pc.rule().contains("(Phoenix.Countries.actors.txt:11 code:13)"),
                pc.rule());
        assertEquals("ARNELI", d.personCode(hallas, LocalDate.of(1975, 1, 1)).code());
        assertEquals("ARNELI", d.personCode(hallas, LocalDate.of(1940, 1, 1)).code());
    }
}
