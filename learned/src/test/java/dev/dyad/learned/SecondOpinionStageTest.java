package dev.dyad.learned;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.model.ActorRef;
import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Article;
import dev.dyad.model.CodedEvent;
import dev.dyad.model.Event;
import dev.dyad.model.EventCoding;
import dev.dyad.model.Layer;
import dev.dyad.model.Modality;
import dev.dyad.ontology.CameoOntology;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecondOpinionStageTest {
    static final CameoOntology CAMEO = CameoOntology.builtIn();
    static final String SHELLED = "Troops shelled the border town.";
    static final String PARADE = "Soldiers marched in a parade to mark the anniversary.";

    /** A hand-made classifier: fixed distributions per sentence. */
    static final SentenceClassifier FAKE = new SentenceClassifier() {
        final Map<String, double[]> p = Map.of(
                SHELLED, new double[] {0.02, 0.02, 0.02, 0.04, 0.90},
                PARADE, new double[] {0.60, 0.10, 0.25, 0.03, 0.02});

        @Override
        public double[] distribution(String sentence) {
            return p.get(sentence);
        }

        @Override
        public String version() {
            return "fake";
        }
    };

    static CodedEvent event(String sentence, String cameo, Modality modality, double confidence) {
        ActorRef src = new ActorRef("Troops", "XXXMIL", new dev.dyad.model.Span(0, 6), "test");
        return CodedEvent.of(new EventCoding("a", 0, sentence, 1, new Event.TextSpan("x", new dev.dyad.model.Span(0, 1)), src, null,
                CAMEO.get(cameo), modality, null, confidence, "test:1", "events/verbs.txt:1", "m", "p"));
    }

    static List<Event> run(CodedEvent... events) {
        AnnotatedDocument doc = AnnotatedDocument.of(new Article("a", "x", LocalDate.of(2021, 1, 1)))
                .withEvents(List.of(events));
        return new SecondOpinionStage(FAKE, CAMEO, 0.05).process(doc).events();
    }

    @Test
    void vetoesAnAssertedMaterialConflictTheModelDoesNotSee() {
        assertEquals(List.of(), run(event(PARADE, "190", Modality.ASSERTED, 0.8)));
    }

    @Test
    void keepsAMaterialConflictTheModelAgreesWithAndBlendsTheConfidence() {
        List<Event> out = run(event(SHELLED, "190", Modality.ASSERTED, 0.8));
        assertEquals(1, out.size());
        assertEquals(0.85, out.get(0).confidence(), 1e-9); // 0.5 * 0.8 + 0.5 * 0.90
        assertTrue(out.get(0).provenance().code().contains("model P(material conflict)=0.90"), out.get(0).provenance().code());
        assertTrue(out.get(0).provenance().code().startsWith("events/verbs.txt:1"), "the rule stays the explanation");
    }

    @Test
    void neverVetoesANegatedOrHypotheticalAttackNorNonViolentEvents() {
        List<Event> out = run(event(PARADE, "190", Modality.NEGATED, 0.8), event(PARADE, "190", Modality.HYPOTHETICAL, 0.8),
                event(PARADE, "130", Modality.ASSERTED, 0.8), // 130 threaten: verbal conflict, P = 0.03
                event(PARADE, "150", Modality.ASSERTED, 0.8)); // 150 military posture: material conflict, not violent
        assertEquals(4, out.size());
        assertEquals(0.415, out.get(2).confidence(), 1e-9); // 0.5 * 0.8 + 0.5 * 0.03
        assertEquals(0.41, out.get(3).confidence(), 1e-9); // 0.5 * 0.8 + 0.5 * 0.02
    }

    @Test
    void refinesEventsWithoutAddingOrLosingLayers() {
        SecondOpinionStage s = new SecondOpinionStage(FAKE, CAMEO);
        assertEquals(java.util.Set.of(Layer.EVENTS), s.requires());
        AnnotatedDocument doc = AnnotatedDocument.of(new Article("a", "x", LocalDate.of(2021, 1, 1)))
                .withDatedEvents(List.of(event(SHELLED, "190", Modality.ASSERTED, 0.5)
                        .withDating(new dev.dyad.model.EventDating("2021-01-01", null, "publication", null, "test"))));
        assertTrue(s.process(doc).layers().containsAll(doc.layers()));
    }
}
