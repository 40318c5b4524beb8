package dev.dyad.input;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Is an article English? dyad's dictionaries, parser and models are English only: German, Chinese or Arabic
 * text would be coded into nothing, silently. An article is judged <b>not English</b> when
 * <ul>
 *   <li>most of its letters are in a script other than Latin (Han, Arabic, Cyrillic, ...; at least
 *       {@value #MIN_LETTERS} letters), or</li>
 *   <li>it has {@value #MIN_LATIN_LETTERS} Latin letters or more (two or three sentences) and the detector
 *       (optimaize language-detector, n-gram profiles of 71 languages shipped in its jar) gives another
 *       language a probability of {@value #MIN_PROBABILITY} or more and English less than
 *       {@value #MAX_ENGLISH}.</li>
 * </ul>
 * Shorter Latin-script text is never judged: a headline or a one-line English sentence must not be refused
 * (and a short foreign one passes). Only the first {@value #SAMPLE} characters are read. Thread-safe; the
 * profiles are loaded on first use (about a second).
 */
public final class LanguageCheck {
    static final int MIN_LETTERS = 20;
    static final int MIN_LATIN_LETTERS = 200;
    static final double MIN_PROBABILITY = 0.9;
    static final double MAX_ENGLISH = 0.05;
    static final int SAMPLE = 20_000;

    private LanguageCheck() {
    }

    private static final class Detector {
        static final LanguageDetector DETECTOR;
        static final TextObjectFactory TEXT = CommonTextObjectFactories.forDetectingOnLargeText();

        static {
            try {
                DETECTOR = LanguageDetectorBuilder.create(NgramExtractors.standard())
                        .withProfiles(new LanguageProfileReader().readAllBuiltIn()).build();
            } catch (IOException e) {
                throw new UncheckedIOException("the language profiles in the language-detector jar cannot be read", e);
            }
        }
    }

    /** Why the text is not English news dyad can code, or null when it is English (or too short to tell). */
    public static String problem(String text) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        int latin = 0;
        int letters = 0;
        java.util.Map<Character.UnicodeScript, Integer> scripts = new java.util.EnumMap<>(Character.UnicodeScript.class);
        for (int i = 0; i < sample.length(); ) {
            int cp = sample.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                Character.UnicodeScript s = Character.UnicodeScript.of(cp);
                if (s == Character.UnicodeScript.LATIN) {
                    latin++;
                } else {
                    scripts.merge(s, 1, Integer::sum);
                }
            }
        }
        if (letters < MIN_LETTERS) {
            return null;
        }
        if (latin * 2 < letters) {
            Character.UnicodeScript main = scripts.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                    .orElseThrow().getKey();
            DetectedLanguage guess = best(sample);
            return "not English: the text is in " + scriptName(main) + " script"
                    + (guess == null ? "" : " (" + describe(guess) + ")") + "; dyad codes English news only";
        }
        if (latin < MIN_LATIN_LETTERS) {
            return null;
        }
        List<DetectedLanguage> probabilities = Detector.DETECTOR.getProbabilities(Detector.TEXT.forText(sample));
        double english = 0;
        DetectedLanguage top = null;
        for (DetectedLanguage d : probabilities) {
            if (d.getLocale().getLanguage().equals("en")) {
                english = d.getProbability();
            } else if (top == null || d.getProbability() > top.getProbability()) {
                top = d;
            }
        }
        if (top != null && top.getProbability() >= MIN_PROBABILITY && english < MAX_ENGLISH) {
            return "not English: detected " + describe(top) + "; dyad codes English news only";
        }
        return null;
    }

    private static DetectedLanguage best(String sample) {
        List<DetectedLanguage> p = Detector.DETECTOR.getProbabilities(Detector.TEXT.forText(sample));
        return p.isEmpty() ? null : p.get(0);
    }

    private static String describe(DetectedLanguage d) {
        String code = d.getLocale().toString();
        String name = Locale.forLanguageTag(d.getLocale().getLanguage()).getDisplayLanguage(Locale.ENGLISH);
        return String.format(Locale.ROOT, "%s, %s, probability %.2f", name, code, d.getProbability());
    }

    private static String scriptName(Character.UnicodeScript s) {
        String n = s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }
}
