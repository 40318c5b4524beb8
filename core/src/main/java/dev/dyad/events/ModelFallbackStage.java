package dev.dyad.events;

import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Event;
import dev.dyad.model.Layer;
import dev.dyad.model.Sentence;
import dev.dyad.stage.Stage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The learned fallback: a parsed sentence with actors where no pattern fired is read by a {@link RootClassifier};
 * when it names a CAMEO root with probability at least {@code minProbability}, the sentence's main predicate
 * becomes the trigger of a root-level event ({@code 190}, {@code 040}, ...). Source, target, modality and
 * attribution come from the same dependency rules as pattern events, so a sentence without an actor as
 * subject still codes nothing. Such events say so in {@code rule} ({@code model:cameo-root}) and carry the
 * probability as confidence, capped below what patterns get. Thread-safe when the classifier is.
 */
public final class ModelFallbackStage implements Stage {
    /**
     * Probability a root needs before the fallback codes it. Chosen with the rules of commit 84c83c1: on the PLOVER
     * records (held out) 0.5 coded 36 records, 14 right, 0.6 coded 28, 12 right; on 300 Reuters articles 0.5 added
     * 11 events and 0.6 added 7. Precision first: 0.6. With the rules of d9784e3, 0.6 codes 23 records (14 right)
     * and adds 8 events on the same 300 articles. The pipeline's value is its configuration's {@code fallbackMinProbability}.
     */
    public static final double DEFAULT_MIN_PROBABILITY = 0.6;
    /** Fallback events never look surer than this: the rules could not say why. */
    static final double MAX_CONFIDENCE = 0.6;
    private final EventCoderStage coder;
    private final RootClassifier classifier;
    private final double minProbability;

    public ModelFallbackStage(EventCoderStage coder, RootClassifier classifier, double minProbability) {
        this.coder = coder;
        this.classifier = classifier;
        this.minProbability = minProbability;
    }

    @Override
    public String name() {
        return "model-fallback";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.ACTORS, Layer.QUOTES, Layer.EVENTS);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.EVENTS);
    }

    @Override
    public AnnotatedDocument process(AnnotatedDocument doc) {
        Set<Integer> coded = new HashSet<>();
        doc.events().forEach(e -> coded.add(e.sentence()));
        List<Sentence> candidates = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (coded.contains(s.index()) || s.dependencies().isEmpty() || doc.actorsIn(s.index()).isEmpty()
                    || !coder.mainPredicateHasSource(doc, s)) {
                // coded by the rules, not parsed (no trigger candidate), nobody to act, or no actor the main
                // predicate could take as its source: whatever root the model named, nothing would be coded
                continue;
            }
            candidates.add(s);
        }
        List<Event> added = new ArrayList<>();
        if (candidates.isEmpty()) {
            return doc;
        }
        List<double[]> read = classifier.distributions(candidates.stream().map(Sentence::text).toList());
        for (int i = 0; i < candidates.size(); i++) {
            Sentence s = candidates.get(i);
            double[] p = read.get(i);
            int root = argmaxRoot(p);
            if (root < 0 || p[root] < minProbability || p[root] <= p[RootClassifier.NO_EVENT]) {
                continue;
            }
            String why = String.format(Locale.ROOT, "model:cameo-root P(%02d)=%.2f, P(no event)=%.2f (%s)", root, p[root],
                    p[RootClassifier.NO_EVENT], classifier.version());
            double confidence = Math.round(Math.min(MAX_CONFIDENCE, p[root]) * 100) / 100.0;
            added.addAll(coder.codeMainPredicate(doc, s, String.format(Locale.ROOT, "%02d0", root), why, confidence));
        }
        if (added.isEmpty()) {
            return doc;
        }
        List<Event> all = new ArrayList<>(doc.events());
        all.addAll(added);
        all.sort(java.util.Comparator.comparingInt(Event::sentence));
        return doc.withEvents(all);
    }

    /** The most probable CAMEO root (1-20), ignoring "no event"; -1 if the distribution is malformed. */
    static int argmaxRoot(double[] p) {
        if (p == null || p.length != 21) {
            return -1;
        }
        int best = 1;
        for (int r = 2; r <= 20; r++) {
            if (p[r] > p[best]) {
                best = r;
            }
        }
        return best;
    }
}
