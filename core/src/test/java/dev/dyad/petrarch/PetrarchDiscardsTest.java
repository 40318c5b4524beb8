package dev.dyad.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.petrarch.coder.DefectReport;
import org.junit.jupiter.api.Test;

/** PETRARCH discard lists (dictionaries.rst): stems, whole words, story discards, and the report. */
class PetrarchDiscardsTest {
    @Test
    void aPhraseIsAStemUnlessItEndsInUnderscore() {
        DefectReport r = new DefectReport();
        PetrarchDiscards d = PetrarchDiscards.none().plus("d.txt", """
                WORLD CUP
                GRAND_PRIX_
                +ACADEMY AWARD
                +
                """, r);
        assertTrue(d.discards("Fans watched the World Cups."));
        assertTrue(d.discards("The Grand Prix ended."));
        assertFalse(d.discards("The Grand Prixes ended."));
        assertTrue(d.discards("A new world cupboard."), "a stem: 'cupboard' starts with 'cup'");
        assertFalse(d.discards("The worldwide cup."), "a phrase starts at a word's start");
        assertEquals(1, d.storyPhrases().size());
        assertEquals("d.txt:4: skipped: discard phrase without a word ('+')", r.defects().get(0).toString());
    }
}
