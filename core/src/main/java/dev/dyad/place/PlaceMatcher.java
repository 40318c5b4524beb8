package dev.dyad.place;

import dev.dyad.model.Sentence;
import dev.dyad.model.Token;
import java.util.ArrayList;
import java.util.List;

/** Finds gazetteer names in a sentence: longest match first, case-sensitive, on proper nouns only. */
final class PlaceMatcher {
    /** A name over tokens {@code first..last} (inclusive) and the places it may be. */
    record Match(int first, int last, List<Place> places) {
        boolean covers(int token) {
            return first <= token && token <= last;
        }
    }

    private PlaceMatcher() {
    }

    static List<Match> find(Sentence s, String text, Gazetteer g) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            Match m = longestAt(s, text, g, i);
            if (m == null) {
                i++;
            } else {
                out.add(m);
                i = m.last() + 1;
            }
        }
        return out;
    }

    private static Match longestAt(Sentence s, String text, Gazetteer g, int i) {
        Token first = s.token(i);
        if (first.text().isEmpty() || !Character.isUpperCase(first.text().codePointAt(0))) {
            return null;
        }
        for (int j = Math.min(s.size() - 1, i + g.maxWords() + 2); j >= i; j--) {
            String name = text.substring(first.start(), s.token(j).end());
            if (j == i && g.words().has(PlaceWord.NOT_A_PLACE, name)) { // "in March" is not March, England
                return null;
            }
            List<Place> places = g.lookup(name);
            if (!places.isEmpty() && hasProperNoun(s, i, j)) {
                return new Match(i, j, places);
            }
        }
        return null;
    }

    /** A proper noun, or a capitalised word inside the sentence (the tagger reads "in Bam" as a common noun). */
    private static boolean hasProperNoun(Sentence s, int i, int j) {
        if (i > 0) {
            return true;
        }
        for (int t = i; t <= j; t++) {
            if (s.token(t).pos().startsWith("NNP")) {
                return true;
            }
        }
        return false;
    }
}
