package dev.dyad.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.events.RuleBook;
import dev.dyad.events.SpeechVerbs;
import dev.dyad.model.Token;
import dev.dyad.ontology.CameoOntology;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Issue 15 (cost): the plain attribution forms read from tags alone, and everything else left to the parser. */
class ShallowAttributionTest {
    private static final SpeechVerbs SPEECH = new SpeechVerbs(RuleBook.builtIn(CameoOntology.builtIn()));

    /** "word/lemma/TAG" triples, as the tokenizer and tagger would give them. */
    private static List<Token> tokens(String tagged) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String w : tagged.split(" ")) {
            String[] f = w.split("/");
            out.add(new Token(out.size(), f[0], f[1], f[2], "O", at, at + f[0].length()));
            at += f[0].length() + 1;
        }
        return out;
    }

    private static String words(List<Token> t, int[] range) {
        StringBuilder b = new StringBuilder();
        for (int k = range[0]; k <= range[1]; k++) {
            b.append(k > range[0] ? " " : "").append(t.get(k).text());
        }
        return b.toString();
    }

    @Test
    void subjectSaidClauseGivesSubjectAndComplement() {
        List<Token> t = tokens("The/the/DT company/company/NN said/say/VBD it/it/PRP would/would/MD close/close/VB "
                + "the/the/DT plant/plant/NN ./././.");
        DepIndex d = ShallowAttribution.read(t, SPEECH);
        assertNotNull(d);
        assertEquals(List.of(1), d.children(2, "nsubj"));
        int claim = d.children(2, "ccomp").get(0);
        assertEquals("it would close the plant", words(t, d.extent(claim)));
        assertEquals(List.of(0), d.children(1, "det"));
    }

    @Test
    void clauseThenSpeakerAndASpokesmanForAnOrganisation() {
        List<Token> t = tokens("Talks/talk/NNS will/will/MD resume/resume/VB ,/,/, a/a/DT spokesman/spokesman/NN "
                + "for/for/IN the/the/DT Kremlin/Kremlin/NNP said/say/VBD on/on/IN Monday/Monday/NNP ./././.");
        DepIndex d = ShallowAttribution.read(t, SPEECH);
        assertNotNull(d);
        assertTrue(d.is(9, "parataxis"));
        assertEquals(List.of(5), d.children(9, "nsubj"));
        assertEquals(List.of(8), d.children(5, "nmod"), "the Kremlin hangs off the spokesman");
        assertEquals("Talks will resume , a spokesman for the Kremlin said on Monday .", words(t, d.extent(d.governor(9))));
    }

    @Test
    void accordingToAtEitherEnd() {
        List<Token> front = tokens("According/accord/VBG to/to/TO analysts/analyst/NNS ,/,/, prices/price/NNS "
                + "rose/rise/VBD ./././.");
        DepIndex d = ShallowAttribution.read(front, SPEECH);
        assertNotNull(d);
        assertEquals(5, d.governor(2), "analysts is an oblique of the clause, rooted at rose");
        List<Token> back = tokens("Prices/price/NNS rose/rise/VBD ,/,/, according/accord/VBG to/to/TO the/the/DT "
                + "ministry/ministry/NN ./././.");
        assertNotNull(ShallowAttribution.read(back, SPEECH));
    }

    @Test
    void harderFormsAreLeftToTheParser() {
        // two speech verbs, a conjoined subject, a relative clause before the verb, quotation marks, no clause
        assertNull(ShallowAttribution.read(tokens("Smith/Smith/NNP said/say/VBD Jones/Jones/NNP told/tell/VBD "
                + "him/he/PRP it/it/PRP was/be/VBD over/over/RB"), SPEECH));
        assertNull(ShallowAttribution.read(tokens("Smith/Smith/NNP and/and/CC Jones/Jones/NNP said/say/VBD "
                + "it/it/PRP was/be/VBD over/over/RB"), SPEECH));
        assertNull(ShallowAttribution.read(tokens("The/the/DT man/man/NN who/who/WP left/leave/VBD said/say/VBD "
                + "it/it/PRP was/be/VBD over/over/RB"), SPEECH));
        assertNull(ShallowAttribution.read(tokens("Smith/Smith/NNP said/say/VBD ``/``/`` it/it/PRP was/be/VBD "
                + "over/over/RB ''/''/''"), SPEECH));
        assertNull(ShallowAttribution.read(tokens("Smith/Smith/NNP said/say/VBD nothing/nothing/NN ./././."), SPEECH));
        // "told the BBC that ...": where the claim starts is not sure from the tags
        assertNull(ShallowAttribution.read(tokens("Price/Price/NNP told/tell/VBD the/the/DT BBC/BBC/NNP that/that/IN "
                + "talks/talk/NNS could/could/MD resume/resume/VB"), SPEECH));
    }

    @Test
    void anyTagSequenceGivesATreeOrNothingNeverAnException() {
        String[] vocab = {"said/say/VBD", "Smith/Smith/NNP", "the/the/DT", "talks/talk/NNS", ",/,/,", "that/that/IN",
            "would/would/MD", "according/accord/VBG", "to/to/TO", "'s/'s/POS", "for/for/IN", "./././.", "was/be/VBD",
            "also/also/RB", "has/have/VBZ", "told/tell/VBD", "reporters/reporter/NNS", "it/it/PRP"};
        Random random = new Random(15);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(14);
            for (int k = 0; k < n; k++) {
                b.append(k > 0 ? " " : "").append(vocab[random.nextInt(vocab.length)]);
            }
            List<Token> t = tokens(b.toString());
            DepIndex d = ShallowAttribution.read(t, SPEECH);
            if (d == null) {
                continue;
            }
            int roots = 0;
            for (int k = 0; k < t.size(); k++) {
                roots += d.governor(k) < 0 ? 1 : 0;
                int up = k;
                for (int hop = 0; hop <= t.size() && up >= 0; hop++) {
                    up = d.governor(up);
                }
                assertTrue(up < 0, "a cycle through token " + k + " in: " + b);
            }
            assertEquals(1, roots, "one root in: " + b);
        }
    }
}
