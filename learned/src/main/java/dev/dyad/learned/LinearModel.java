package dev.dyad.learned;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A multinomial logistic regression over a dense feature vector: {@code p = softmax(W x + b)}, one row
 * of {@code W} per class (the five PentaClasses, or the CAMEO roots of {@link CameoRootClassifier}). Immutable and thread-safe. Stored as text: {@code #} header lines (what
 * data, trainer, date and versions made it), then {@code dim N}, then one line per class
 * {@code class<TAB>bias<TAB>w0 w1 …}.
 */
public final class LinearModel {
    private final double[][] weights;
    private final double[] bias;
    private final List<String> header;

    public LinearModel(double[][] weights, double[] bias, List<String> header) {
        if (weights.length < 2 || bias.length != weights.length) {
            throw new IllegalArgumentException("need one weight row and one bias per class, and two classes or more");
        }
        int dim = weights[0].length;
        this.weights = new double[weights.length][];
        for (int c = 0; c < weights.length; c++) {
            if (weights[c].length != dim) {
                throw new IllegalArgumentException("weight rows differ in length");
            }
            this.weights[c] = weights[c].clone();
        }
        this.bias = bias.clone();
        this.header = List.copyOf(header);
    }

    public int dimension() {
        return weights[0].length;
    }

    public int classes() {
        return weights.length;
    }

    /** The header lines (without {@code #}): provenance of the weights. */
    public List<String> header() {
        return header;
    }

    /** Probability per class (for PentaClass models indexed by {@link PentaClass#code()}). */
    public double[] probabilities(float[] x) {
        if (x.length != dimension()) {
            throw new IllegalArgumentException("expected a " + dimension() + "-d vector, got " + x.length);
        }
        double[] z = new double[weights.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < weights.length; c++) {
            double s = bias[c];
            for (int i = 0; i < x.length; i++) {
                s += weights[c][i] * x[i];
            }
            z[c] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int c = 0; c < z.length; c++) {
            z[c] = Math.exp(z[c] - max);
            sum += z[c];
        }
        for (int c = 0; c < z.length; c++) {
            z[c] /= sum;
        }
        return z;
    }

    /**
     * The same model with its scores divided by a temperature {@code t} (temperature scaling: the classes' order is
     * unchanged, {@code t > 1} softens the probabilities, {@code t < 1} sharpens them); {@code note} is added to the
     * header, so the weights say how they were calibrated.
     */
    public LinearModel withTemperature(double t, String note) {
        if (!(t > 0) || Double.isInfinite(t)) {
            throw new IllegalArgumentException("temperature must be a positive number, got " + t);
        }
        double[][] w = new double[weights.length][];
        double[] b = new double[bias.length];
        for (int c = 0; c < weights.length; c++) {
            w[c] = new double[weights[c].length];
            for (int i = 0; i < w[c].length; i++) {
                w[c][i] = weights[c][i] / t;
            }
            b[c] = bias[c] / t;
        }
        List<String> h = new ArrayList<>(header);
        h.add(note);
        return new LinearModel(w, b, h);
    }

    public PentaClass predict(float[] x) {
        return PentaClass.of(argmax(probabilities(x)));
    }

    public static int argmax(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }

    public void write(Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        header.forEach(h -> sb.append("# ").append(h).append('\n'));
        sb.append("dim ").append(dimension()).append('\n');
        for (int c = 0; c < weights.length; c++) {
            sb.append(c).append('\t').append(fmt(bias[c])).append('\t');
            for (int i = 0; i < weights[c].length; i++) {
                sb.append(i == 0 ? "" : " ").append(fmt(weights[c][i]));
            }
            sb.append('\n');
        }
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        Files.writeString(file, sb, StandardCharsets.UTF_8);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.5g", v);
    }

    public static LinearModel read(InputStream in, String name) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> header = new ArrayList<>();
        int dim = -1;
        List<double[]> w = new ArrayList<>();
        List<Double> b = new ArrayList<>();
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.startsWith("#")) {
                header.add(line.substring(1).trim());
            } else if (line.startsWith("dim ")) {
                dim = Integer.parseInt(line.substring(4).trim());
            } else if (!line.isBlank()) {
                String[] f = line.split("\t");
                String[] ws = f.length == 3 ? f[2].split(" ") : new String[0];
                if (dim < 0 || ws.length != dim) {
                    throw new IOException(name + ":" + n + ": expected class<TAB>bias<TAB>" + dim + " weights");
                }
                int c = Integer.parseInt(f[0]);
                if (c != w.size()) {
                    throw new IOException(name + ":" + n + ": expected the weights of class " + w.size() + ", got " + c);
                }
                b.add(Double.parseDouble(f[1]));
                double[] row = new double[dim];
                for (int i = 0; i < dim; i++) {
                    row[i] = Double.parseDouble(ws[i]);
                }
                w.add(row);
            }
        }
        if (w.size() < 2) {
            throw new IOException(name + ": weights for " + w.size() + " classes, need two or more");
        }
        return new LinearModel(w.toArray(new double[0][]), b.stream().mapToDouble(Double::doubleValue).toArray(), header);
    }

    public static LinearModel read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /** The committed weights ({@code dyad/learned/pentaclass-minilm.weights}). */
    public static LinearModel builtIn() {
        return resource("/dyad/learned/pentaclass-minilm.weights");
    }

    /** Committed weights on the classpath. */
    public static LinearModel resource(String res) {
        try (InputStream in = LinearModel.class.getResourceAsStream(res)) {
            if (in == null) {
                throw new IllegalStateException(res + ": missing from the classpath (retrain with `dyad train`)");
            }
            return read(in, res);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
