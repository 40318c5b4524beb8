package dev.dyad.stage;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.actors.ActorDictionary;
import dev.dyad.actors.ActorResolverStage;
import dev.dyad.model.Span;
import dev.dyad.time.EventDatingStage;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineTest {
    @Test
    void stagesInAnImpossibleOrderAreRejectedAtBuildTime() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Pipeline.of(List.of(new EventDatingStage())));
        assertTrue(e.getMessage().startsWith("stage dates needs"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Pipeline.of(List.of(new ActorResolverStage(ActorDictionary.builtIn()))));
    }

    @Test
    void spansAreCheckedWhenMade() {
        assertThrows(IllegalArgumentException.class, () -> new Span(5, 4));
        assertThrows(IllegalArgumentException.class, () -> new Span(-1, 4));
        assertTrue(new Span(0, 10).contains(new Span(2, 3)));
    }
}
