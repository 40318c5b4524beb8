package dev.dyad.learned;

import dev.dyad.eval.Confusion;
import dev.dyad.learned.encoder.SentenceEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Trains a sentence classifier and calibrates it: a fifth of the training examples (chosen by a stable hash of their
 * origin, {@link #calibrationFold}) is held back, a model trained on the rest gives their probabilities, and the
 * temperature that fits them best ({@link Calibration}) is applied to the final model, trained on every training
 * example. The test examples (the {@code HeldOutSplit} test part) are never trained or calibrated on; they are scored
 * with the final model, before and after calibration. Encodings are computed once per text.
 */
public final class CalibratedTraining {
    /** Reliability bins of the reports. */
    public static final int BINS = 10;

    /** Macro-F1, accuracy and reliability of one model on one set of examples. */
    public record Scores(int examples, double macroF1, double accuracy, Reliability raw, Reliability calibrated) {
    }

    /**
     * @param model the final, calibrated model
     * @param temperature the fitted temperature
     * @param tune the calibration fold, scored with the model trained without it
     * @param test the test examples, scored with the final model
     */
    public record Outcome(LinearModel model, double temperature, Scores tune, Scores test) {
    }

    private CalibratedTraining() {
    }

    /** The calibration fold: SHA-256 of {@code "calibration:" + origin} is 0 modulo 5. */
    public static boolean calibrationFold(String origin) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(("calibration:" + origin).getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (h[i] & 0xff);
            }
            return Math.floorMod(v, 5L) == 0;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    public static Outcome train(List<RootTraining.Example> train, List<RootTraining.Example> test, List<String> classNames,
                                SentenceEncoder encoder, LinearTrainer trainer, List<String> header) {
        int classes = classNames.size();
        Map<String, float[]> vectors = encode(encoder, train, test);
        List<RootTraining.Example> fit = train.stream().filter(e -> !calibrationFold(e.origin())).toList();
        List<RootTraining.Example> held = train.stream().filter(e -> calibrationFold(e.origin())).toList();
        LinearModel partial = trainer.train(x(fit, vectors), y(fit), classes, List.of("calibration model"));
        List<double[]> heldP = x(held, vectors).stream().map(partial::probabilities).toList();
        double t = Calibration.fitTemperature(heldP, y(held));
        Scores tune = scores(heldP, y(held), t, classNames);
        LinearModel raw = trainer.train(x(train, vectors), y(train), classes, header);
        LinearModel model = raw.withTemperature(t, String.format(Locale.ROOT,
                "calibration: temperature %.4f (weights and biases divided by it), fitted by minimum log-loss on %d of the "
                        + "training sentences (stable hash of their origin) held back from a model trained on the other %d",
                t, held.size(), fit.size()));
        List<double[]> testP = x(test, vectors).stream().map(raw::probabilities).toList();
        return new Outcome(model, t, tune, scores(testP, y(test), t, classNames));
    }

    private static Scores scores(List<double[]> p, List<Integer> gold, double t, List<String> classNames) {
        Confusion c = new Confusion(classNames, null);
        for (int i = 0; i < p.size(); i++) {
            c.add(gold.get(i), LinearModel.argmax(p.get(i)));
        }
        List<double[]> scaled = p.stream().map(q -> Calibration.scale(q, t)).toList();
        return new Scores(p.size(), c.macroF1(), c.accuracy(), Reliability.of(p, gold, BINS), Reliability.of(scaled, gold, BINS));
    }

    private static Map<String, float[]> encode(SentenceEncoder encoder, List<RootTraining.Example> a,
                                               List<RootTraining.Example> b) {
        List<String> texts = new ArrayList<>(new java.util.LinkedHashSet<>(
                java.util.stream.Stream.concat(a.stream(), b.stream()).map(RootTraining.Example::text).toList()));
        List<float[]> v = encoder.encodeAll(texts);
        Map<String, float[]> out = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            out.put(texts.get(i), v.get(i));
        }
        return out;
    }

    private static List<float[]> x(List<RootTraining.Example> e, Map<String, float[]> vectors) {
        return e.stream().map(x -> vectors.get(x.text())).toList();
    }

    private static List<Integer> y(List<RootTraining.Example> e) {
        return e.stream().map(RootTraining.Example::label).toList();
    }

    /** A Markdown section: the tune (calibration fold) and test figures and both reliability tables of the test part. */
    public static String report(String title, Outcome o, String data) {
        StringBuilder sb = new StringBuilder();
        sb.append("### ").append(title).append("\n\n").append(data).append("\n\n");
        sb.append(String.format(Locale.ROOT, "Temperature %.3f.%n%n", o.temperature()));
        sb.append("| part | sentences | macro-F1 | accuracy | ECE before calibration | ECE after |\n|---|---|---|---|---|---|\n");
        for (Object[] row : new Object[][] {{"tune (calibration fold, model trained without it)", o.tune()},
                {"test (HeldOutSplit test part, final model)", o.test()}}) {
            Scores s = (Scores) row[1];
            sb.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f |%n", row[0], s.examples(),
                    s.macroF1(), s.accuracy(), s.raw().ece(), s.calibrated().ece()));
        }
        sb.append("\nReliability on the test part, before calibration:\n\n").append(o.test().raw().table());
        sb.append("\nAfter calibration:\n\n").append(o.test().calibrated().table());
        return sb.toString();
    }
}
