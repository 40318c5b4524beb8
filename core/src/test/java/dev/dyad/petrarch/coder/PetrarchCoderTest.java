package dev.dyad.petrarch.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** PETRARCH2 constructs in {@link PetrarchCoder}, on fictional dictionaries and trees written here (issue 9). */
class PetrarchCoderTest {
    private static final String ACTORS = """
            VALORIA [VAL]
            +VALORIAN
            DUNMARK_ [DUN]
            KESTREL [KES]
            ORBANIA [ORB]
            THE_TWIN_CITIES [TWA/TWB]
            OLD_HARBOUR_PORT [OHP]
            KESTREL RADIO [KESRAD]
            MARSHAL_OTTEN [VAL]
            \t[VALMIL <20100101]
            \t[VALGOV 20100101-20121231]
            \t[VALELI >20121231]
            """;
    private static final String AGENTS = """
            !PEOPLE! = MAN, MEN
            OFFICIAL [~GOV]
            SOLDIER [~MIL]
            GOVERNMENT [~GOV]
            LAWMAKER [~LEG]
            CHARITY {} [NGO~]
            POLICE {} [~COP]
            SPOKES!PEOPLE! [~SPK]
            """;
    private static final String VERBS = """
            &MONEY
            +CROWNS
            +SILVER MARKS

            &SOFTNEG
            +DID N'T
            +WILL NOT

            --- PRAISE [051] ---
            PRAISE
            - * EFFORTS [052]
            - * GOOD_WORK [053]
            - &SOFTNEG * [054]
            - ALREADY_* [055]

            --- GRANT [070] ---
            GRANT
            - * &MONEY [071]

            --- HOST [---] ---
            HOST
            - + * GAMES ^ $ [042]
            - * FEAST WITH + [043]
            - * FAIR AT ^ WITH + [044]

            --- WARN [160] ---
            WARN
            - $ ^ FOR * [164]

            --- TALK [031:031] ---
            TALK
            - % * [030]
            - * WITH % [036]

            --- VISIT [032:033] ---
            VISIT

            --- SNUB [---] ---
            SNUB
            - * ENVOY [111]

            --- BLOCK [190] ---
            BLOCK
            WIRE_+TAP [1711]
            +SEAL_OFF [1721]
            - * TRADE [---]

            --- OPPOSE [112] ---
            OPPOSE

            --- SAID [023] ---
            SAID
            """;

    private static final PetrarchLexicon LEXICON = PetrarchLexicon.read(VERBS, ACTORS, AGENTS);
    private static final PetrarchCoder CODER = new PetrarchCoder(LEXICON);

    private static List<String> code(String tree) {
        return code(tree, LocalDate.of(2011, 5, 1), true);
    }

    private static List<String> code(String tree, LocalDate date, boolean requireDyad) {
        TreeSet<String> out = new TreeSet<>();
        for (PetrarchCoder.Coded c : CODER.code(PtbTree.parse(tree), date, requireDyad)) {
            out.add(c.source() + " " + c.target() + " " + c.code());
        }
        return List.copyOf(out);
    }

    @Test
    void familyCodeSourceIsTheSubjectTargetTheFirstCodedNounPhraseAfterTheVerb() {
        assertEquals(List.of("VAL DUN 051"), code("""
                (ROOT (S (NP (NNP Valoria)) (VP (VBD praised) (NP (DT the) (NN plan)) (PP (IN of) (NP (NNP Dunmark)))) (. .)))"""));
    }

    @Test
    void subjectIsFoundThroughVerbChainsAndSubjectlessClauses() {
        assertEquals(List.of("VAL DUN 051"), code("""
                (ROOT (S (NP (NNP Valoria)) (VP (VBZ is) (VP (VBN expected) (S (VP (TO to) (VP (VB praise) (NP (NNP Dunmark)))))))))"""));
    }

