package dev.dyad.learned.encoder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An encoder that remembers the vectors of the sentences it embedded last, so the two learned stages of one
 * pipeline (the root fallback reads sentences the rules left uncoded; the second opinion then scores the events the
 * fallback coded in the same sentences) embed each sentence once. Bounded (least recently used out) so memory stays
 * flat over any corpus; MiniLM encodes each text on its own, so a vector is the same whether it comes from here or
 * from the model. Thread-safe.
 */
public final class RecentVectors implements SentenceEncoder {
    private final SentenceEncoder inner;
    private final Map<String, float[]> recent;

    public RecentVectors(SentenceEncoder inner, int capacity) {
        this.inner = inner;
        this.recent = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public int dimension() {
        return inner.dimension();
    }

    @Override
    public float[] encode(String sentence) {
        return encodeAll(List.of(sentence)).get(0);
    }

    @Override
    public List<float[]> encodeAll(List<String> sentences) {
        List<float[]> out = new ArrayList<>(sentences.size());
        List<String> missing = new ArrayList<>();
        synchronized (recent) {
            for (String s : sentences) {
                float[] v = recent.get(s);
                out.add(v);
                if (v == null && !missing.contains(s)) {
                    missing.add(s);
                }
            }
        }
        if (missing.isEmpty()) {
            return out;
        }
        List<float[]> got = inner.encodeAll(missing); // outside the lock: other threads keep embedding
        synchronized (recent) {
            for (int i = 0; i < missing.size(); i++) {
                recent.put(missing.get(i), got.get(i));
            }
        }
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) == null) {
                out.set(i, got.get(missing.indexOf(sentences.get(i))));
            }
        }
        return out;
    }
}
