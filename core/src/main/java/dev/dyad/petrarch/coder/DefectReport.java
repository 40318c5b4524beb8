package dev.dyad.petrarch.coder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every dictionary line that dyad read with a looser meaning than PETRARCH2 ({@link Kind#APPROXIMATED}) or did not
 * load ({@link Kind#SKIPPED}), with file, line and why: PETRARCH's dictionaries are external data written for a
 * lenient reader, so a line dyad cannot represent is reported here instead of stopping the load (dyad's own
 * dictionaries stay strict). Not thread-safe while loading; read-only afterwards.
 */
public final class DefectReport {
    public enum Kind { APPROXIMATED, SKIPPED }

    /** {@code reason} is one of a few fixed texts (the summary counts by it); {@code detail} shows the line's own text. */
    public record Defect(String file, int line, Kind kind, String reason, String detail) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + kind.name().toLowerCase() + ": " + reason
                    + (detail == null || detail.isEmpty() ? "" : " ('" + detail + "')");
        }
    }

    private final List<Defect> defects = new ArrayList<>();

    public void approximated(PetrarchLines.Line line, String reason) {
        add(line.file(), line.number(), Kind.APPROXIMATED, reason, line.text());
    }

    public void skipped(PetrarchLines.Line line, String reason) {
        add(line.file(), line.number(), Kind.SKIPPED, reason, line.text());
    }

    public void add(String file, int line, Kind kind, String reason, String detail) {
        String d = detail == null ? null : detail.length() > 80 ? detail.substring(0, 77) + "..." : detail;
        defects.add(new Defect(file, line, kind, reason, d));
    }

    public List<Defect> defects() {
        return Collections.unmodifiableList(defects);
    }

    public long count(Kind kind) {
        return defects.stream().filter(d -> d.kind() == kind).count();
    }

    /** Lines per {@code "kind: reason"}, sorted. */
    public Map<String, Integer> byReason() {
        Map<String, Integer> m = new TreeMap<>();
        for (Defect d : defects) {
            m.merge(d.kind().name().toLowerCase() + ": " + d.reason(), 1, Integer::sum);
        }
        return m;
    }

    /** One line: how many lines were approximated and skipped. */
    public String summary() {
        return count(Kind.APPROXIMATED) + " dictionary lines approximated, " + count(Kind.SKIPPED) + " skipped";
    }
}
