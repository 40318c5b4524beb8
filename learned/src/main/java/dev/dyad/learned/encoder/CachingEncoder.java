package dev.dyad.learned.encoder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wraps an encoder with a file cache ({@code text-hash<TAB>base64 floats} per line), for experiments
 * that embed the same sentences again (cross-validation, retraining). {@link #save()} writes it back.
 * Thread-safe.
 */
public final class CachingEncoder implements SentenceEncoder {
    private final SentenceEncoder inner;
    private final Path file;
    private final Map<String, float[]> cache = new ConcurrentHashMap<>();

    public CachingEncoder(SentenceEncoder inner, Path file) {
        this.inner = inner;
        this.file = file;
        if (Files.isRegularFile(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    int tab = line.indexOf('\t');
                    if (tab > 0) {
                        ByteBuffer b = ByteBuffer.wrap(Base64.getDecoder().decode(line.substring(tab + 1)));
                        float[] v = new float[b.remaining() / 4];
                        b.asFloatBuffer().get(v);
                        cache.put(line.substring(0, tab), v);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
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
        return cache.computeIfAbsent(key(sentence), k -> inner.encode(sentence));
    }

    @Override
    public List<float[]> encodeAll(List<String> sentences) {
        List<String> missing = sentences.stream().filter(s -> !cache.containsKey(key(s))).distinct().toList();
        if (!missing.isEmpty()) {
            List<float[]> got = inner.encodeAll(missing);
            for (int i = 0; i < missing.size(); i++) {
                cache.put(key(missing.get(i)), got.get(i));
            }
        }
        List<float[]> out = new ArrayList<>(sentences.size());
        sentences.forEach(s -> out.add(cache.get(key(s))));
        return out;
    }

    public void save() throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        StringBuilder sb = new StringBuilder();
        cache.forEach((k, v) -> {
            ByteBuffer b = ByteBuffer.allocate(v.length * 4);
            b.asFloatBuffer().put(v);
            sb.append(k).append('\t').append(Base64.getEncoder().encodeToString(b.array())).append('\n');
        });
        Files.writeString(file, sb, StandardCharsets.UTF_8);
    }

    private static String key(String text) {
        return dev.dyad.dict.DictionaryFiles.sha256(text).substring(0, 24);
    }
}
