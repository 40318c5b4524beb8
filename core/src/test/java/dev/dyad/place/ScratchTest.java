package dev.dyad.place;

import dev.dyad.model.Event;
import dev.dyad.testing.SharedDyad;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void show() {
        for (String t : System.getProperty("sentences").split("\\|\\|")) {
            System.out.println("## " + t);
            var doc = SharedDyad.code(t, "2022-03-10");
            var sent = doc.sentences().get(0);
            for (int i = 0; i < sent.size(); i++) {
                System.out.print(i + ":" + sent.token(i).text() + "/" + sent.token(i).pos() + "<-" + sent.relation(i) + ":" + sent.governor(i) + " ");
            }
            System.out.println();
            for (var m : PlaceMatcher.find(sent, doc.article().text(), SharedDyad.get().dictionaries().places())) {
                System.out.print(" [" + m.first() + "-" + m.last() + " " + m.places().size() + "]");
            }
            System.out.println();
            for (Event e : doc.events()) {
                System.out.println("   " + e.cameo() + " " + e.trigger().text() + " " + e.source() + " " + e.target() + " -> "
                        + (e.location() == null ? "null" : e.location().text() + " " + e.location().country() + " " + e.location().name())
                        + " | " + e.locationBasis() + " | " + e.provenance().location());
            }
        }
    }
}
