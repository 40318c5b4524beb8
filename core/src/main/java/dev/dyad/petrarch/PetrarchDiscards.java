package dev.dyad.petrarch;

import dev.dyad.dict.DictionaryException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A PETRARCH discard list: a phrase on its own line discards the sentence that contains it (no events
 * from it); {@code +phrase} discards the whole story. Phrases match whole words, ignoring case.
 */
public record PetrarchDiscards(List<String> sentencePhrases, List<String> storyPhrases) {
    public static PetrarchDiscards read(String file, String text) {
        List<String> sentence = new ArrayList<>();
        List<String> story = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = PetrarchActors.clean(lines[i]);
            if (l.isEmpty()) {
                continue;
            }
            boolean whole = l.startsWith("+");
            String phrase = normalize(whole ? l.substring(1) : l);
            if (phrase.isBlank()) {
                throw new DictionaryException(file, i + 1, "empty discard phrase");
            }
            (whole ? story : sentence).add(phrase);
        }
        return new PetrarchDiscards(List.copyOf(sentence), List.copyOf(story));
    }

    static String normalize(String text) {
        return " " + text.replace('_', ' ').toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim() + " ";
    }

    public static PetrarchDiscards none() {
        return new PetrarchDiscards(List.of(), List.of());
    }

    /** Whether a story or sentence phrase discards this text. */
    public boolean discards(String text) {
        return match(storyPhrases, text) != null || match(sentencePhrases, text) != null;
    }

    /** The phrase that discards this text, or null. */
    static String match(List<String> phrases, String text) {
        String t = normalize(text);
        for (String p : phrases) {
            if (t.contains(p)) {
                return p.trim();
            }
        }
        return null;
    }
}