    @Test
    void wordsAfterTheVerbMayBeSeparatedUnlessJoinedByUnderscore() {
        assertEquals(List.of("VAL DUN 052"), code("""
                (ROOT (S (NP (NNP Valoria)) (VP (VBD praised) (NP (JJ tireless) (NNS efforts)) (PP (IN by) (NP (NNP Dunmark))))))"""));
        assertEquals(List.of("VAL DUN 053"), code("""
                (ROOT (S (NP (NNP Valoria)) (VP (VBD praised) (NP (NP (DT the) (JJ good) (NN work)) (PP (IN of) (NP (NNP Dunmark)))))))"""));
        // GOOD_WORK needs the words side by side: "good hard work" falls back to the family code
        assertEquals(List.of("VAL DUN 051"), code("""
                (ROOT (S (NP (NNP Valoria)) (VP (VBD praised) (NP (NP (DT the) (JJ good) (JJ hard) (NN work)) (PP (IN of) (NP (NNP Dunmark)))))))"""));
    }

    @Test
    void patternWordsAreWholeWordsNotStems() {
        assertEquals(List.of("VAL DUN 051"), code("""
                (ROOT (S (NP (NNP Valoria)) (VP (VBD praised) (NP (NN effort)) (PP (IN by) (NP (NNP Dunmark))))))"""));
    }

    @Test
    void wordsBeforeTheVerbAndSynsetsWithSeveralWords() {
        assertEquals(List.of("VAL DUN 054"), code("""
                (ROOT (S (NP (NNP Valoria)) (VP (VBD did) (RB n't) (VP (VB praise) (NP (NNP Dunmark))))))"""));
        assertEquals(List.of("VAL DUN 055"), code("""
                (ROOT (S (NP (NNP Valoria)) (ADVP (RB already)) (VP (VBD praised) (NP (NNP Dunmark)))))"""));
        // ALREADY_* needs the word right before the verb
        assertEquals(List.of("VAL DUN 051"), code("""
                (ROOT (S (NP (NNP Valoria)) (ADVP (RB already) (RB warmly)) (VP (VBD praised) (NP (NNP Dunmark)))))"""));
        assertEquals(List.of("VAL DUN 071"), code("""
                (ROOT (S (NP (NNP Valoria)) (VP (MD will) (VP (VB grant) (NP (CD ten) (JJ silver) (NNS marks)) (PP (TO to) (NP (NNP Dunmark)))))))"""));
        assertEquals(List.of("VAL DUN 070"), code("""
                (ROOT (S (NP (NNP Valoria)) (VP (MD will) (VP (VB grant) (NP (CD ten) (NNS marks)) (PP (TO to) (NP (NNP Dunmark)))))))"""));
    }

    @Test
    void sourceTargetAndSkipMarkers() {
        // "+ * GAMES ^ $": target before the verb, a noun phrase skipped, source after it
        assertEquals(List.of("KES VAL 042"), code("""
                (ROOT (S (NP (NNP Valoria)) (VP (MD will) (VP (VB host) (NP (NNP Dunmark)) (PP (IN for) (NP (NNS games))) (PP (IN with) (NP (NNP Orbania))) (PP (IN at) (NP (NNP Kestrel)))))))"""));
        // "* FAIR AT ^ WITH +": the place is skipped, the target follows WITH
        assertEquals(List.of("VAL ORB 044"), code("""
                (ROOT (S (NP (NNP Valoria)) (VP (VBD hosted) (NP (DT a) (NN fair)) (PP (IN at) (NP (NNP Dunmark))) (PP (IN with) (NP (NNP Orbania))))))"""));
        // "$ ^ FOR *": source and a skipped phrase before the verb
        assertEquals(List.of("VAL DUN 164"), code("""
                (ROOT (S (NP (NNP Valoria)) (VP (VBD asked) (NP (NNS neighbours)) (PP (IN for) (S (VP (VBG warning) (NP (NNP Dunmark))))))))"""));
    }

    @Test
    void compoundActorsCodeEverySourceTargetPair() {
        assertEquals(List.of("KES DUN 051", "KES ORB 051", "VAL DUN 051", "VAL ORB 051"), code("""
                (ROOT (S (NP (NNP Valoria) (CC and) (NNP Kestrel)) (VP (VBD praised) (NP (NP (NNP Dunmark)) (, ,) (CC and) (NP (NNP Orbania))))))"""));
        // one phrase with several codes
        assertEquals(List.of("TWA DUN 051", "TWB DUN 051"), code("""
                (ROOT (S (NP (DT The) (NNP Twin) (NNPS Cities)) (VP (VBD praised) (NP (NNP Dunmark)))))"""));
    }

