package dev.dyad.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dyad.ontology.CameoCode;
import dev.dyad.output.Json;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-stage event records, their assembly into the output record, and the one span type (issue 18). */
class EventLayersTest {
    private static final CameoCode MEET = new CameoCode("036", "Express intent to meet or negotiate", 4.0, 1, 1, "AGREE", null);

    private static EventCoding coding() {
        return new EventCoding("a1", 0, "Russia will meet Ukraine.", 2, new Event.TextSpan("meet", new Span(12, 16)),
                new ActorRef("Russia", "RUS", new Span(0, 6), "actors/countries.txt:1"),
                new ActorRef("Ukraine", "UKR", new Span(17, 24), "actors/countries.txt:2"), MEET, Modality.ASSERTED,
                null, 0.8, "events/verbs.txt:9", "events/verbs.txt:9 [036 V meet]", "no modality marker", "p1");
    }

    private static AnnotatedDocument doc() {
        return AnnotatedDocument.of(new Article("a1", "Russia will meet Ukraine.", LocalDate.of(2024, 5, 1)));
    }

    @Test
    void spansAreWrittenAsTwoNumberArrays() {
        assertEquals("[3,7]", Json.line(new Span(3, 7)));
        assertEquals("{\"text\":\"Russia\",\"code\":\"RUS\",\"span\":[0,6],\"rule\":\"r\"}",
                Json.line(new ActorRef("Russia", "RUS", new Span(0, 6), "r")));
        assertEquals(new ActorRef("x", "RUS", new Span(0, 6), "r"), new ActorRef("x", "RUS", new Span(0, 6), "r"));
    }

    @Test
    void theOutputRecordIsAssembledFromEachStagesRecord() {
        CodedEvent e = CodedEvent.of(coding())
                .withDating(new EventDating("2024-05-01", null, "publication", null, "no time expression"))
                .withPlacement(EventPlacement.NONE)
                .withRescoring(new EventRescoring(0.7, "model says so"));
        Event out = Event.of(e);
        assertEquals("036", out.cameo());
        assertEquals("AGREE", out.plover().event());
        assertEquals("2024-05-01", out.eventDate());
        assertEquals("no time expression", out.provenance().date());
        assertEquals(0.7, out.confidence(), 1e-9);
        assertEquals("events/verbs.txt:9 [036 V meet]; confidence: model says so", out.provenance().code());
        assertEquals("actors/countries.txt:2", out.provenance().target());
        assertNull(out.location());
        assertEquals(0.8, e.coding().confidence(), 1e-9); // the coder's own stays in its record
    }

    @Test
    void aDocumentClaimingDatesCannotHoldAnUndatedEvent() {
        AnnotatedDocument dated = doc().withDatedEvents(List.of(CodedEvent.of(coding())
                .withDating(new EventDating("2024-05-01", null, "publication", null, "r"))));
        assertEquals(1, dated.events().size());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> dated.withEvents(List.of(CodedEvent.of(coding()))));
        assertEquals("article a1: an event of sentence 0 lacks the DATES layer the document claims", e.getMessage());
    }

    @Test
    void anUndatedEventWritesNullDates() {
        Event out = Event.of(CodedEvent.of(coding()));
        assertNull(out.eventDate());
        assertNull(out.dateBasis());
        assertNull(out.provenance().date());
    }
}
