package dev.dyad.store;

import java.io.PrintWriter;
import java.util.List;

/** CSV (RFC 4180 quoting) and TSV (tabs and line breaks in values become spaces) lines; null is empty. */
final class Delimited {
    private Delimited() {
    }

    static void csv(PrintWriter out, List<?> values) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String s = cell(values.get(i));
            if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                b.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else {
                b.append(s);
            }
        }
        out.print(b.append('\n'));
    }

    static void tsv(PrintWriter out, List<?> values) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                b.append('\t');
            }
            b.append(cell(values.get(i)).replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
        }
        out.print(b.append('\n'));
    }

    static String cell(Object o) {
        if (o == null) {
            return "";
        }
        if (o instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) + ".0" : d.toString();
        }
        return o.toString();
    }
}
