package dev.dyad.dict;

import java.util.List;

/** One non-blank, non-comment line of a {@code |}-separated dictionary file, split and trimmed. */
public record DictionaryLine(String file, int line, List<String> fields, String comment) {
    public String field(int i) {
        return i < fields.size() ? fields.get(i) : "";
    }

    public String where() {
        return file + ":" + line;
    }

    public DictionaryException error(String problem) {
        return new DictionaryException(file, line, problem);
    }

    public void requireFields(int min, int max) {
        if (fields.size() < min || fields.size() > max) {
            throw error("expected " + (min == max ? String.valueOf(min) : min + " to " + max)
                    + " '|'-separated fields, found " + fields.size());
        }
    }
}
