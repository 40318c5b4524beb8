package dev.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Article;
import dev.dyad.model.Event;
import dev.dyad.model.Modality;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The event scorers on tiny hand-written gold files. */
class EventScorersTest {
    @Test
    void confusionGivesPerCategoryAndMacroF1() {
        Confusion c = new Confusion(List.of("a", "b"), "uncoded");
        c.add(0, 0);
        c.add(0, 1);
        c.add(1, 1);
        c.add(1, -1);
        assertEquals(0.5, c.accuracy(), 1e-9);
        assertEquals(1.0, c.precision(0), 1e-9);
        assertEquals(0.5, c.recall(0), 1e-9);
        assertEquals(0.5, c.precision(1), 1e-9);
        assertEquals(0.5, c.recall(1), 1e-9); // the uncoded one counts as a miss
        assertEquals((2.0 / 3 + 0.5) / 2, c.macroF1(), 1e-9);
        assertEquals(1, c.unpredicted());
        assertEquals("| gold \\ predicted | a | b | uncoded |", c.matrixTable().lines().findFirst().orElseThrow());
    }

    @Test
    void triplesScoredLikeScoreEvents(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("g.jsonl");
        Files.writeString(gold, """
                {"id": "E1", "kind": "required", "evidence": "Russia began talks", "source": ["RUS"], "target": ["USA"], "root": ["03", "04"]}
                {"id": "E2", "kind": "required", "evidence": "NATO warned", "source": ["*NAT"], "target": ["RUS", null], "root": ["13"]}
                {"id": "O1", "kind": "optional", "evidence": "", "source": ["USA"], "target": [null], "root": ["01"]}
                {"id": "F1", "kind": "forbidden", "evidence": "", "source": ["RUS"], "target": ["UKR"], "root": ["19"]}
                """);
        List<TripleEvaluation.Triple> predicted = List.of(
                new TripleEvaluation.Triple("Yesterday Russia began talks with them.", "RUSGOV", "USA", "04", true),
                new TripleEvaluation.Triple("Yesterday Russia began talks with them.", "RUSGOV", "USA", "04", true),
                new TripleEvaluation.Triple("Biden spoke.", "USAGOV", null, "01", true),
                new TripleEvaluation.Triple("Russia might attack Ukraine.", "RUS", "UKR", "19", false),
                new TripleEvaluation.Triple("Russia attacked Ukraine.", "RUSMIL", "UKR", "19", true));
        TripleEvaluation.Result r = TripleEvaluation.score(TripleEvaluation.readGold(gold),
                List.copyOf(new java.util.LinkedHashSet<>(predicted)));
        assertEquals(2, r.required());
        assertEquals(1, r.found()); // E2 (NATO) missed
        assertEquals(4, r.predicted()); // the duplicate is one triple
        assertEquals(2, r.correct());
        assertEquals(1, r.forbidden()); // only the asserted attack
        assertEquals(0.5, r.precision(), 1e-9);
        assertEquals(0.5, r.recall(), 1e-9);
        assertEquals(0.5, r.f1(), 1e-9);
        assertEquals(List.of(2, 1, 0, 0), List.of(r.perRoot().get("19")[0], r.perRoot().get("01")[0], r.perRoot().get("19")[2],
                r.perRoot().get("01")[2]));
    }

    @Test
    void ploverRecordsScoredByRootAndType() {
        List<PloverGsr.Record> gold = List.of(
                new PloverGsr.Record("r1", "x", LocalDate.of(2000, 1, 1), "DEMAND"),
                new PloverGsr.Record("r2", "x", LocalDate.of(2000, 1, 1), "FIGHT"),
                new PloverGsr.Record("r3", "x", LocalDate.of(2000, 1, 1), "AGREE"),
                new PloverGsr.Record("r4", "x", LocalDate.of(2000, 1, 1), "PROTEST"));
        Map<String, List<dev.dyad.model.CodedEvent>> coded = Map.of(
                "r1", List.of(event("100", "REQUEST", Modality.ASSERTED)),
                "r2", List.of(event("036", "AGREE", Modality.FUTURE), event("200", "ASSAULT", Modality.ASSERTED)),
                "r3", List.of(event("010", null, Modality.ASSERTED)),
                "r4", List.of());
        PloverEventEvaluation.Result r = PloverEventEvaluation.score(gold, g -> AnnotatedDocument
                .of(new Article(g.id(), g.text(), g.date())).withEvents(coded.get(g.id())));
        assertEquals(1, r.uncoded());
        assertEquals(0.5, r.rootAccuracy(), 1e-9); // r1 10 ok, r2 20 ok (FIGHT = 19/20, asserted event first), r3 01 wrong
        assertEquals(0.5, r.typeAccuracy(), 1e-9); // REQUEST = DEMAND, ASSAULT = FIGHT; 01 has no PLOVER type
        assertEquals(1, r.types().unpredicted());
        assertEquals(1, r.roots().unpredicted());
    }

    static dev.dyad.model.CodedEvent event(String cameo, String plover, Modality m) {
        return dev.dyad.model.CodedEvent.of(new dev.dyad.model.EventCoding("a", 0, "x", 0, new Event.TextSpan("x", new dev.dyad.model.Span(0, 1)),
                new dev.dyad.model.ActorRef("X", "USA", new dev.dyad.model.Span(0, 1), "t"), null,
                new dev.dyad.ontology.CameoCode(cameo, "n", 0, 1, 1, plover, null), m, null, 0.5, "t", "t", null, null));
    }
}
