package dev.dyad.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.dict.DictionaryException;
import dev.dyad.dict.DictionaryLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The PETRARCH readers on lines written here (issue 9): constructs, and errors that name file and line. */
class PetrarchImportTest {
    private static List<String> verbs(String text, ImportReport report) {
        return PetrarchVerbs.read("v.txt", text, report).lines().stream()
                .map(l -> l.where() + " " + String.join(" | ", l.fields())).toList();
    }

    private static List<String> actors(String text, ImportReport report) {
        List<DictionaryLine> out = new ArrayList<>();
        PetrarchActors.read("a.txt", text, report, out, new HashMap<>());
        return out.stream().map(l -> l.where() + " " + String.join(" | ", l.fields())).toList();
    }

    private static void assertError(String expectedStart, Runnable load) {
        DictionaryException e = assertThrows(DictionaryException.class, load::run);
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
    }

    @Test
    void verbFamilyPatternsBecomeObjectModifierAndParticleConstraints() {
        ImportReport r = new ImportReport();
        List<String> lines = verbs("""
                &TIETYPES
                +MILITARY
                +ECONOMIC

                &PREP
                +IN
                +AT

                --- RESTORE  [064] ---
                RESTORE {RESTORES RESTORED}  # forms are implied by lemmas
                - * &TIETYPES TIES [065]
                - * FOR &TIETYPES [066]
                - * TO RECONSIDER [067]
                - * &PREP PROGRAMS [068]
                - SAID * [069]
                --- ARRIVE [032:033] ---
                ARRIVE
                +BREAK_DOWN
                """, r);
        assertEquals(List.of(
                "v.txt:10 064 | V restore | ",
                "v.txt:11 065 | V restore | obj=tie,ties mod=economic,military",
                "v.txt:12 066 | V restore for | obj=economic,military",
                "v.txt:12 066 | V restore for | mod=economic,military",
                "v.txt:13 067 | V restore | xcomp=reconsider",
                "v.txt:14 068 | V restore in | obj=program,programs",
                "v.txt:14 068 | V restore in | mod=programs",
                "v.txt:14 068 | V restore at | obj=program,programs",
                "v.txt:14 068 | V restore at | mod=programs",
                "v.txt:17 032 | V arrive | ",
                "v.txt:18 032 | V break down | "), lines);
        assertEquals("033", PetrarchVerbs.read("v.txt", "--- ARRIVE [032:033] ---\nARRIVE\n", new ImportReport())
                .reverse().get("v.txt:2"));
        // "SAID *" differs from the bare verb only before it: reported, not loaded
        assertTrue(r.issues().stream().anyMatch(i -> i.where().equals("v.txt:15")
                && i.severity() == ImportReport.Severity.UNSUPPORTED), r.issues().toString());
    }

    @Test
    void malformedVerbLinesNameFileAndLine() {
        assertError("v.txt:1: malformed verb family header", () -> verbs("--- RESTORE ---\n", new ImportReport()));
        assertError("v.txt:3: pattern without '*'", () -> verbs("--- A [010] ---\nA\n- TIES [064]\n", new ImportReport()));
        assertError("v.txt:3: unknown synset &NOPE", () -> verbs("--- A [010] ---\nA\n- * &NOPE [064]\n", new ImportReport()));
        assertError("v.txt:1: 'A' outside a verb family", () -> verbs("A\n", new ImportReport()));
    }

    @Test
    void actorsWithAlternativesAndDateRestrictions() {
        ImportReport r = new ImportReport();
        List<String> lines = actors("""
                GAZA_CITY [PSEGZA]  # comment
                UNITED_STATES  [USA]
                +U.S.
                GOLLUM
                +SMEAGOL
                \t[HOB < 950601]
                \t[HOBGOV 19950601 - 19990815]
                \t[HOBREB > 990816]
                SAM [HOB]
                \t[ORCHOB 20100109-20100112]
                \t[HOBMIL 20080120-20121109]
                THE_SHIRE  [FRO/BIL/SAM]
                """, r);
        assertTrue(lines.contains("a.txt:1 PSEGZA | name | Gaza City"), lines.toString());
        assertTrue(lines.contains("a.txt:1 PSEGZA | name | GAZA CITY"), lines.toString());
        assertTrue(lines.contains("a.txt:2 USA | name | U.S."), lines.toString());
        assertTrue(lines.contains("a.txt:6 HOB | person | Smeagol | ..1995-05-31"), lines.toString());
        assertTrue(lines.contains("a.txt:7 HOBGOV | person | Gollum | 1995-06-01..1999-08-15"), lines.toString());
        assertTrue(lines.contains("a.txt:8 HOBREB | person | Gollum | 1999-08-17.."), lines.toString());
        // an earlier restriction wins where two overlap; the undated code fills the rest
        assertTrue(lines.contains("a.txt:10 ORCHOB | person | Sam | 2010-01-09..2010-01-12"), lines.toString());
        assertTrue(lines.contains("a.txt:11 HOBMIL | person | Sam | 2008-01-20..2010-01-08"), lines.toString());
        assertTrue(lines.contains("a.txt:11 HOBMIL | person | Sam | 2010-01-13..2012-11-09"), lines.toString());
        assertTrue(lines.contains("a.txt:9 HOB | person | Sam | 2012-11-10.."), lines.toString());
        assertTrue(r.issues().stream().anyMatch(i -> i.where().equals("a.txt:12")), r.issues().toString());
    }

