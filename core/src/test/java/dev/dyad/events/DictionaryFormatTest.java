package dev.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.dict.DictionaryException;
import dev.dyad.dict.DictionaryFiles;
import dev.dyad.ontology.CameoOntology;
import java.util.List;
import org.junit.jupiter.api.Test;

class DictionaryFormatTest {
    private static final CameoOntology CAMEO = CameoOntology.builtIn();

    private static String patternError(String text) {
        return assertThrows(DictionaryException.class,
                () -> PatternDictionary.fromLines(DictionaryFiles.parse("verbs.txt", text), CAMEO)).getMessage();
    }

    private static String ruleError(String text) {
        return assertThrows(DictionaryException.class,
                () -> RuleBook.fromLines(DictionaryFiles.parse("rules.txt", text), CAMEO)).getMessage();
    }

    @Test
    void builtInPatternsAndRulesLoad() {
        PatternDictionary p = PatternDictionary.builtIn(CAMEO);
        assertTrue(p.size() > 400, "patterns: " + p.size());
        RuleBook r = RuleBook.builtIn(CAMEO);
        assertEquals("138", r.map("threat", "190"));
        assertEquals("036", r.map("intent", "046"));
        assertEquals("120", r.map("reject", "190"));
    }

    @Test
    void everyCameoRootHasPatterns() {
        PatternDictionary p = PatternDictionary.builtIn(CAMEO);
        String text = DictionaryFiles.resourceText("events/verbs.txt");
        for (int root = 1; root <= 20; root++) {
            String r = String.format("%02d", root);
            assertTrue(text.lines().anyMatch(l -> l.startsWith(r)), "no pattern for root " + r);
        }
        assertTrue(p.size() > 0);
    }

    @Test
    void unknownCodeNamesFileAndLine() {
        assertEquals("verbs.txt:2: unknown CAMEO code '999'", patternError("100 | V demand |\n999 | V frobnicate |\n"));
    }

    @Test
    void malformedTriggerAndConstraintAreReported() {
        assertTrue(patternError("100 | demand |").startsWith("verbs.txt:1: trigger must be"));
        assertTrue(patternError("100 | V demand | object=x").startsWith("verbs.txt:1: unknown constraint 'object'"));
        assertTrue(patternError("100 | V demand | obj=").startsWith("verbs.txt:1: malformed constraint"));
        assertTrue(patternError("100 | N demand now |").contains("noun trigger takes one lemma"));
    }

    @Test
    void ambiguousPatternIsReported() {
        assertEquals("verbs.txt:2: same trigger and constraints as verbs.txt:1 (duplicate or ambiguous pattern)",
                patternError("100 | V demand |\n110 | V demand |\n"));
    }

    private static String layerError(String text) {
        return assertThrows(DictionaryException.class, () -> PatternDictionary.fromLines(
                DictionaryFiles.parse("verbs.txt", "100 | V demand |\n"), DictionaryFiles.parse("phoenix-verbs.txt", text),
                CAMEO)).getMessage();
    }

    @Test
    void builtInLayerLoadsUnderOwnPatterns() {
        PatternDictionary p = PatternDictionary.builtIn(CAMEO);
        assertTrue(p.underlaySize() > 1000, "layer patterns: " + p.underlaySize());
        List<EventPattern> demand = p.verbPatterns("demand");
        assertTrue(!demand.get(0).underlay() && demand.get(demand.size() - 1).underlay(), "own first: " + demand);
    }

    @Test
    void malformedLayerLineStopsLoadingWithFileAndLine() {
        assertTrue(layerError("020 | V ask | | CAMEO.2.0.txt:3\n020 | V ask | obj=help |\n")
                .startsWith("phoenix-verbs.txt:2: fourth field must name the pattern's origin"));
        assertTrue(layerError("020 | V ask | pp=for | CAMEO.2.0.txt:3").startsWith("phoenix-verbs.txt:1: pp must be"));
        assertTrue(layerError("020 | V ask | pp=for:aid pp=for:help | CAMEO.2.0.txt:3")
                .startsWith("phoenix-verbs.txt:1: two pp= constraints for 'for'"));
        assertTrue(layerError("999 | V ask | | CAMEO.2.0.txt:3").startsWith("phoenix-verbs.txt:1: unknown CAMEO code"));
        assertEquals("phoenix-verbs.txt:2: same trigger and constraints as phoenix-verbs.txt:1 (duplicate or ambiguous pattern)",
                layerError("020 | V ask | pp=for:aid | CAMEO.2.0.txt:3\n023 | V ask | pp=for:aid | CAMEO.2.0.txt:4"));
    }

    @Test
    void layerMayRepeatOwnPatternsAndRuleNamesBothLines() {
        PatternDictionary d = PatternDictionary.fromLines(DictionaryFiles.parse("verbs.txt", "100 | V demand |\n"),
                DictionaryFiles.parse("phoenix-verbs.txt", "# header\n100 | V demand | | CAMEO.2.0.txt:77\n"), CAMEO);
        assertEquals(List.of("verbs.txt:1", "phoenix-verbs.txt:2 (CAMEO.2.0.txt:77)"),
                d.verbPatterns("demand").stream().map(EventPattern::where).toList());
    }

    @Test
    void ruleErrorsNameFileAndLine() {
        assertTrue(ruleError("speech | say |\nmarker | not | denied\n").startsWith("rules.txt:2: unknown modality 'denied'"));
        assertTrue(ruleError("threat | 15 | 999").startsWith("rules.txt:1: unknown CAMEO code '999'"));
        assertTrue(ruleError("speech | say |\nspeech | say |").startsWith("rules.txt:2: duplicate rule"));
        assertTrue(ruleError("verb | say |").startsWith("rules.txt:1: unknown rule kind 'verb'"));
        assertTrue(ruleError("reported | would | maybe").startsWith("rules.txt:1: unknown modality 'maybe'"));
        assertTrue(ruleError("popular | 190 | 999").startsWith("rules.txt:1: unknown CAMEO code '999'"));
        assertTrue(ruleError("light | open/JJ | future\nlight | open/JJ | asserted").startsWith("rules.txt:2: duplicate rule"));
        assertTrue(ruleError("place | near | *\nplace | in | 15,21").startsWith("rules.txt:2: expected '*' or CAMEO roots"));
        assertTrue(ruleError("attack | shelling |\nattack | shelling |").startsWith("rules.txt:2: duplicate rule"));
    }
}
