package dev.dyad.learned.encoder;

import java.util.ArrayList;
import java.util.List;

/** Turns a sentence into a fixed-length, L2-normalised vector. Implementations are thread-safe. */
public interface SentenceEncoder {
    /** A name with version, recorded in model headers and event provenance. */
    String name();

    int dimension();

    float[] encode(String sentence);

    default List<float[]> encodeAll(List<String> sentences) {
        List<float[]> out = new ArrayList<>(sentences.size());
        for (String s : sentences) {
            out.add(encode(s));
        }
        return out;
    }
}