    @Test
    void percentMarksACompound() {
        // before the verb: the members of the compound subject code each other
        assertEquals(List.of("DUN VAL 030", "VAL DUN 030"), code("""
                (ROOT (S (NP (NNP Valoria) (CC and) (NNP Dunmark)) (VP (VBD talked) (PP (IN about) (NP (NN trade))))))"""));
        // after the verb: a compound target
        assertEquals(List.of("KES DUN 036", "KES VAL 036"), code("""
                (ROOT (S (NP (NNP Kestrel)) (VP (VBD talked) (PP (IN with) (NP (NNP Valoria) (CC and) (NNP Dunmark))))))"""));
        // without a compound the % patterns do not match: the family's [031:031]
        assertEquals(List.of("DUN VAL 031", "VAL DUN 031"), code("""
                (ROOT (S (NP (NNP Valoria)) (VP (VBD talked) (PP (IN with) (NP (NNP Dunmark))))))"""));
    }

    @Test
    void pairedCodesAlsoCodeTheMirroredEvent() {
        assertEquals(List.of("DUN VAL 033", "VAL DUN 032"), code("""
                (ROOT (S (NP (NNP Valoria)) (VP (VBD visited) (NP (NNP Dunmark)))))"""));
    }

    @Test
    void nullCodesCodeNothing() {
        assertEquals(List.of(), code("""
                (ROOT (S (NP (NNP Valoria)) (VP (VBD snubbed) (NP (NNP Dunmark)))))"""));
        assertEquals(List.of("VAL DUN 111"), code("""
                (ROOT (S (NP (NNP Valoria)) (VP (VBD snubbed) (NP (NP (DT the) (NN envoy)) (PP (IN of) (NP (NNP Dunmark)))))))"""));
        assertEquals(List.of(), code("""
                (ROOT (S (NP (NNP Valoria)) (VP (VBD blocked) (NP (NN trade)) (PP (IN with) (NP (NNP Dunmark))))))"""));
    }

    @Test
    void multiWordVerbsNeedTheirOtherWordsBesideTheVerb() {
        assertEquals(List.of("VAL DUN 1711"), code("""
                (ROOT (S (NP (NNP Valoria) (NN wire)) (VP (VBD tapped) (NP (NP (NNS lines)) (PP (IN in) (NP (NNP Dunmark)))))))"""));
        assertEquals(List.of("VAL DUN 1721"), code("""
                (ROOT (S (NP (NNP Valoria)) (VP (VBD sealed) (PRT (RP off)) (NP (NNP Dunmark)))))"""));
        assertEquals(List.of("VAL DUN 190"), code("""
                (ROOT (S (NP (NNP Valoria)) (VP (VBD blocked) (NP (NNP Dunmark)))))"""));
    }

    @Test
    void agentsAfterOrBeforeTheActorAndAloneWithoutDyad() {
        assertEquals(List.of("VALGOV DUN 051"), code("""
                (ROOT (S (NP (NNP Valorian) (NNS officials)) (VP (VBD praised) (NP (NNP Dunmark)))))"""));
        assertEquals(List.of("NGOVAL DUN 051"), code("""
                (ROOT (S (NP (NN Charity) (NNP Valoria)) (VP (VBD praised) (NP (NNP Dunmark)))))"""));
        assertEquals(List.of("VALSPK DUN 051"), code("""
                (ROOT (S (NP (NNP Valoria) (NNS spokesmen)) (VP (VBD praised) (NP (NNP Dunmark)))))"""));
        // {} : no plural formed ("polices" is not an agent)
        assertEquals(List.of("VAL DUN 051"), code("""
                (ROOT (S (NP (NNP Valoria)) (VP (VBD praised) (NP (NP (NNP Dunmark) (POS 's)) (NNS polices)))))"""));
        // an agent alone: ---GOV; with require_dyad false a missing target is ---
        assertEquals(List.of("---GOV --- 023"), code("""
                (ROOT (S (NP (DT an) (NN official)) (VP (VBD said) (PP (IN on) (NP (NNP Monday))))))""",
                LocalDate.of(2011, 5, 1), false));
        assertEquals(List.of(), code("""
                (ROOT (S (NP (DT an) (NN official)) (VP (VBD said) (PP (IN on) (NP (NNP Monday))))))"""));
    }

