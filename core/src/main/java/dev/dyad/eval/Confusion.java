package dev.dyad.eval;

import java.util.List;
import java.util.Locale;

/**
 * A confusion matrix over named categories, with an optional extra prediction column ("uncoded") that
 * is always wrong. Per-category precision/recall/F1, accuracy and macro-F1; rendered as Markdown.
 * Not thread-safe while counting.
 */
public final class Confusion {
    private final List<String> categories;
    private final String missing;
    private final int[][] counts; // [gold][predicted], predicted index categories.size() = missing

    /** @param missing the name of the no-prediction column (e.g. "uncoded"), or null for none */
    public Confusion(List<String> categories, String missing) {
        this.categories = List.copyOf(categories);
        this.missing = missing;
        this.counts = new int[categories.size()][categories.size() + 1];
    }

    /** @param predicted a category index, or -1 for no prediction */
    public void add(int gold, int predicted) {
        counts[gold][predicted < 0 ? categories.size() : predicted]++;
    }

    public int total() {
        int n = 0;
        for (int[] row : counts) {
            for (int c : row) {
                n += c;
            }
        }
        return n;
    }

    public int count(int gold, int predicted) {
        return counts[gold][predicted < 0 ? categories.size() : predicted];
    }

    public int unpredicted() {
        int n = 0;
        for (int[] row : counts) {
            n += row[categories.size()];
        }
        return n;
    }

    public double accuracy() {
        int ok = 0;
        for (int i = 0; i < categories.size(); i++) {
            ok += counts[i][i];
        }
        return total() == 0 ? 0 : (double) ok / total();
    }

    public int goldCount(int c) {
        int n = 0;
        for (int v : counts[c]) {
            n += v;
        }
        return n;
    }

    public int predictedCount(int c) {
        int n = 0;
        for (int[] row : counts) {
            n += row[c];
        }
        return n;
    }

    public double precision(int c) {
        int p = predictedCount(c);
        return p == 0 ? 0 : (double) counts[c][c] / p;
    }

    public double recall(int c) {
        int g = goldCount(c);
        return g == 0 ? 0 : (double) counts[c][c] / g;
    }

    public double f1(int c) {
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Mean F1 over the categories that occur in the gold data. */
    public double macroF1() {
        double s = 0;
        int n = 0;
        for (int c = 0; c < categories.size(); c++) {
            if (goldCount(c) > 0) {
                s += f1(c);
                n++;
            }
        }
        return n == 0 ? 0 : s / n;
    }

    public String perCategoryTable() {
        StringBuilder sb = new StringBuilder("| category | gold | predicted | precision | recall | F1 |\n|---|---|---|---|---|---|\n");
        for (int c = 0; c < categories.size(); c++) {
            sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %.3f | %.3f | %.3f |%n", categories.get(c), goldCount(c),
                    predictedCount(c), precision(c), recall(c), f1(c)));
        }
        sb.append(String.format(Locale.ROOT, "| **macro** | %d | %d |  |  | **%.3f** |%n", total(), total() - unpredicted(),
                macroF1()));
        return sb.toString();
    }

    public String matrixTable() {
        StringBuilder sb = new StringBuilder("| gold \\ predicted |");
        categories.forEach(c -> sb.append(' ').append(c).append(" |"));
        if (missing != null) {
            sb.append(' ').append(missing).append(" |");
        }
        sb.append('\n').append("|---|");
        sb.append("---|".repeat(categories.size() + (missing != null ? 1 : 0))).append('\n');
        for (int g = 0; g < categories.size(); g++) {
            sb.append("| ").append(categories.get(g)).append(" |");
            for (int p = 0; p < categories.size() + (missing != null ? 1 : 0); p++) {
                sb.append(' ').append(g == p ? "**" + counts[g][p] + "**" : String.valueOf(counts[g][p])).append(" |");
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
