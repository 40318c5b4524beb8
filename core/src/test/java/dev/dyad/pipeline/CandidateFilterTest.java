package dev.dyad.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.actors.ActorDictionary;
import dev.dyad.events.PatternDictionary;
import dev.dyad.events.RuleBook;
import dev.dyad.model.Token;
import dev.dyad.nlp.CandidateFilter;
import dev.dyad.ontology.CameoOntology;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateFilterTest {
    private static final CameoOntology ONTOLOGY = CameoOntology.builtIn();
    private static final CandidateFilter FILTER = DictionaryCandidates.forRules(ActorDictionary.builtIn(),
            PatternDictionary.builtIn(ONTOLOGY), RuleBook.builtIn(ONTOLOGY), PipelineConfig.Quotes.FOR_EVENTS);
    private static final CandidateFilter FOR_FALLBACK = DictionaryCandidates.forRulesAndFallback(ActorDictionary.builtIn(),
            PatternDictionary.builtIn(ONTOLOGY), RuleBook.builtIn(ONTOLOGY), PipelineConfig.Quotes.FOR_EVENTS);
    private static final CandidateFilter EVERY_QUOTE = DictionaryCandidates.forRules(ActorDictionary.builtIn(),
            PatternDictionary.builtIn(ONTOLOGY), RuleBook.builtIn(ONTOLOGY), PipelineConfig.Quotes.ALL);

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

    @Test
    void aTriggerWhosePatternsAllWantAbsentWordsIsNotWorthTheParse() {
        // every pattern of "boost" wants troops, forces, a presence ...: profits cannot make it fire
        assertFalse(FILTER.worthParsing(tokens("Germany/Germany/NNP boosted/boost/VBD profits/profit/NNS"),
                "Germany boosted profits"));
        // the learned fallback codes what the patterns cannot: it gets the parse
        assertTrue(FOR_FALLBACK.worthParsing(tokens("Germany/Germany/NNP boosted/boost/VBD profits/profit/NNS"),
                "Germany boosted profits"));
    }

    @Test
    void aDeonticModalIsWorthTheParse() {
        assertTrue(FILTER.worthParsing(tokens("Russia/Russia/NNP said/say/VBD Sudan/Sudan/NNP must/must/MD leave/leave/VB"),
                "Russia said Sudan must leave"));
    }

    @Test
    void aTriggerWhosePatternCouldFireIsParsed() {
        assertTrue(FILTER.worthParsing(tokens("Germany/Germany/NNP boosted/boost/VBD its/its/PRP$ troops/troops/NNS"),
                "Germany boosted its troops"));
        assertTrue(FILTER.worthParsing(tokens("Germany/Germany/NNP condemned/condemn/VBD Russia/Russia/NNP"),
                "Germany condemned Russia"));
    }

    @Test
    void noActorNoParse() {
        assertFalse(FILTER.worthParsing(tokens("Profits/profit/NNS condemned/condemn/VBD analysts/analyst/NNS"),
                "Profits condemned analysts"));
    }

    @Test
    void aClaimThatCanAttributeNoEventIsParsedOnlyWhenEveryQuoteIsWanted() {
        String text = "The company said profits rose";
        List<Token> t = tokens("The/the/DT company/company/NN said/say/VBD profits/profit/NNS rose/rise/VBD");
        assertFalse(FILTER.worthParsing(t, text), "no actor, no trigger, no quotation mark: no event to attribute");
        assertTrue(EVERY_QUOTE.worthParsing(t, text), "dyad quotes and the store want the claim and its speaker");
    }

    @Test
    void aClaimByAnActorIsParsedForTheSubjectLaterPronounsReferTo() {
        // "It" in the next sentence may stand for the embassy: the actor stage needs this sentence's subject
        String text = "The U.S. Embassy said the talks went well";
        List<Token> t = tokens("The/the/DT U.S./U.S./NNP Embassy/Embassy/NNP said/say/VBD the/the/DT talks/talk/NNS "
                + "went/go/VBD well/well/RB");
        assertTrue(FILTER.worthParsing(t, text));
    }

    @Test
    void theSentenceNamingAQuotesSpeakerIsParsedWhateverTheSpeaker() {
        // an event inside the quote takes this speaker as its attribution, even one no dictionary knows
        String text = "\"We will respond,\" the ministry said.";
        List<Token> t = tokens("\"/\"/`` We/we/PRP will/will/MD respond/respond/VB ,/,/, \"/\"/'' the/the/DT "
                + "ministry/ministry/NN said/say/VBD ./././");
        assertTrue(FILTER.worthParsing(t, text));
    }
}
