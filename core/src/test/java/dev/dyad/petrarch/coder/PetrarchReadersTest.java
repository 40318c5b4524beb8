package dev.dyad.petrarch.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The PETRARCH dictionary readers on lines written here (issue 19): each construct PETRARCH2's production files use,
 * and the report line (file:line: kind: reason) of each line dyad approximates or skips.
 */
class PetrarchReadersTest {
    private static List<String> report(DefectReport r) {
        return r.defects().stream().map(d -> d.file() + ":" + d.line() + " " + d.kind() + " " + d.reason()).toList();
    }

    private static PetrarchLexicon verbs(String text, DefectReport r) {
        return PetrarchLexicon.load(new PetrarchLexicon.Source("v.txt", text), List.of(), List.of(), r);
    }

    private static PetrarchLexicon actors(String text, DefectReport r) {
        return PetrarchLexicon.load(null, List.of(new PetrarchLexicon.Source("a.txt", text)), List.of(), r);
    }

    private static List<String> codesOn(PetrarchLexicon l, String firstWord, LocalDate day) {
        return l.actors.get(firstWord).get(0).codesOn(day);
    }

    @Test
    void synsetMembersGetTheirPluralUnlessTheNameOrTheMemberEndsInUnderscore() {
        DefectReport r = new DefectReport();
        PetrarchLexicon l = verbs("""
                &CURRENCY
                +DOLLAR
                +PENNY
                +CASH_
                +SWISS_FRANC
                &AUX_
                +WILL
                """, r);
        assertEquals(List.of(List.of("DOLLAR"), List.of("DOLLARS"), List.of("PENNY"), List.of("PENNIES"), List.of("CASH"),
                List.of("SWISS", "FRANC"), List.of("SWISS", "FRANCS")), l.synsets().get("CURRENCY"));
        assertEquals(List.of(List.of("WILL")), l.synsets().get("AUX"));
        assertEquals(List.of(), r.defects());
    }

    @Test
    void petrarch2PhraseSyntaxIsReadAsWordsAndReported() {
        DefectReport r = new DefectReport();
        PetrarchLexicon l = verbs("""
                &WEAPON
                +GUN
                --- APPEAR [---] ---
                APPEAR
                - * (BEHIND &WEAPON) [190]  # the line PETRARCH2's file used to stop at
                - * (AT {NEW SANCTIONS}) [1312]
                - * FORWARD [013]
                """, r);
        List<PetrarchLexicon.VerbPattern> p = l.verbs.get("APPEAR").get(0).family().patterns();
        assertEquals(3, p.size());
        assertEquals(List.of("BEHIND", "WEAPON"), p.get(0).lower().stream().map(PetrarchLexicon.Element::text).toList());
        assertEquals(PetrarchLexicon.Kind.SYNSET, p.get(0).lower().get(1).kind());
        assertEquals(List.of("AT", "NEW", "SANCTIONS"), p.get(1).lower().stream().map(PetrarchLexicon.Element::text).toList());
        assertFalse(p.get(1).lower().get(2).joined(), "words in braces may have words between them");
        String why = "PETRARCH2 phrase syntax ({noun phrase}, (preposition phrase)) read as its words in order";
        assertEquals(List.of("v.txt:5 APPROXIMATED " + why, "v.txt:6 APPROXIMATED " + why), report(r));
    }

    @Test
    void oddVerbLinesAreApproximatedOrSkippedWithTheirLine() {
        DefectReport r = new DefectReport();
        PetrarchLexicon l = verbs("""
                STRAY
                --- SCRAP [---] ---
                SCRAP {SCRAPPING SCRAPS SCRAPPED };shan   8/30/93
                - *SCEPTICAL [012]
                - * DOWN (FROM) [080!]
                - * [+++]
                - * DOWN [###]
                - * &NOSUCH [010]
                RIP
                --- NOCODE ---
                IGNORE
                ~ a (a b ATTACK) SAY = a b 015
                """, r);
        assertEquals(List.of(
                "v.txt:1 SKIPPED outside a verb family",
                "v.txt:3 APPROXIMATED ';' read as the start of a comment (TABARI)",
                "v.txt:4 APPROXIMATED '*' written against a word read as a word of its own",
                "v.txt:5 APPROXIMATED code [080!] read as [080]",
                "v.txt:5 APPROXIMATED PETRARCH2 phrase syntax ({noun phrase}, (preposition phrase)) read as its words in order",
                "v.txt:6 SKIPPED TABARI marker [+++], not a code",
                "v.txt:7 SKIPPED TABARI marker [###], not a code",
                "v.txt:8 SKIPPED synset &NOSUCH is not defined (PETRARCH2 ignores the pattern)",
                "v.txt:12 SKIPPED verb transformation (~): dyad's coder has none"), report(r));
        assertTrue(l.verbs.containsKey("SCRAPPED"));
        assertFalse(l.verbs.containsKey("SHAN"));
        // a verb after the family's patterns is still one of its verbs, as PETRARCH2 reads it (regular forms too)
        assertEquals("SCRAP", l.verbs.get("RIPPED").get(0).family().name());
        assertEquals(List.of("012", "080"), l.verbs.get("SCRAP").get(0).family().patterns().stream()
                .map(PetrarchLexicon.VerbPattern::code).toList());
        assertEquals("---", l.verbs.get("IGNORE").get(0).family().code(), "a header without [code] has the null code");
    }

