package dev.dyad.dict;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads dyad's line-oriented dictionary files: {@code #} starts a comment, blank lines are skipped,
 * fields are separated by {@code |}. Files come from the classpath ({@code /dyad/dictionaries/...})
 * errors name the file and line.
 */
public final class DictionaryFiles {
    public static final String BUILT_IN = "/dyad/dictionaries/";

    private DictionaryFiles() {
    }

    /** Lines of a built-in resource, e.g. {@code resource("actors/countries.txt")}. */
    public static List<DictionaryLine> resource(String relative) {
        String name = BUILT_IN + relative;
        try (InputStream in = DictionaryFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new DictionaryException(name + ": built-in dictionary missing from the classpath");
            }
            return parse(relative, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
    }

    /** Raw text of a built-in resource (for hashing into provenance). */
    public static String resourceText(String relative) {
        try (InputStream in = DictionaryFiles.class.getResourceAsStream(BUILT_IN + relative)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<DictionaryLine> parse(String file, String text) {
        List<DictionaryLine> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
            String raw;
            int n = 0;
            while ((raw = r.readLine()) != null) {
                n++;
                String body = raw;
                String comment = "";
                int hash = raw.indexOf('#');
                if (hash >= 0) {
                    body = raw.substring(0, hash);
                    comment = raw.substring(hash + 1).trim();
                }
                if (body.isBlank()) {
                    continue;
                }
                List<String> fields = new ArrayList<>(Arrays.stream(body.split("\\|", -1)).map(String::strip).toList());
                out.add(new DictionaryLine(file, n, List.copyOf(fields), comment));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