    @Test
    void agentsTakeTheActorOfTheirPrepositionalPhraseAndDistribute() {
        assertEquals(List.of("VALMIL DUN 051"), code("""
                (ROOT (S (NP (NP (NNS Soldiers)) (PP (IN from) (NP (NNP Valoria)))) (VP (VBD praised) (NP (NNP Dunmark)))))"""));
        assertEquals(List.of("KESGOV DUN 051", "KESLEG DUN 051", "VALGOV DUN 051", "VALLEG DUN 051"), code("""
                (ROOT (S (NP (NP (NP (NNS Lawmakers)) (CC and) (NP (NNS officials))) (PP (IN in) (NP (NNP Valoria) (CC and) (NNP Kestrel))))
                  (VP (VBD praised) (NP (NNP Dunmark)))))"""));
        assertEquals(List.of("VALELI DUN 051"), code("""
                (ROOT (S (NP (NNP Valoria) (JJ former) (NNS officials)) (VP (VBD praised) (NP (NNP Dunmark)))))"""));
    }

    @Test
    void actorCodesFollowTheirDates() {
        String tree = "(ROOT (S (NP (NNP Marshal) (NNP Otten)) (VP (VBD praised) (NP (NNP Dunmark)))))";
        assertEquals(List.of("VALMIL DUN 051"), code(tree, LocalDate.of(2009, 6, 1), true));
        assertEquals(List.of("VALGOV DUN 051"), code(tree, LocalDate.of(2011, 6, 1), true));
        assertEquals(List.of("VALELI DUN 051"), code(tree, LocalDate.of(2014, 6, 1), true));
    }

    @Test
    void passiveVerbsTakeTheirSourceFromTheByPhrase() {
        assertEquals(List.of("DUN VAL 112"), code("""
                (ROOT (S (NP (NNP Valoria)) (VP (VBD was) (VP (VBN opposed) (PP (IN by) (NP (NNP Dunmark)))))))"""));
    }

    @Test
    void aCodedVerbTakesInTheVerbsBelowIt() {
        // "said" codes; "praise" inside its phrase is not coded on its own
        assertEquals(List.of("KES VAL 023"), code("""
                (ROOT (S (NP (NNP Kestrel)) (VP (VBD said) (SBAR (S (NP (NNP Valoria)) (VP (MD would) (VP (VB praise) (NP (NNP Dunmark)))))))))"""));
    }

    @Test
    void anUncodedSubjectTakesTheSubjectOfTheClauseAbove() {
        assertEquals(List.of("VAL DUN 051"), code("""
                (ROOT (S (NP (NNP Valoria)) (VP (VBD hinted) (SBAR (S (NP (PRP it)) (VP (MD would) (VP (VB praise) (NP (NNP Dunmark)))))))))"""));
    }

    @Test
    void actorWordsWrittenWithASpaceMayHaveAdjectivesBetween() {
        assertEquals(List.of("KESRAD DUN 051"), code("""
                (ROOT (S (NP (NNP Kestrel) (JJ state-run) (NN radio)) (VP (VBD praised) (NP (NNP Dunmark)))))"""));
        // "_" joins words: OLD_HARBOUR_PORT needs them side by side
        assertEquals(List.of(), code("""
                (ROOT (S (NP (NNP Old) (JJ busy) (NNP Harbour) (NNP Port)) (VP (VBD praised) (NP (NNP Dunmark)))))"""));
    }

