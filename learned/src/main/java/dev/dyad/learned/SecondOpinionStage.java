package dev.dyad.learned;

import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Event;
import dev.dyad.model.Layer;
import dev.dyad.model.Modality;
import dev.dyad.ontology.CameoCode;
import dev.dyad.ontology.CameoOntology;
import dev.dyad.stage.Stage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A learned second opinion on rule-coded events. For each event the sentence classifier gives a
 * PentaClass distribution for the event's sentence; the rule's class is its CAMEO code's PentaClass.
 * <ul>
 *   <li>{@code confidence = (1 - w) · rule confidence + w · P(model: rule's class)}, with {@code w} =
 *       {@link #MODEL_WEIGHT}; the provenance's {@code code} field says what the model gave;</li>
 *   <li>veto: an <em>asserted violent</em> event (CAMEO roots {@link #FIRST_VETO_ROOT} to {@link #LAST_VETO_ROOT}: assault, fight, mass
 *       violence; all PentaClass 4) whose sentence the model gives P(material conflict) below {@code vetoBelow}
 *       (default {@link #DEFAULT_VETO}) is dropped: an attack must not be asserted on the rules' word alone
 *       when the sentence reads as anything else. Other events (protest, posture, coercion too) are never
 *       dropped: rules stay the explanation, the model only scores.</li>
 * </ul>
 * Immutable and thread-safe when the classifier is.
 */
public final class SecondOpinionStage implements Stage {
    /**
     * CAMEO roots whose asserted events the model may veto: {@code 18} (assault) to {@code 20} (mass violence), a range
     * of the CAMEO ontology rather than a word list.
     */
    public static final String FIRST_VETO_ROOT = "18";
    public static final String LAST_VETO_ROOT = "20";
    /** Weight of the model probability in the blended confidence. */
    public static final double MODEL_WEIGHT = 0.5;
    /**
     * Veto threshold on P(material conflict); what it drops, measured by 5-fold cross-validation on the
     * ConfliBERT class file, is in docs/evaluation.md ("Veto check").
     */
    public static final double DEFAULT_VETO = dev.dyad.pipeline.PipelineConfig.DEFAULT_VETO_BELOW;
    private final SentenceClassifier classifier;
    private final CameoOntology ontology;
    private final double vetoBelow;

    public SecondOpinionStage(SentenceClassifier classifier, CameoOntology ontology, double vetoBelow) {
        this.classifier = classifier;
        this.ontology = ontology;
        this.vetoBelow = vetoBelow;
    }

    public SecondOpinionStage(SentenceClassifier classifier, CameoOntology ontology) {
        this(classifier, ontology, DEFAULT_VETO);
    }

    @Override
    public String name() {
        return "second-opinion";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.EVENTS);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.EVENTS);
    }

    @Override
    public AnnotatedDocument process(AnnotatedDocument doc) {
        // every distinct sentence with a scorable event, embedded as one batch
        List<String> sentences = doc.events().stream().filter(e -> e.sentenceText() != null && ontology.get(e.cameo()) != null)
                .map(Event::sentenceText).distinct().toList();
        Map<String, double[]> bySentence = new HashMap<>();
        if (!sentences.isEmpty()) {
            List<double[]> p = classifier.distributions(sentences);
            for (int i = 0; i < sentences.size(); i++) {
                bySentence.put(sentences.get(i), p.get(i));
            }
        }
        List<Event> kept = new ArrayList<>();
        for (Event e : doc.events()) {
            CameoCode code = ontology.get(e.cameo());
            if (code == null || e.sentenceText() == null) {
                kept.add(e);
                continue;
            }
            Verdict v = judge(e, code.pentaClass(), bySentence.get(e.sentenceText()));
            if (v != null) {
                kept.add(e.withConfidence(v.confidence(), v.why()));
            }
        }
        return doc.withEvents(kept);
    }

    /** The new confidence and its explanation, or null for a veto. */
    Verdict judge(Event e, int ruleClass, double[] p) {
        int top = LinearModel.argmax(p);
        String model = String.format(Locale.ROOT, "model P(%s)=%.2f, top %s %.2f (%s)", PentaClass.of(ruleClass).label(),
                p[ruleClass], PentaClass.of(top).label(), p[top], classifier.version());
        if (vetoable(e) && p[PentaClass.MATERIAL_CONFLICT.code()] < vetoBelow) {
            return null;
        }
        double c = Math.round(((1 - MODEL_WEIGHT) * e.confidence() + MODEL_WEIGHT * p[ruleClass]) * 1000) / 1000.0;
        return new Verdict(c, String.format(Locale.ROOT, "%.2f x rule %.2f + %.2f x %s", 1 - MODEL_WEIGHT, e.confidence(),
                MODEL_WEIGHT, model));
    }

    /** An asserted event with a CAMEO root from {@link #FIRST_VETO_ROOT} to {@link #LAST_VETO_ROOT}. */
    public static boolean vetoable(Event e) {
        return e.modality() == Modality.ASSERTED && e.cameo() != null && e.cameo().length() >= 2
                && e.cameo().substring(0, 2).compareTo(FIRST_VETO_ROOT) >= 0
                && e.cameo().substring(0, 2).compareTo(LAST_VETO_ROOT) <= 0; // two digits compare as numbers
    }

    record Verdict(double confidence, String why) {
    }
}
