package dev.dyad.learned;

import dev.dyad.eval.Confusion;
import dev.dyad.learned.encoder.SentenceEncoder;
import dev.dyad.model.Article;
import dev.dyad.model.Event;
import dev.dyad.model.Modality;
import dev.dyad.pipeline.Dyad;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * PentaClass macro-F1 on a labelled sentence file, three ways:
 * <ul>
 *   <li>rules: the class of the sentence's first asserted event (CAMEO code → PentaClass); no asserted
 *       event = "uncoded", counted wrong;</li>
 *   <li>model: k-fold cross-validation (fixed seed; {@code extra} examples are added to every training
 *       fold and never tested);</li>
 *   <li>combined: the rules' class where they fire, else the model's.</li>
 * </ul>
 */
public final class PentaClassEvaluation {
    public static final List<String> CATEGORIES = Arrays.stream(PentaClass.values()).map(PentaClass::label).toList();

    /**
     * @param vetoed gold material-conflict sentences whose out-of-fold P(material conflict) is below the veto threshold
     * @param goldConflict gold material-conflict sentences
     * @param vetoRight sentences whose first asserted event is vetoable but not gold material conflict, that the veto would drop
     * @param vetoWrong sentences whose first asserted event is vetoable and gold material conflict, that the veto would drop
     */
    public record Result(int sentences, int uncoded, Confusion rules, Confusion model, Confusion combined,
                         int vetoed, int goldConflict, int vetoRight, int vetoWrong, double vetoThreshold) {
        public double uncodedRate() {
            return sentences == 0 ? 0 : (double) uncoded / sentences;
        }

        /** Accuracy of the rules on the sentences where they fire. */
        public double rulesAccuracyWhenCoded() {
            int coded = sentences - uncoded;
            return coded == 0 ? 0 : rules.accuracy() * sentences / coded;
        }
    }

    private PentaClassEvaluation() {
    }

    /**
     * What the rules say per sentence: the class of the first asserted event, or -1 (uncoded), and whether
     * that event is one the second opinion may veto ({@link SecondOpinionStage#vetoable}).
     */
    /**
     * Per sentence: the PentaClass and the CAMEO root (1-20) of its first asserted rule-coded event (-1 when there is
     * none), and whether that event is vetoable.
     */
    public record RuleCoding(int[] classes, int[] roots, boolean[] vetoable) {
    }

    public static RuleCoding ruleClasses(Dyad dyad, List<LabelledText> data) {
        int[] out = new int[data.size()];
        int[] roots = new int[data.size()];
        boolean[] veto = new boolean[data.size()];
        for (int i = 0; i < data.size(); i++) {
            List<Event> events = dyad.code(new Article("s" + i, data.get(i).text(), LocalDate.of(2000, 1, 1))).events();
            Event first = events.stream().filter(e -> e.modality() == Modality.ASSERTED).findFirst().orElse(null);
            out[i] = first == null ? -1 : dyad.dictionaries().ontology().get(first.cameo()).pentaClass();
            roots[i] = first == null ? -1 : Integer.parseInt(first.cameo().substring(0, 2));
            veto[i] = first != null && SecondOpinionStage.vetoable(first);
        }
        return new RuleCoding(out, roots, veto);
    }

    public static Result run(List<LabelledText> data, RuleCoding rules, List<LabelledText> extra,
                             SentenceEncoder encoder, LinearTrainer trainer, int k, long seed, double vetoThreshold) {
        return run(data, rules, extra, encoder, trainer, k, seed, vetoThreshold, d -> false).all();
    }

    /** The whole file, and its tuning and test parts (the items {@code test} accepts). */
    public record Split(Result all, Result tuning, Result test) {
    }

    /**
     * As {@link #run(List, RuleCoding, List, SentenceEncoder, LinearTrainer, int, long, double)}, scored on the whole
     * file and on each part of a held-out split; the out-of-fold predictions are the same for all three.
     */
    public static Split run(List<LabelledText> data, RuleCoding rules, List<LabelledText> extra, SentenceEncoder encoder,
                            LinearTrainer trainer, int k, long seed, double vetoThreshold,
                            java.util.function.Predicate<LabelledText> test) {
        List<float[]> x = encoder.encodeAll(data.stream().map(LabelledText::text).toList());
        List<float[]> ex = encoder.encodeAll(extra.stream().map(LabelledText::text).toList());
        List<PentaClass> y = data.stream().map(LabelledText::label).toList();
        List<double[]> p = ModelCrossValidation.predict(x, y, ex, extra.stream().map(LabelledText::label).toList(), k,
                seed, trainer);
        return new Split(score(y, rules, p, vetoThreshold), part(data, y, rules, p, vetoThreshold, test, false),
                part(data, y, rules, p, vetoThreshold, test, true));
    }

    private static Result part(List<LabelledText> data, List<PentaClass> y, RuleCoding rules, List<double[]> p,
                               double vetoThreshold, java.util.function.Predicate<LabelledText> test, boolean wanted) {
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            if (test.test(data.get(i)) == wanted) {
                keep.add(i);
            }
        }
        int[] classes = keep.stream().mapToInt(i -> rules.classes()[i]).toArray();
        int[] roots = keep.stream().mapToInt(i -> rules.roots()[i]).toArray();
        boolean[] veto = new boolean[keep.size()];
        for (int j = 0; j < keep.size(); j++) {
            veto[j] = rules.vetoable()[keep.get(j)];
        }
        return score(keep.stream().map(y::get).toList(), new RuleCoding(classes, roots, veto),
                keep.stream().map(p::get).toList(), vetoThreshold);
    }

    /** Scores given predictions (tests pass hand-made ones). */
    public static Result score(List<PentaClass> gold, RuleCoding coding, List<double[]> modelProbabilities,
                               double vetoThreshold) {
        int[] ruleClasses = coding.classes();
        Confusion rules = new Confusion(CATEGORIES, "uncoded");
        Confusion model = new Confusion(CATEGORIES, null);
        Confusion combined = new Confusion(CATEGORIES, null);
        int uncoded = 0;
        int vetoed = 0;
        int conflict = 0;
        int vetoRight = 0;
        int vetoWrong = 0;
        for (int i = 0; i < gold.size(); i++) {
            int g = gold.get(i).code();
            int m = LinearModel.argmax(modelProbabilities.get(i));
            rules.add(g, ruleClasses[i]);
            model.add(g, m);
            combined.add(g, ruleClasses[i] >= 0 ? ruleClasses[i] : m);
            uncoded += ruleClasses[i] < 0 ? 1 : 0;
            int four = PentaClass.MATERIAL_CONFLICT.code();
            if (coding.vetoable()[i] && modelProbabilities.get(i)[four] < vetoThreshold) {
                vetoRight += g == four ? 0 : 1;
                vetoWrong += g == four ? 1 : 0;
            }
            if (g == four) {
                conflict++;
                vetoed += modelProbabilities.get(i)[g] < vetoThreshold ? 1 : 0;
            }
        }
        return new Result(gold.size(), uncoded, rules, model, combined, vetoed, conflict, vetoRight, vetoWrong, vetoThreshold);
    }

}
