package dev.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Event;
import dev.dyad.pipeline.Dyad;
import dev.dyad.testing.SharedDyad;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The learned fallback with a hand-made classifier: when it codes, what it codes, and how it says so. */
class ModelFallbackStageTest {
    /** A sentence with two actors whose verb has patterns, none of which fits (written for this test). */
    private static final String UNCODED = "Chile and Peru halted their fishing dispute on Monday.";

    private static RootClassifier fixed(int root, double p) {
        return new RootClassifier() {
            @Override
            public double[] distribution(String sentence) {
                double[] d = new double[21];
                d[root] = p;
                d[RootClassifier.NO_EVENT] += 1 - p;
                return d;
            }

            @Override
            public String version() {
                return "test classifier";
            }
        };
    }

    /** A pipeline parsing as one with the fallback does (its patterns cannot fire: the parse is for the model). */
    private static Dyad parsingForTheFallback;

    private static synchronized AnnotatedDocument parsedForTheFallback(String text) {
        if (parsingForTheFallback == null) {
            parsingForTheFallback = dev.dyad.pipeline.PipelineFactory.build(dev.dyad.pipeline.PipelineConfig.rulesWithFallback(),
                    new dev.dyad.pipeline.GivenModels(fixed(RootClassifier.NO_EVENT, 1.0), "test"));
        }
        return parsingForTheFallback.code(new dev.dyad.model.Article("t", text, java.time.LocalDate.parse("2022-03-10")));
    }

    @Test
    void theRulesAloneDoNotParseWhatNoPatternCanCode() {
        AnnotatedDocument doc = SharedDyad.code(UNCODED, "2022-03-10");
        assertTrue(doc.events().isEmpty(), doc.events().toString());
        var s = doc.sentences().get(0);
        assertTrue(java.util.stream.IntStream.range(0, s.size()).allMatch(i -> s.governor(i) < 0),
                "a sentence whose patterns cannot fire is not parsed");
    }

    private static List<Event> fallbackEvents(RootClassifier c) {
        AnnotatedDocument doc = parsedForTheFallback(UNCODED);
        assertTrue(doc.events().isEmpty(), "the rules must leave the test sentence uncoded: " + doc.events());
        Dyad dyad = SharedDyad.get();
        EventCoderStage coder = new EventCoderStage(dyad.dictionaries().ontology(), dyad.dictionaries().patterns(),
                dyad.dictionaries().rules(), dyad.version());
        // the fallback runs before dating and placement: give it the document as the rules stage leaves it (a document
        // that already claims dates rejects undated events)
        AnnotatedDocument beforeDating = new AnnotatedDocument(doc.article(), doc.sentences(), doc.actors(), doc.attributedQuotes(),
                doc.codedEvents(), java.util.EnumSet.of(dev.dyad.model.Layer.SENTENCES, dev.dyad.model.Layer.ACTORS,
                dev.dyad.model.Layer.QUOTES, dev.dyad.model.Layer.EVENTS));
        return new ModelFallbackStage(coder, c, 0.5).process(beforeDating).events();
    }

    @Test
    void confidentRootCodesTheMainPredicate() {
        List<Event> got = fallbackEvents(fixed(6, 0.8));
        assertEquals(2, got.size(), "conjoined sources act on each other: " + got);
        Event e = got.get(0);
        assertEquals("CHL", e.source().code());
        assertEquals("PER", e.target().code());
        assertEquals("060", e.cameo());
        assertEquals("halted", e.trigger().text());
        assertEquals("model:cameo-root", e.rule());
        assertTrue(e.provenance().code().contains("P(06)=0.80"), e.provenance().code());
        assertEquals(ModelFallbackStage.MAX_CONFIDENCE, e.confidence(), 1e-9, "fallback events stay below patterns");
    }

    @Test
    void unsureOrNoEventCodesNothing() {
        assertTrue(fallbackEvents(fixed(6, 0.4)).isEmpty(), "below the threshold");
        assertTrue(fallbackEvents(fixed(RootClassifier.NO_EVENT, 1.0)).isEmpty(), "the model reads no event");
    }

    @Test
    void sentencesTheRulesCodedAreLeftAlone() {
        AnnotatedDocument doc = SharedDyad.code("Iran condemned Israel on Monday.", "2022-03-10");
        Dyad dyad = SharedDyad.get();
        EventCoderStage coder = new EventCoderStage(dyad.dictionaries().ontology(), dyad.dictionaries().patterns(),
                dyad.dictionaries().rules(), dyad.version());
        assertEquals(doc.events(), new ModelFallbackStage(coder, fixed(19, 0.99), 0.5).process(doc).events());
    }
}
