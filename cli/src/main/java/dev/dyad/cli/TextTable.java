package dev.dyad.cli;

import dev.dyad.store.Rows;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prints query rows as an aligned text table, or as JSON Lines objects (one per row). Both stream: the table
 * holds at most {@link #MAX_BUFFERED} rows to size its columns, then prints them and every later row as it
 * comes (cells cut to those widths), so a query of any size runs in bounded memory.
 */
final class TextTable implements Rows.Sink {
    private static final int MAX_CELL = 60;
    static final int MAX_BUFFERED = 1000;
    private int[] widths;
    private int printed;
    private final PrintWriter out;
    private final boolean json;
    private List<String> names = List.of();
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(PrintWriter out, boolean json) {
        this.out = out;
        this.json = json;
    }

    @Override
    public void columns(List<String> columnNames) {
        this.names = columnNames;
    }

    @Override
    public void row(List<Object> values) {
        if (json) {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                Object v = values.get(i);
                m.put(names.get(i), v == null || v instanceof Number || v instanceof Boolean ? v : v.toString());
            }
            out.println(dev.dyad.output.Json.line(m));
            dev.dyad.output.OutputClosedException.check(out);
            return;
        }
        List<String> cells = new ArrayList<>();
        for (Object v : values) {
            String s = v == null ? "" : v.toString().replace('\n', ' ');
            cells.add(s.length() > MAX_CELL ? s.substring(0, MAX_CELL - 1) + "…" : s);
        }
        if (widths != null) {
            print(fit(cells), widths);
            dev.dyad.output.OutputClosedException.check(out);
            printed++;
            return;
        }
        rows.add(cells);
        if (rows.size() >= MAX_BUFFERED) {
            printBuffered();
        }
    }

    private List<String> fit(List<String> cells) {
        List<String> out = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            String s = cells.get(i);
            out.add(s.length() > widths[i] ? s.substring(0, Math.max(0, widths[i] - 1)) + "…" : s);
        }
        return out;
    }

    /** Prints the table (the JSON form is printed as it streams). Returns the number of rows. */
    int finish() {
        if (json) {
            out.flush();
            return -1;
        }
        if (widths == null) {
            printBuffered();
        }
        out.flush();
        return printed;
    }

    private void printBuffered() {
        int[] w = new int[names.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = names.get(i).length();
            for (List<String> r : rows) {
                w[i] = Math.max(w[i], r.get(i).length());
            }
        }
        print(names, w);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            rule.append(i > 0 ? "  " : "").append("-".repeat(w[i]));
        }
        out.println(rule);
        for (List<String> r : rows) {
            print(r, w);
        }
        printed += rows.size();
        rows.clear();
        widths = w;
    }

    private void print(List<String> cells, int[] w) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            b.append(i > 0 ? "  " : "").append(cells.get(i)).append(" ".repeat(w[i] - cells.get(i).length()));
        }
        out.println(b.toString().stripTrailing());
    }
}
