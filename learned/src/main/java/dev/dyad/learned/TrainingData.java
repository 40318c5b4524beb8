package dev.dyad.learned;

import dev.dyad.eval.PloverGsr;
import dev.dyad.ontology.CameoOntology;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Readers for the labelled sentence files in {@code ../shared}: the ConfliBERT CAMEO class file
 * ({@code text<TAB>label}, label 0-4) and the PLOVER gold records, whose event type gives the PentaClass.
 */
public final class TrainingData {
    private TrainingData() {
    }

    /** Reads {@code text<TAB>label} lines; a malformed line is an error naming file and line. */
    public static List<LabelledText> classTsv(Path file) throws IOException {
        List<LabelledText> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            if (tab <= 0) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected text<TAB>label");
            }
            try {
                PentaClass label = PentaClass.of(Integer.parseInt(line.substring(tab + 1).trim()));
                out.add(new LabelledText(line.substring(0, tab).trim(), label, file.getFileName() + ":" + (i + 1)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /**
     * PLOVER gold records; the PentaClass is that of the CAMEO root their (PLOVER 0.5) event type stands for
     * ({@link PloverGsr#ROOTS}), so AGREE/CONSULT/SUPPORT → 1, COOPERATE/AID/RETREAT/CONCEDE → 2,
     * DEMAND/DISAPPROVE/INVESTIGATE/REJECT/THREATEN/SANCTION (CAMEO 16) → 3, PROTEST/MOBILIZE/COERCE/ASSAULT/FIGHT → 4.
     */
    public static List<LabelledText> plover(Path json, CameoOntology ontology) throws IOException {
        List<LabelledText> out = new ArrayList<>();
        for (PloverGsr.Record r : PloverGsr.read(json)) {
            String root = r.roots().iterator().next();
            out.add(new LabelledText(r.text(), PentaClass.of(ontology.get(root).pentaClass()), r.id()));
        }
        return out;
    }
}
