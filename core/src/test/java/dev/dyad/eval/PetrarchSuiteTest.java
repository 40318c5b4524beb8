package dev.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.petrarch.PetrarchDictionaries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PETRARCH validation runner on three hand-written records and dictionaries (issue 9). */
class PetrarchSuiteTest {
    private static final String XML = """
            <Validation>
            <Environment>
                <Verbfile>v.txt</Verbfile>
                <Actorfile>a.txt</Actorfile>
                <Agentfile>g.txt</Agentfile>
                <Discardfile>d.txt</Discardfile>
                <Errorfile>e.txt</Errorfile>
                <Include>valid DEMO DATE ERROR</Include>
                <Pause>Stop</Pause>
            </Environment>
            <Sentences>
            <Sentence date="19950101" id="DEMO-A" category="DEMO" valid="true">
            <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
            <Text>
            Arnor restored diplomatic ties with Gondor.
            </Text>
            <Parse>(ROOT (S (NP (NNP Arnor))))</Parse>
            </Sentence>
            <Sentence date="20000101" id="DATE-A" category="DATE" valid="true">
            <EventCoding sourcecode="HOBREB" targetcode="GON" eventcode="223"></EventCoding>
            <Text>Gollum attacked Gondor.</Text>
            <Parse>()</Parse>
            </Sentence>
            <Sentence date="20000101" id="ERROR-A" category="ERROR" valid="true">
            <EventCoding error="sentencediscard"></EventCoding>
            <Text>Arnor attacked Gondor in the baseball final.</Text>
            <Parse>()</Parse>
            </Sentence>
            </Sentences>
            </Validation>
            """;

    private static Path suite(Path dir) throws Exception {
        Files.writeString(dir.resolve("v.txt"), """
                --- RESTORE [060] ---
                RESTORE
                - * DIPLOMATIC TIES [064]
                --- ATTACK [223] ---
                ATTACK
                """);
        Files.writeString(dir.resolve("a.txt"), """
                ARNOR [ARN]
                GONDOR [GON]
                GOLLUM
                \t[HOB < 950601]
                \t[HOBREB > 990816]
                """);
        Files.writeString(dir.resolve("g.txt"), "GOVERNMENT [~GOV]\n");
        Files.writeString(dir.resolve("d.txt"), "BASEBALL\n");
        Path xml = dir.resolve("records.xml");
        Files.writeString(xml, XML);
        return xml;
    }

    @Test
    void readsRecordsAndScoresExactTripleSets(@TempDir Path dir) throws Exception {
        Path xml = suite(dir);
        PetrarchSuite.Suite s = PetrarchSuite.read(xml);
        assertEquals(3, s.records().size());
        assertEquals("Arnor restored diplomatic ties with Gondor.", s.records().get(0).text());
        assertEquals(Set.of(), s.records().get(2).expected());
        assertEquals("v.txt", s.environment().get("Verbfile"));
        // a coder that always codes ARN GON 064: right on DEMO-A only
        PetrarchSuite.Result r = PetrarchSuite.score(s.records(),
                rec -> Set.of(new PetrarchSuite.Triple("ARN", "GON", "064")));
        assertEquals(1, r.exact());
        assertEquals(1, r.byCategory().get("DEMO")[1]);
        assertEquals(0, r.byCategory().get("ERROR")[1]);
        String md = PetrarchSuite.markdown(xml, r, null);
        assertTrue(md.contains("| DEMO | 1 | 1 | 100.0% |"), md);
        assertTrue(md.contains("- `DATE-A` expected [HOBREB GON 223], dyad [ARN GON 064]"), md);
    }

    @Test
    void codesTheRecordsParseTreesAndFollowsRequireDyad(@TempDir Path dir) throws Exception {
        Path xml = suite(dir);
        String trees = Files.readString(xml)
                .replace("<Parse>(ROOT (S (NP (NNP Arnor))))</Parse>", "<Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) "
                        + "(NP (JJ diplomatic) (NNS ties)) (PP (IN with) (NP (NNP Gondor)))) (. .)))</Parse>")
                .replace("<Sentence date=\"20000101\" id=\"DATE-A\"",
                        "<Config option=\"require_dyad\" value=\"false\"></Config>\n<Sentence date=\"20000101\" id=\"DATE-A\"")
                .replaceFirst("<Parse>\\(\\)</Parse>", "<Parse>(ROOT (S (NP (NNP Gollum)) (VP (VBD attacked) (NP (DT the) (NN camp)))))</Parse>");
        Files.writeString(xml, trees);
        PetrarchSuite.Suite s = PetrarchSuite.read(xml);
        assertTrue(s.records().get(0).requireDyad());
        assertTrue(!s.records().get(1).requireDyad());
        PetrarchDictionaries dicts = PetrarchSuite.dictionaries(xml, s);
        PetrarchSuite.Result r = PetrarchSuite.runPetrarch(s.records(), dicts, () -> {
            throw new AssertionError("every record has a tree");
        });
        assertEquals(Set.of(new PetrarchSuite.Triple("ARN", "GON", "064")), r.outcomes().get(0).coded());
        // require_dyad false: the event whose object has no code is kept, its target ---
        assertEquals(Set.of(new PetrarchSuite.Triple("HOBREB", "---", "223")), r.outcomes().get(1).coded());
        // "()" is not a tree: bad_input_parse, nothing coded
        assertEquals(Set.of(), r.outcomes().get(2).coded());
    }

    @Test
    void dyadCodeWithPetrarchDictionariesGivesSpansTriggerAndRule(@TempDir Path dir) throws Exception {
        Path xml = suite(dir);
        PetrarchDictionaries dicts = PetrarchSuite.dictionaries(xml, PetrarchSuite.read(xml));
        String text = "Arnor restored diplomatic ties with Gondor.";
        var doc = dev.dyad.pipeline.PipelineFactory.build(dicts, java.nio.file.Path.of("petrarch-test")).code(new dev.dyad.model.Article("a", text, java.time.LocalDate.of(1995, 1, 1)));
        assertEquals(1, doc.events().size(), doc.events().toString());
        var e = doc.events().get(0);
        assertEquals("ARN", e.source().code());
        assertEquals("Arnor", e.source().text());
        assertEquals(0, e.source().span()[0]);
        assertEquals("Gondor", e.target().text());
        assertEquals(text.indexOf("Gondor"), e.target().span()[0]);
        assertEquals("064", e.cameo());
        assertEquals("restored", e.trigger().text());
        assertEquals("v.txt:3", e.rule());
    }

    @Test
    void codesRecordsWithTheEnvironmentsDictionaries(@TempDir Path dir) throws Exception {
        Path xml = suite(dir);
        PetrarchSuite.Suite s = PetrarchSuite.read(xml);
        PetrarchDictionaries dicts = PetrarchSuite.dictionaries(xml, s);
        PetrarchSuite.Result r = PetrarchSuite.run(s.records(), dev.dyad.pipeline.PipelineFactory.build(dicts, java.nio.file.Path.of("petrarch-test")));
        assertEquals(3, r.exact(), PetrarchSuite.markdown(xml, r, dicts));
    }
}