    @Test
    void actorDatesUseTheCalendarAndBadOnesAreSkippedWithTheirLine() {
        DefectReport r = new DefectReport();
        PetrarchLexicon l = actors("""
                +ORPHAN_SYNONYM
                \t[XXX]
                ARMENIA_
                \t[USRARM <900823]
                \t[ARMUNR 9008223-911221]
                \t[ARM >911221]
                MILO_DJUKA_
                \t[MNEGOV 20121204]
                \t[MNEELI 20081301-20090101]
                \t[MNEOPP 19990101-20001231]
                NOBODY_SPECIAL
                """, r);
        assertEquals(List.of(
                "a.txt:1 SKIPPED synonym before any actor phrase",
                "a.txt:2 SKIPPED code line before any actor phrase",
                "a.txt:5 SKIPPED date restriction skipped: 7-digit date, not YYMMDD or YYYYMMDD",
                "a.txt:8 APPROXIMATED a date without < or > read as 'from this day on'",
                "a.txt:9 SKIPPED date restriction skipped: 20081301 is not a calendar day"), report(r));
        assertEquals(List.of("USRARM"), codesOn(l, "ARMENIA", LocalDate.of(1990, 8, 22)));
        assertNull(codesOn(l, "ARMENIA", LocalDate.of(1990, 8, 23)), "the skipped 7-digit range codes nothing");
        assertEquals(List.of("ARM"), codesOn(l, "ARMENIA", LocalDate.of(1991, 12, 22)));
        assertEquals(List.of("MNEGOV"), codesOn(l, "MILO", LocalDate.of(2012, 12, 4)));
        assertEquals(List.of("MNEOPP"), codesOn(l, "MILO", LocalDate.of(2000, 12, 31)));
        assertNull(codesOn(l, "MILO", LocalDate.of(2005, 1, 1)));
        // a phrase without any code names an actor with a null code (PETRARCH2), not an unknown one
        assertNull(codesOn(l, "NOBODY", LocalDate.of(2005, 1, 1)));
    }

    @Test
    void severalCodesOnThePhraseLineEachHoldTheirDays() {
        PetrarchLexicon l = actors("""
                JAVIER_DE_CUELLAR_\t[IGOUNO 820101-911231] [ELI]
                AMR_MOUSSA_\t[IGOMEAARL >010515][EGYGOV]
                """, new DefectReport());
        assertEquals(List.of("IGOUNO"), codesOn(l, "JAVIER", LocalDate.of(1990, 1, 1)));
        assertEquals(List.of("ELI"), codesOn(l, "JAVIER", LocalDate.of(2000, 1, 1)));
        assertEquals(List.of("EGYGOV"), codesOn(l, "AMR", LocalDate.of(2001, 5, 15)), "> excludes its own day");
        assertEquals(List.of("IGOMEAARL"), codesOn(l, "AMR", LocalDate.of(2001, 5, 16)));
    }

    @Test
    void severalActorFilesAddUpAndReportTheirOwnNames() {
        DefectReport r = new DefectReport();
        PetrarchLexicon l = PetrarchLexicon.load(null, List.of(
                new PetrarchLexicon.Source("Countries.actors.txt", "VALORIA_ [VAL]\n"),
                new PetrarchLexicon.Source("International.actors.txt", "UNITED_NATIONS_ [IGOUNO]\n\t[IGO 2004017]\n")),
                List.of(), r);
        assertEquals(List.of("VAL"), codesOn(l, "VALORIA", null));
        assertEquals(List.of("IGOUNO"), codesOn(l, "UNITED", null));
        assertEquals(List.of("International.actors.txt:2 SKIPPED date restriction skipped: 7-digit date, not YYMMDD or YYYYMMDD"),
                report(r));
    }

    @Test
    void oddAgentLinesAreApproximatedOrSkippedWithTheirLine() {
        DefectReport r = new DefectReport();
        PetrarchLexicon l = PetrarchLexicon.load(null, List.of(), List.of(new PetrarchLexicon.Source("g.txt", """
                !PERSON! = MAN, WOMAN
                DEPARMENT_OF_ENVIRONMENT [~ENV}
                ISLAMIC_EXTREMIST
                CONGRESS!PERSON! [~LEG]
                !NOPE!_OFFICER [~GOV]
                SPOKESMAN [GOV]
                HUMAN_RIGHTS_BODY [NGO~]
                POLICE {} [~COP]
                """)), r);
        assertEquals(List.of(
                "g.txt:2 APPROXIMATED code closed by '}' read as closed by ']'",
                "g.txt:3 SKIPPED not an agent line (PHRASE [~CODE])",
                "g.txt:5 SKIPPED substitution !NOPE! not defined above",
                "g.txt:6 APPROXIMATED agent code without '~' read as ~CODE (after the actor's)"), report(r));
        assertEquals("ENV", l.agents.get("DEPARMENT").get(0).code());
        assertTrue(l.agents.containsKey("CONGRESSWOMAN") && l.agents.containsKey("CONGRESSMAN"));
        assertTrue(l.agents.containsKey("SPOKESMEN"), "regular plural -MAN to -MEN");
        assertTrue(l.agents.get("HUMAN").get(0).before());
        assertFalse(l.agents.containsKey("POLICES"), "{} means no plural");
    }

    @Test
    void commentsBlankLinesAndMarkupAreNotLines() {
        List<PetrarchLines.Line> lines = PetrarchLines.read("f.txt", "\uFEFF# header\n\n<!-- x -->\nA [###] # note\n\t[B]\r\n");
        assertEquals(List.of(new PetrarchLines.Line("f.txt", 4, false, "A [###]"), new PetrarchLines.Line("f.txt", 5, true, "[B]")),
                lines);
    }
}