    @Test
    void malformedActorLinesNameFileAndLine() {
        assertError("a.txt:2: malformed code or date restriction", () -> actors("GOLLUM\n [HOB >2008]\n", new ImportReport()));
        assertError("a.txt:1: '+SMEAGOL' without an actor name", () -> actors("+SMEAGOL\n", new ImportReport()));
        assertError("a.txt:1: actor 'GOLLUM' has no [code]", () -> actors("GOLLUM\nGONDOR [GON]\n", new ImportReport()));
        assertError("a.txt:2: bad date", () -> actors("X\n [HOB 20081301-20090101]\n", new ImportReport()));
    }

    @Test
    void agentsWithSubstitutionsPluralsAndPrefixCodes() {
        ImportReport r = new ImportReport();
        List<DictionaryLine> out = new ArrayList<>();
        PetrarchAgents.read("g.txt", """
                !PERSON! = MAN, MEN
                CONGRESS!PERSON! [~LEG]
                SECURITY_OFFICIALS {}  [~GOV]
                FOREIGN_MINISTER [~GOVFRM]
                MSF {}  [NGO~]
                """, r, out, new HashMap<>());
        List<String> lines = out.stream().map(l -> l.where() + " " + String.join(" | ", l.fields())).toList();
        assertEquals(List.of("g.txt:2 LEG | noun | congressman", "g.txt:2 LEG | noun | congressmen",
                "g.txt:2 LEG | noun | congressman", "g.txt:3 GOV | noun | security officials", "g.txt:3 GOV | noun | security official",
                "g.txt:4 GOVFRM | noun | foreign minister", "g.txt:5 NGO | noun | msf").stream().distinct().toList(),
                lines.stream().distinct().toList());
        assertTrue(r.issues().stream().anyMatch(i -> i.where().equals("g.txt:5")), r.issues().toString());
        assertError("g.txt:1: agent code 'GOV' without '~'",
                () -> PetrarchAgents.read("g.txt", "PRESIDENT [GOV]\n", new ImportReport(), new ArrayList<>(), new HashMap<>()));
        assertError("g.txt:1: unknown substitution !X!",
                () -> PetrarchAgents.read("g.txt", "A!X! [~GOV]\n", new ImportReport(), new ArrayList<>(), new HashMap<>()));
    }

    @Test
    void discardsBySentenceAndStory() {
        PetrarchDiscards d = PetrarchDiscards.read("d.txt", "MONTHS LATER\n+Manchester United  # story\n");
        assertEquals("months later", PetrarchDiscards.match(d.sentencePhrases(), "Arnor attacked Gondor months later."));
        assertEquals(null, PetrarchDiscards.match(d.sentencePhrases(), "Arnor attacked Gondor."));
        assertEquals("manchester united", PetrarchDiscards.match(d.storyPhrases(), "MANCHESTER UNITED won."));
    }

    /** Issue 19: in CAMEO.2.0.txt a comment line inside a synset (&CURRENCY, line 94) ended it, and line 95 failed. */
    @Test
    void aCommentLineInsideASynsetDoesNotEndIt() {
        ImportReport r = new ImportReport();
        List<String> lines = verbs("""
                &CURRENCY
                # some of these are probably already plural
                +MONEY
                +CASH_

                --- PAY [071] ---
                PAY
                - * &CURRENCY [071]
                """, r);
        assertTrue(lines.stream().anyMatch(l -> l.contains("money") && l.contains("cash")), lines.toString());
    }
}
