package dev.dyad.petrarch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import could not carry over exactly: each PETRARCH construct that dyad approximates or
 * cannot represent, with file and line. Nothing is dropped without an entry here. Not thread-safe
 * while loading; read-only afterwards.
 */
public final class ImportReport {
    /** {@code APPROXIMATED}: loaded with a looser meaning; {@code UNSUPPORTED}: not loaded. */
    public enum Severity { APPROXIMATED, UNSUPPORTED }

    public record Issue(String where, Severity severity, String construct, String detail) {
        @Override
        public String toString() {
            return where + ": " + severity.name().toLowerCase() + ": " + construct + ": " + detail;
        }
    }

    private final List<Issue> issues = new ArrayList<>();

    void add(String where, Severity severity, String construct, String detail) {
        issues.add(new Issue(where, severity, construct, detail));
    }

    public List<Issue> issues() {
        return Collections.unmodifiableList(issues);
    }

    /** Count per (severity, construct), for a one-line summary. */
    public Map<String, Integer> counts() {
        Map<String, Integer> m = new TreeMap<>();
        for (Issue i : issues) {
            m.merge(i.severity().name().toLowerCase() + ": " + i.construct(), 1, Integer::sum);
        }
        return m;
    }

    public String summary() {
        return issues.size() + " constructs approximated or unsupported " + counts();
    }
}
