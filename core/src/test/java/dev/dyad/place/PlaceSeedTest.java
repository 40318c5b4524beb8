package dev.dyad.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Article;
import dev.dyad.model.Event;
import dev.dyad.testing.SharedDyad;
import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The seed article through the whole pipeline: the troop buildup "near Ukraine" is located in UKR, nothing else is invented. */
class PlaceSeedTest {
    @Test
    void buildupNearUkraine() throws Exception {
        String text = Files.readString(SharedDyad.shared("examples/seed-2021-12-22-russia-us-talks.txt"));
        AnnotatedDocument doc = SharedDyad.get().code(new Article("seed", text, LocalDate.parse("2021-12-22")));
        Event buildup = doc.events().stream().filter(e -> e.trigger().text().equals("buildup")).findFirst().orElseThrow();
        assertNotNull(buildup.location(), buildup.provenance().location());
        assertEquals("UKR", buildup.location().country());
        assertEquals("near Ukraine", buildup.location().text());
        assertEquals("locative phrase", buildup.locationBasis());
        var span = buildup.location().span();
        assertEquals("near Ukraine", text.substring(span.start(), span.end()));
        for (Event e : doc.events()) {
            if (e != buildup && e.location() != null) {
                assertTrue(e.location().text().contains("Ukraine") || e.location().text().contains("Russia")
                        || e.location().text().contains("Europe"), "unexpected location " + e.location().text()
                        + " for " + e.trigger().text() + ": " + e.provenance().location());
            }
        }
    }
}
