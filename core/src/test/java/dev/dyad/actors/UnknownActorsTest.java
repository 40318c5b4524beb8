package dev.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.testing.SharedDyad;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnknownActorsTest {
    @Test
    void unknownPersonIsListedWithTheCodeItsTitleGave() {
        UnknownActors unknown = new UnknownActors(SharedDyad.get().dictionaries().actors());
        unknown.add(SharedDyad.code("Russia's foreign minister, Ivan Petrovsky, criticized NATO. "
                + "Petrovsky also met Vladimir Putin.", "2021-12-22"));
        List<UnknownActors.Candidate> top = unknown.top(10, 2);
        assertEquals(1, top.size(), "only the unknown name mentioned twice: " + top.stream().map(c -> c.name).toList());
        String line = top.get(0).dictionaryLine();
        assertTrue(line.startsWith("RUSGOV | person | Ivan Petrovsky | .."), line);
    }

    @Test
    void dictionaryPersonsAreNotListed() {
        UnknownActors unknown = new UnknownActors(SharedDyad.get().dictionaries().actors());
        unknown.add(SharedDyad.code("Vladimir Putin met Sergei Lavrov. Putin and Lavrov spoke.", "2021-12-22"));
        assertTrue(unknown.top(10, 1).isEmpty(), unknown.top(10, 1).stream().map(c -> c.name).toList().toString());
    }
}
