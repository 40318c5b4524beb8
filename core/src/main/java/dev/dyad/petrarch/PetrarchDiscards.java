package dev.dyad.petrarch;

import dev.dyad.petrarch.coder.DefectReport;
import dev.dyad.petrarch.coder.PetrarchLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A PETRARCH discard list: a phrase on its own line discards the sentence that contains it (no events
 * from it); {@code +phrase} discards the whole story. Case is ignored; a phrase starts at a word's start and, when
 * written with a final {@code _}, ends at a word's end, else it is a stem (PETRARCH2's rule).
 */
public record PetrarchDiscards(List<String> sentencePhrases, List<String> storyPhrases) {
    public PetrarchDiscards {
        sentencePhrases = List.copyOf(sentencePhrases);
        storyPhrases = List.copyOf(storyPhrases);
    }

    /** Adds the phrases of one file to these; a line with no word is reported and skipped. */
    public PetrarchDiscards plus(String file, String text, DefectReport report) {
        List<String> sentence = new ArrayList<>(sentencePhrases);
        List<String> story = new ArrayList<>(storyPhrases);
        for (PetrarchLines.Line l : PetrarchLines.read(file, text)) {
            boolean whole = l.text().startsWith("+");
            String body = whole ? l.text().substring(1) : l.text();
            String phrase = normalize(body);
            if (phrase.isBlank()) {
                report.skipped(l, "discard phrase without a word");
                continue;
            }
            // "WORLD CUP_" must end at a word's end; "WORLD CUP" is a stem ("World Cups")
            (whole ? story : sentence).add(body.strip().endsWith("_") ? phrase : phrase.substring(0, phrase.length() - 1));
        }
        return new PetrarchDiscards(sentence, story);
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
