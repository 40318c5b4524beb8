package dev.dyad.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Event;
import dev.dyad.model.Quote;
import dev.dyad.testing.SharedDyad;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 15: the speaker the text names, chained through the article, for every form of attribution. */
class QuoteAttributionTest {
    private static AnnotatedDocument code(String text) {
        return SharedDyad.code(text, "2024-03-01");
    }

    private static Quote quote(AnnotatedDocument doc, String kind, String starts) {
        return doc.quotes().stream().filter(q -> q.kind().json().equals(kind) && q.text().replace("that ", "").startsWith(starts))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " quote '" + starts + "' in " + doc.quotes()));
    }

    @Test
    void theNamedSpeakerWinsOverThePreviousQuotesSpeaker() {
        AnnotatedDocument doc = code("\"We will respond,\" President Vladimir Putin said.\n"
                + "\"This bill takes money from the clinics,\" Harriet Ellwood said.");
        Quote q = quote(doc, "direct", "This bill");
        assertEquals("Harriet Ellwood", q.speaker().text());
        assertNull(q.speaker().code(), "an uncoded speaker keeps its text and span with code null");
        assertEquals("Harriet Ellwood", doc.article().text().substring(q.speaker().span().start(), q.speaker().span().end()));
    }

    @Test
    void surnameTitleAndPronounChainToTheFullMention() {
        AnnotatedDocument doc = code("Harriet Ellwood, a senator from Oregon, met Thomas Reyes on Monday. "
                + "Reyes said the talks had gone well.\n"
                + "\"We are close,\" Ellwood said. \"Very close.\"\n"
                + "The senator said the vote would be held on Friday.\n"
                + "Reyes left early. \"I am hopeful,\" she said.");
        assertEquals("Thomas Reyes", quote(doc, "indirect", "the talks had gone well").speaker().text());
        assertEquals("Harriet Ellwood", quote(doc, "direct", "We are close").speaker().text());
        assertEquals("Harriet Ellwood", quote(doc, "direct", "Very close").speaker().text());
        assertEquals("Harriet Ellwood", quote(doc, "indirect", "the vote would be held").speaker().text());
        Quote hopeful = quote(doc, "direct", "I am hopeful");
        assertEquals("Harriet Ellwood", hopeful.speaker().text(), "she: the nearest female person, not Reyes");
        assertTrue(hopeful.rule().contains("pronoun 'she'"), hopeful.rule());
    }

    @Test
    void splitQuoteIsOneQuoteWithTwoParts() {
        String text = "\"If they want a fight,\" Harriet Ellwood said, \"they will get one.\"";
        Quote q = quote(code(text), "direct", "If they want a fight");
        assertEquals(2, q.parts().size());
        assertEquals("If they want a fight, they will get one.", q.text());
        assertEquals("Harriet Ellwood", q.speaker().text());
        assertEquals("they will get one.", text.substring(q.parts().get(1)[0], q.parts().get(1)[1]));
    }

    @Test
    void doubledApostrophesAndSingleCurlyQuotes() {
        AnnotatedDocument doc = code("''Our neighbors have not,'' Gov. Harriet Ellwood said.\n"
                + "‘Ministers knew it,’ said Thomas Reyes.");
        assertEquals("Harriet Ellwood", quote(doc, "direct", "Our neighbors").speaker().text());
        assertEquals("Thomas Reyes", quote(doc, "direct", "Ministers knew it").speaker().text());
    }

    @Test
    void organisationsAndDescriptionsAreSpeakersCodedFromTheirWords() {
        AnnotatedDocument doc = code("“The corridor moves weapons,” a spokesman for the Kremlin told reporters.\n"
                + "A State Department official said Washington was concerned.\n"
                + "The Riverside Hospital Association said in a statement that the cuts were harmful. "
                + "\"Patients will wait longer,\" the group said.");
        Quote kremlin = quote(doc, "direct", "The corridor");
        assertEquals("a spokesman for the Kremlin", kremlin.speaker().text());
        assertEquals("RUSGOV", kremlin.speaker().code());
        assertEquals("USAGOV", quote(doc, "indirect", "Washington was concerned").speaker().code());
        String group = quote(doc, "direct", "Patients will wait").speaker().text();
        assertTrue(group.endsWith("Riverside Hospital Association"), "'the group' -> " + group);
    }

    @Test
    void accordingToAndClaimVerbs() {
        AnnotatedDocument doc = code("Insurance costs have tripled since March, according to Lloyd's List.\n"
                + "Manila denied that its vessel had done anything wrong.");
        assertEquals("Lloyd's List", quote(doc, "indirect", "Insurance costs have tripled").speaker().text());
        assertEquals("PHLGOV", quote(doc, "indirect", "its vessel had done").speaker().code(), "a capital that acts is its government");
    }

    @Test
    void eventsInAClaimAreAttributedToItsSpeakerEvenUncoded() {
        AnnotatedDocument doc = code("Harriet Ellwood, an analyst, said that Russia attacked Ukraine.");
        Event e = doc.events().stream().filter(x -> x.source().code().startsWith("RUS")).findFirst().orElseThrow();
        assertNotNull(e.attributedTo());
        assertEquals("Harriet Ellwood", e.attributedTo().text());
    }

    @Test
    void badInputGivesSensibleQuotesNeverAnException() {
        AnnotatedDocument open = code("Harriet Ellwood said: \"this never closes\nAnd a new paragraph.");
        Quote q = quote(open, "direct", "this never closes");
        assertTrue(q.rule().contains("never closed"), q.rule());
        String inner = "The river runs north and the hills are green. ".repeat(50_000 / 46);
        AnnotatedDocument big = code("“" + inner + "”");
        assertEquals(1, big.quotes().stream().filter(x -> x.kind() == Quote.Kind.DIRECT).count());
        AnnotatedDocument nested = code("“They called us ‘hooligans’ and “thugs” but we are citizens,” said Harriet Ellwood.");
        List<Quote> direct = nested.quotes().stream().filter(x -> x.kind() == Quote.Kind.DIRECT).toList();
        assertEquals(1, direct.size());
        assertEquals("Harriet Ellwood", direct.get(0).speaker().text());
    }
}
