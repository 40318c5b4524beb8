package dev.dyad.ontology;

import dev.dyad.dict.DictionaryException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The CAMEO code table ({@code cameo/cameo.tsv}, derived by {@code tools/derive_cameo.py}).
 * Immutable and thread-safe.
 */
public final class CameoOntology {
    private static final String RESOURCE = "/dyad/dictionaries/cameo/cameo.tsv";
    private final Map<String, CameoCode> codes;

    private CameoOntology(Map<String, CameoCode> codes) {
        this.codes = Map.copyOf(codes);
    }

    public static CameoOntology builtIn() {
        try (InputStream in = CameoOntology.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new DictionaryException(RESOURCE + ": missing from the classpath");
            }
            return parse("cameo/cameo.tsv", new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CameoOntology parse(String file, BufferedReader r) throws IOException {
        Map<String, CameoCode> codes = new LinkedHashMap<>();
        String line = r.readLine(); // header
        int n = 1;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 7) {
                throw new DictionaryException(file, n, "expected 7 tab-separated columns, found " + f.length);
            }
            try {
                codes.put(f[0], new CameoCode(f[0], f[1], Double.parseDouble(f[2]), Integer.parseInt(f[3]),
                        Integer.parseInt(f[4]), f[5].isEmpty() ? null : f[5], f[6].isEmpty() ? null : f[6]));
            } catch (NumberFormatException e) {
                throw new DictionaryException(file, n, "bad number: " + e.getMessage());
            }
        }
        return new CameoOntology(codes);
    }

    /**
     * This table plus codes it lacks (imported dictionaries such as PETRARCH's validation set use WEIS
     * and ad hoc codes): each added code takes the QuadClass, PentaClass and Goldstein score of its
     * CAMEO root when the first two characters are one, else 0, and has no PLOVER type.
     */
    public CameoOntology withExtraCodes(java.util.Collection<String> extra) {
        Map<String, CameoCode> all = new LinkedHashMap<>(codes);
        for (String c : extra) {
            if (all.containsKey(c) || c.length() < 2) {
                continue;
            }
            CameoCode root = codes.get(c.substring(0, 2));
            all.put(c, new CameoCode(c, "imported code " + c, root == null ? 0 : root.goldstein(),
                    root == null ? 0 : root.quadClass(), root == null ? 0 : root.pentaClass(), null, null));
        }
        return new CameoOntology(all);
    }

    public CameoCode get(String code) {
        return codes.get(code);
    }

    public boolean contains(String code) {
        return codes.containsKey(code);
    }

    public Collection<CameoCode> all() {
        return codes.values();
    }
}
