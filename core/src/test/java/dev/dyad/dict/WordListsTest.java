package dev.dyad.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.actors.MentionWord;
import dev.dyad.place.Gazetteer;
import dev.dyad.place.PlaceWord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WordListsTest {
    private static WordLists<MentionWord> parse(String text) {
        return WordLists.fromLines(MentionWord.class, "actors/mentions.txt", DictionaryFiles.parse("actors/mentions.txt", text));
    }

    private static String error(String text) {
        return assertThrows(DictionaryException.class, () -> parse(text)).getMessage();
    }

    @Test
    void builtInListsLoadWithTheirKinds() {
        WordLists<MentionWord> w = MentionWord.builtIn();
        assertTrue(w.has(MentionWord.GROUP_HEAD, "country"));
        assertTrue(w.has(MentionWord.PERSON_PRONOUN, "she"));
        assertTrue(w.has(MentionWord.CHUNK_TAG, "NNP"));
        assertTrue(w.has(MentionWord.NEEDS_COUNTRY, "BUS"));
        assertFalse(w.has(MentionWord.THING_PRONOUN, "its"), "'its' would make a state the target of its own border");
        assertFalse(w.has(MentionWord.GROUP_HEAD, "Country"), "membership is exact; callers pass lower-case lemmas");
        assertTrue(w.where(MentionWord.GROUP_PRONOUN, "they").startsWith("actors/mentions.txt:"));
        WordLists<PlaceWord> places = Gazetteer.builtIn().words();
        assertTrue(places.has(PlaceWord.LOCATIVE, "near"));
        assertTrue(places.has(PlaceWord.NOT_A_PLACE, "March"));
        assertTrue(places.has(PlaceWord.DESTINATION, "into"));
    }

    @Test
    void badLinesNameFileAndLine() {
        assertEquals("actors/mentions.txt:2: unknown kind 'grop-head' (expected one of group-head, collective-head, "
                + "plural-mass-noun, locating-preposition, person-pronoun, group-pronoun, thing-pronoun, "
                + "expletive-governor, "
                + "agentive-predicate, chunk-tag, needs-country)", error("group-head | country\ngrop-head | nation\n"));
        assertEquals("actors/mentions.txt:2: duplicate group-head word 'country', already defined at actors/mentions.txt:1",
                error("group-head | country\ngroup-head | country\n"));
        assertTrue(error("group-head | Country\n").startsWith("actors/mentions.txt:1: 'Country' must be written in lower case"));
        assertTrue(error("group-head | nation state\n").startsWith("actors/mentions.txt:1: 'nation state' must be one word"));
        assertTrue(error("group-head\n").startsWith("actors/mentions.txt:1: expected 2 '|'-separated fields"));
        // a tag is written as the tagger writes it, and the same word may be in two kinds
        WordLists<MentionWord> ok = parse("chunk-tag | NNP\ngroup-head | camp\ncollective-head | camp\n");
        assertTrue(ok.has(MentionWord.CHUNK_TAG, "NNP") && ok.has(MentionWord.COLLECTIVE_HEAD, "camp"));
    }

    @Test
    void aBadPlaceWordStopsTheGazetteer() {
        Gazetteer.Sources b = Gazetteer.Sources.builtIn();
        String m = assertThrows(DictionaryException.class, () -> Gazetteer.of(new Gazetteer.Sources(b.actorCountries(),
                b.countryPoints(), b.cities(), b.aliases(), b.regions(), "locative | in\nlocative | In\n"))).getMessage();
        assertTrue(m.startsWith("places/words.txt:2: 'In' must be written in lower case"), m);
    }

    /** Issue 18: word lists are data. These packages keep no {@code Set.of("word", ...)} lexicon in their code. */
    @Test
    void noWordSetsInTheCodeOfTheseStages() throws IOException {
        List<String> found = new ArrayList<>();
        for (String pkg : List.of("actors", "place", "time", "nlp", "input", "bench", "synth", "quotes", "dict")) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/dyad", pkg))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    List<String> lines = Files.readAllLines(f);
                    for (int i = 0; i < lines.size(); i++) {
                        if (lines.get(i).contains("Set.of(\"") && !f.getFileName().toString().equals("MentionChains.java")) {
                            found.add(f + ":" + (i + 1));
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
