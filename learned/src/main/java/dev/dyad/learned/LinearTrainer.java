package dev.dyad.learned;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains a {@link LinearModel} (multinomial logistic regression) with Tribuo's {@link LinearSGDTrainer}
 * (log-loss, AdaGrad) and copies the weights out of Tribuo's model, so inference needs no Tribuo.
 * Deterministic for a given seed. Stateless and thread-safe.
 *
 * @param epochs passes over the data
 * @param learningRate AdaGrad's initial learning rate
 */
public record LinearTrainer(int epochs, double learningRate, long seed) {
    public static final String TRIBUO = "Tribuo 4.3.2 LinearSGDTrainer(LogMulticlass, AdaGrad)";
    public static final LinearTrainer DEFAULT = new LinearTrainer(30, 0.5, 20240516L);
    /** Tribuo logs every training run at INFO; kept here so the setting is not garbage-collected. */
    private static final java.util.logging.Logger TRIBUO_LOG = quiet();

    private static java.util.logging.Logger quiet() {
        java.util.logging.Logger l = java.util.logging.Logger.getLogger("org.tribuo");
        l.setLevel(java.util.logging.Level.WARNING);
        return l;
    }

    public String describe() {
        return String.format(Locale.ROOT, "%s, epochs=%d, learning rate=%.3g, minibatch=1, seed=%d", TRIBUO, epochs,
                learningRate, seed);
    }

    public LinearModel train(List<float[]> x, List<PentaClass> y, List<String> header) {
        return train(x, y.stream().map(PentaClass::code).toList(), PentaClass.values().length, header);
    }

    /** Trains over class indices {@code 0..classes-1}; a class absent from {@code y} gets (almost) no probability. */
    public LinearModel train(List<float[]> x, List<Integer> y, int classes, List<String> header) {
        if (x.isEmpty() || x.size() != y.size()) {
            throw new IllegalArgumentException("need as many labels as vectors, and at least one");
        }
        TRIBUO_LOG.fine("training");
        int dim = x.get(0).length;
        String[] names = new String[dim];
        for (int i = 0; i < dim; i++) {
            names[i] = String.format(Locale.ROOT, "e%04d", i);
        }
        LabelFactory lf = new LabelFactory();
        MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("dyad sentence vectors", lf), lf);
        for (int n = 0; n < x.size(); n++) {
            double[] v = new double[dim];
            for (int i = 0; i < dim; i++) {
                v[i] = x.get(n)[i];
            }
            data.add(new ArrayExample<>(new Label("c" + y.get(n)), names, v));
        }
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(learningRate, 0.1), epochs,
                Integer.MAX_VALUE, 1, seed);
        LinearSGDModel model = trainer.train(data);
        DenseMatrix w = model.getWeightsCopy();
        ImmutableFeatureMap features = model.getFeatureIDMap();
        ImmutableOutputInfo<Label> labels = model.getOutputIDInfo();
        double[][] weights = new double[classes][dim];
        double[] bias = new double[classes];
        for (int c = 0; c < classes; c++) {
            int row = labels.getID(new Label("c" + c));
            if (row < 0) {
                bias[c] = -30; // a class absent from the training data gets (almost) no probability
                continue;
            }
            for (int i = 0; i < dim; i++) {
                int col = features.getID(names[i]);
                weights[c][i] = col < 0 ? 0 : w.get(row, col);
            }
            bias[c] = w.get(row, w.getDimension2Size() - 1);
        }
        return new LinearModel(weights, bias, header);
    }

    /** A header line naming trainer, data size and date. */
    public String headerLine(int examples) {
        return "trainer: " + describe() + "; " + examples + " examples; trained " + OffsetDateTime.now().toLocalDate();
    }
}
