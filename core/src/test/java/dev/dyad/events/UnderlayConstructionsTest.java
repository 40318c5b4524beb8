package dev.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.model.Event;
import dev.dyad.testing.SharedDyad;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The PETRARCH2 layer (events/phoenix-verbs.txt) in the pipeline: it codes where dyad's patterns do not, never over them. */
class UnderlayConstructionsTest {
    private static List<Event> events(String text) {
        return SharedDyad.code(text, "2022-03-10").events();
    }

    @Test
    void layerPatternCodesAndItsRuleNamesBothLines() {
        List<Event> got = events("Egyptian police put the opposition leader on trial in Cairo.");
        assertEquals(1, got.size(), got.toString());
        assertEquals("173", got.get(0).cameo());
        assertTrue(got.get(0).rule().matches("events/phoenix-verbs\\.txt:\\d+ \\(CAMEO\\.2\\.0\\.txt:889\\)"), got.get(0).rule());
    }

    @Test
    void ownPatternWinsOverTheLayer() {
        // the layer has 018 for "condemn ... terrorist attack" (CAMEO.2.0.txt:7521); dyad's own 'condemn' is 111
        List<Event> got = events("Iran condemned the terrorist attack on France.");
        assertTrue(got.stream().anyMatch(e -> e.cameo().equals("111") && e.rule().startsWith("events/verbs.txt:")),
                got.toString());
        assertTrue(got.stream().noneMatch(e -> e.rule().contains("phoenix")), got.toString());
    }

    @Test
    void layerVerbDoesNotAbsorbAnOwnEventNoun() {
        // the layer's "reiterate ... commitment" (030, CAMEO.2.0.txt:4716) would swallow dyad's own 'accord' (057)
        List<Event> got = events("Saudi Arabia reiterated its commitment to the OPEC accord.");
        assertTrue(got.stream().noneMatch(e -> e.rule().contains("phoenix")), got.toString());
        assertTrue(got.stream().anyMatch(e -> e.rule().startsWith("events/verbs.txt:")), got.toString());
    }
}