    @Test
    void withoutRequireDyadAMissingTargetNeedsANounPhraseAfterTheVerb() {
        LocalDate d = LocalDate.of(2011, 5, 1);
        assertEquals(List.of("VALGOV --- 023"), code("""
                (ROOT (S (NP (NNP Valoria) (NN official)) (VP (VBD said) (PP (IN on) (NP (NNP Monday))))))""", d, false));
        // a time phrase is no object: nothing coded
        assertEquals(List.of(), code("""
                (ROOT (S (NP (NNP Valoria) (NN official)) (VP (VBD said) (NP-TMP (NN today)))))""", d, false));
    }

    @Test
    void newActorsNameUncodedNounPhrasesOfAtMostTheConfiguredLength() {
        String tree = """
                (ROOT (S (NP (NP (NNP Orla) (POS 's)) (NN guild) (NN master)) (VP (VBD visited)
                  (PP (IN at) (NP (NP (DT the) (NNP Salt) (NNP Hall)) (PP (IN of) (NP (NNP Brine))))))))""";
        TreeSet<String> four = new TreeSet<>();
        for (PetrarchCoder.Coded c : CODER.code(PtbTree.parse(tree), LocalDate.of(2011, 5, 1), new PetrarchCoder.Options(true, 5))) {
            four.add(c.source() + " " + c.target() + " " + c.code());
        }
        assertEquals(List.of("\"ORLA GUILD MASTER\" \"THE SALT HALL OF BRINE\" 032",
                "\"THE SALT HALL OF BRINE\" \"ORLA GUILD MASTER\" 033"), List.copyOf(four));
        // at most 3 words: the target is too long, so there is no event
        assertEquals(List.of(), CODER.code(PtbTree.parse(tree), LocalDate.of(2011, 5, 1), new PetrarchCoder.Options(true, 3)));
        // off by default
        assertEquals(List.of(), code(tree));
    }

    @Test
    void malformedTreesAreRejected() {
        assertThrows(PtbTree.MalformedTreeException.class, () -> PtbTree.parse("(ROOT (S (NP (NNP Valoria)) (VP (VBD left))"));
        assertThrows(PtbTree.MalformedTreeException.class, () -> PtbTree.parse("(ROOT (S (NP (NNP Valoria))) (VP (VBD left))))"));
        assertThrows(PtbTree.MalformedTreeException.class, () -> PtbTree.parse("(ROOT (S (NP Valoria (NNP x))))"));
    }

    @Test
    void linesTheCoderCannotUseAreReportedWithTheirLineNotLoaded() {
        DefectReport report = new DefectReport();
        PetrarchLexicon l = PetrarchLexicon.read("v.txt", """
                --- PRAISE [051] ---
                PRAISE
                - * &NOSUCH [052]
                - EFFORTS [053]
                - * EFFORTS
                """, null, null, report);
        assertEquals(List.of("v.txt:3: skipped: synset &NOSUCH is not defined (PETRARCH2 ignores the pattern) ('- * &NOSUCH [052]')",
                "v.txt:4: skipped: pattern without '*' (the verb's place) ('- EFFORTS [053]')",
                "v.txt:5: skipped: pattern without [code] ('- * EFFORTS')"),
                report.defects().stream().map(Object::toString).toList());
        assertEquals(List.of(), l.verbs.get("PRAISE").get(0).family().patterns());
    }

    @Test
    void anEmptyFirstHalfCodesOnlyTheTargetActingOnTheSource() {
        // PETRARCH2's [:173]: "Valoria appeared before a Dunmark court" is the court trying Valoria
        PetrarchLexicon l = PetrarchLexicon.read("""
                --- APPEAR [---] ---
                APPEAR
                - * (BEFORE COURT) [:173]
                """, ACTORS, AGENTS);
        List<String> out = new PetrarchCoder(l).code(PtbTree.parse("""
                (ROOT (S (NP (NNP Valoria)) (VP (VBD appeared) (PP (IN before) (NP (DT a) (NNP Dunmark) (NN court))))))"""),
                LocalDate.of(2011, 5, 1), true).stream().map(c -> c.source() + " " + c.target() + " " + c.code()).toList();
        assertEquals(List.of("DUN VAL 173"), out);
    }
}
