package dev.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.dict.DictionaryException;
import dev.dyad.dict.DictionaryFiles;
import dev.dyad.ontology.CameoOntology;
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
