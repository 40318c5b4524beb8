package dev.dyad.pipeline;

import dev.dyad.dict.DictionaryFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The identity of everything that shapes a pipeline's output: dyad's version, the configuration's output-shaping
 * settings and stage list, a hash of every dictionary and rule file, of each model's weights, and of the compiled
 * code of the modules that code events (word lists still written in Java change it too). It is written into every
 * event's {@code provenance.pipeline} and the store's {@code dyad_version}; {@code dyad recode} re-codes exactly the
 * articles whose fingerprint differs. Computed without loading CoreNLP or the models.
 */
public final class PipelineFingerprint {
    private static final Map<String, String> CODE_HASHES = new ConcurrentHashMap<>();

    private PipelineFingerprint() {
    }

    /**
     * {@code dyad 0.1.0; default; 3f9a0c1d2e4b}: version, preset, and the first 12 hex digits of the hash over
     * everything else.
     */
    public static String of(PipelineConfig config, String dictionaryHash, String modelFingerprint, List<Class<?>> codeAnchors) {
        StringBuilder all = new StringBuilder();
        all.append("dyad ").append(Dyad.VERSION).append('\n');
        all.append(config.outputShapingSettings());
        all.append("dictionaries=").append(dictionaryHash).append('\n');
        all.append("models=").append(modelFingerprint == null ? "none" : modelFingerprint).append('\n');
        for (Class<?> anchor : codeAnchors) {
            all.append("code=").append(codeHash(anchor)).append('\n');
        }
        return "dyad " + Dyad.VERSION + "; " + config.preset() + "; " + DictionaryFiles.sha256(all.toString()).substring(0, 12);
    }

    /**
     * A hash of the compiled {@code dev/dyad} classes beside {@code anchor} (its jar, or its classes directory in a
     * build), cached per location.
     */
    static String codeHash(Class<?> anchor) {
        CodeSource source = anchor.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return "unknown-code-source:" + anchor.getName();
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            return CODE_HASHES.computeIfAbsent(location.toString(), k -> hashClasses(location));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return "unhashable-code-source:" + source.getLocation();
        }
    }

    private static String hashClasses(Path location) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(location)) {
                List<Path> classes;
                try (Stream<Path> walk = Files.walk(location)) {
                    classes = walk.filter(p -> p.toString().endsWith(".class"))
                            .filter(p -> location.relativize(p).toString().replace('\\', '/').startsWith("dev/dyad/"))
                            .sorted(Comparator.comparing(p -> location.relativize(p).toString())).toList();
                }
                for (Path p : classes) {
                    md.update(location.relativize(p).toString().replace('\\', '/').getBytes());
                    md.update(Files.readAllBytes(p));
                }
            } else {
                try (ZipFile jar = new ZipFile(location.toFile())) {
                    List<ZipEntry> classes = new ArrayList<>();
                    jar.stream().filter(e -> e.getName().startsWith("dev/dyad/") && e.getName().endsWith(".class"))
                            .forEach(classes::add);
                    classes.sort(Comparator.comparing(ZipEntry::getName));
                    for (ZipEntry e : classes) {
                        md.update(e.getName().getBytes());
                        try (InputStream in = jar.getInputStream(e)) {
                            md.update(in.readAllBytes());
                        }
                    }
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot hash the code at " + location + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
