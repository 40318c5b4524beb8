package dev.dyad.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Event;
import dev.dyad.model.Location;
import dev.dyad.testing.SharedDyad;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Geolocation on sentences written for these tests: countries, capitals, ambiguous cities, regions, non-places. */
class PlaceResolverTest {
    private static List<Event> events(String text) {
        AnnotatedDocument doc = SharedDyad.code(text, "2022-03-10");
        assertFalse(doc.events().isEmpty(), "no event coded in: " + text);
        return doc.events();
    }

    /** The first event's location (null when none). */
    private static Location where(String text) {
        return events(text).get(0).location();
    }

    private static void assertPlace(String text, String country, String name) {
        Event e = events(text).get(0);
        Location l = e.location();
        assertNotNull(l, "no location for: " + text + " (" + e.trigger().text() + ")");
        assertEquals(country, l.country(), text + " -> " + l.text() + " " + e.provenance().location());
        if (name != null) {
            assertEquals(name, l.name(), text);
        }
    }

    @Test
    void countryInALocativePhrase() {
        assertPlace("Russian forces attacked Ukrainian troops near Belarus.", "BLR", "Belarus");
        assertEquals("locative phrase", events("Russian forces attacked Ukrainian troops near Belarus.").get(0).locationBasis());
    }

    @Test
    void capitalCityHasCoordinatesAndGeonamesId() {
        Location l = where("Iran and Russia held talks in Moscow on Tuesday.");
        assertNotNull(l);
        assertEquals("RUS", l.country());
        assertEquals(524901L, l.geonamesId());
        assertEquals("in Moscow", l.text());
        assertTrue(Math.abs(l.lat() - 55.75) < 0.1);
    }

    @Test
    void cityInAKazakhContext() {
        assertPlace("Kazakh police arrested protesters in Almaty.", "KAZ", "Almaty");
    }

    @Test
    void parisIsFranceUnlessTexasIsNamed() {
        assertPlace("American and Iranian diplomats met in Paris on Friday.", "FRA", "Paris");
        Location tx = where("American police arrested two protesters in Paris, Texas, on Friday.");
        assertNotNull(tx);
        assertEquals("USA", tx.country());
        assertEquals("TX", tx.admin1());
    }

    @Test
    void kingstonFollowsTheArticlesCountries() {
        assertPlace("Jamaican police arrested protesters in Kingston.", "JAM", "Kingston");
        assertPlace("Canada's police arrested protesters in Kingston, Canada.", "CAN", "Kingston");
        assertPlace("Canadian police arrested protesters in Kingston on Monday.", "CAN", "Kingston");
    }

    @Test
    void georgiaIsTheCountryUnlessTheArticleIsAmerican() {
        assertPlace("Russian troops attacked rebels in Georgia.", "GEO", null);
        Location us = where("U.S. police arrested protesters in Georgia on Monday.");
        assertNotNull(us);
        assertEquals("USA", us.country());
        assertEquals("GA", us.admin1());
    }

    @Test
    void regionWithoutCountry() {
        Location l = where("NATO held talks with Russia in Central and Eastern Europe.");
        assertNotNull(l);
        assertNull(l.country());
        assertEquals("Central and Eastern Europe", l.name());
        assertPlace("Iran threatened Israel at a conference in the Middle East.", null, "Middle East");
    }

    @Test
    void toldReportersIn() {
        assertPlace("Blinken accused Russia of aggression, he told reporters in Washington.", "USA", "Washington, D.C.");
    }

    @Test
    void capitalAsActorIsNotAPlace() {
        assertNull(where("Washington condemned Moscow on Monday."));
        assertNull(where("Germany criticized the Washington Post in an editorial."));
    }

    @Test
    void speakersPlaceIsNotWhereAReportedAttackHappened() {
        List<Event> es = events("Russian officials said in Moscow that Ukrainian troops attacked Russian soldiers.");
        Event attack = es.stream().filter(e -> e.cameo().startsWith("19") || e.cameo().startsWith("18")).findFirst().orElse(null);
        if (attack != null) {
            assertNull(attack.location(), attack.provenance().location());
        }
    }

    @Test
    void statedTargetPlace() {
        Event e = events("Russian forces attacked a village in Ukraine.").get(0);
        assertNotNull(e.location());
        assertEquals("UKR", e.location().country());
    }

    @Test
    void cityBesideItsCountry() {
        assertPlace("Swiss doctors met Iranian officials in Bam, Iran.", "IRN", "Bam");
    }
}
