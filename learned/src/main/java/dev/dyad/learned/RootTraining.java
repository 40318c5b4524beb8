package dev.dyad.learned;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyad.eval.PloverGsr;
import dev.dyad.learned.PentaClassEvaluation;
import dev.dyad.learned.encoder.SentenceEncoder;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Training data for {@link CameoRootClassifier}: the PLOVER gold records, labelled with the CAMEO root their
 * event type stands for (the lowest one for FIGHT = 19/20), and "no event" sentences from newswire that is
 * mostly business news (Reuters-21578 in dyad's JSON Lines shape): without them the classifier would find an
 * event in every sentence. Optionally "silver" examples: labelled sentences (PentaClass only) whose rule-coded
 * root agrees with their gold PentaClass, a consistency check that keeps most rule errors out.
 */
public final class RootTraining {
    /** A training sentence and its class: 0 = no event, 1-20 = CAMEO root. */
    public record Example(String text, int label, String origin) {
    }

    /** "No event" sentences in the committed model and in the cross-validated evaluation. */
    public static final int DEFAULT_NO_EVENT = 800;

    private RootTraining() {
    }

    public static List<Example> plover(Path json) throws IOException {
        List<Example> out = new ArrayList<>();
        for (PloverGsr.Record r : PloverGsr.read(json)) {
            int root = r.roots().stream().mapToInt(Integer::parseInt).min().orElseThrow();
            out.add(new Example(r.text(), root, r.id()));
        }
        return out;
    }

    /**
     * The first {@code max} sentences of 40-300 characters from the articles of a JSON Lines file, in file
     * order (split with the JDK's sentence {@link BreakIterator}), labelled "no event".
     */
    public static List<Example> noEvent(Path jsonl, int max) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Example> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null && out.size() < max) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode a;
                try {
                    a = json.readTree(line);
                } catch (IOException e) {
                    throw new dev.dyad.input.InputException(jsonl + ":" + n + ": not a JSON object");
                }
                String text = a.path("text").asText("");
                BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
                it.setText(text);
                int k = 0;
                for (int start = it.first(), end = it.next(); end != BreakIterator.DONE && out.size() < max;
                     start = end, end = it.next()) {
                    String s = text.substring(start, end).trim();
                    if (s.length() >= 40 && s.length() <= 300) {
                        out.add(new Example(s, dev.dyad.events.RootClassifier.NO_EVENT, jsonl.getFileName() + ":" + n + "#" + k++));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Sentences whose first asserted rule-coded event has the PentaClass they are labelled with, labelled with
     * that event's CAMEO root. {@code dyad} should code with the rules alone (no fallback).
     */
    public static List<Example> silver(dev.dyad.pipeline.Dyad dyad, List<LabelledText> data) {
        return silver(data, PentaClassEvaluation.ruleClasses(dyad, data));
    }

    /** As {@link #silver(dev.dyad.pipeline.Dyad, List)}, from the rule coding of the same sentences. */
    public static List<Example> silver(List<LabelledText> data, PentaClassEvaluation.RuleCoding rules) {
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            LabelledText t = data.get(i);
            if (rules.roots()[i] > 0 && rules.classes()[i] == t.label().code()) {
                out.add(new Example(t.text(), rules.roots()[i], t.origin() + " (silver)"));
            }
        }
        return out;
    }

    /** Trains the 21-class model; {@code data} describes the sources for the weights' header. */
    public static LinearModel train(List<Example> examples, SentenceEncoder encoder, LinearTrainer trainer,
                                    List<String> data) {
        List<float[]> x = encoder.encodeAll(examples.stream().map(Example::text).toList());
        return trainer.train(x, examples.stream().map(Example::label).toList(), CameoRootClassifier.CLASSES,
                PentaTraining.header("CAMEO root", encoder, trainer, examples.size(), data, "--root-out",
                        "0 no event, 1-20 CAMEO root 01-20"));
    }
}
