package dev.dyad.learned;

import dev.dyad.learned.encoder.MiniLmEncoder;
import dev.dyad.learned.encoder.SentenceEncoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Retrains the committed weights: ConfliBERT's CAMEO class file plus the PLOVER gold records (event type
 * → CAMEO root → PentaClass), embedded with {@link SentenceEncoder}, trained with {@link LinearTrainer}.
 * {@code dyad train} calls {@link #train}.
 */
public final class PentaTraining {
    private PentaTraining() {
    }

    /** Reads both files, returns the labelled examples (ConfliBERT first). */
    public static List<LabelledText> data(Path classTsv, Path ploverJson, dev.dyad.ontology.CameoOntology ontology)
            throws IOException {
        List<LabelledText> all = new ArrayList<>(TrainingData.classTsv(classTsv));
        if (ploverJson != null) {
            all.addAll(TrainingData.plover(ploverJson, ontology));
        }
        return all;
    }

    public static LinearModel train(List<LabelledText> data, SentenceEncoder encoder, LinearTrainer trainer,
                                    List<String> dataDescription) {
        List<float[]> x = encoder.encodeAll(data.stream().map(LabelledText::text).toList());
        return trainer.train(x, data.stream().map(LabelledText::label).toList(), header("PentaClass", encoder, trainer,
                data.size(), dataDescription, "--out", "0 neutral, 1 verbal cooperation, 2 material cooperation, "
                        + "3 verbal conflict, 4 material conflict"));
    }

    /** The provenance lines of a weights file: what model, trainer, data, Java, how to retrain, which classes. */
    static List<String> header(String kind, SentenceEncoder encoder, LinearTrainer trainer, int examples,
                               List<String> data, String retrainOption, String classes) {
        List<String> header = new ArrayList<>();
        header.add("dyad " + kind + " model: " + encoder.name() + " sentence embeddings + multinomial logistic regression");
        header.add(trainer.headerLine(examples));
        data.forEach(d -> header.add("data: " + d));
        header.add("java " + System.getProperty("java.version") + "; retrain: dyad train " + retrainOption + " <file>");
        header.add("classes: " + classes);
        return header;
    }

    /** Description of a data file for the header: name, lines/records, SHA-256 prefix. */
    public static String describe(Path file, int examples) throws IOException {
        return file.getFileName() + " (" + examples + " examples, sha256 "
                + dev.dyad.dict.DictionaryFiles.sha256(Files.readString(file)).substring(0, 12) + ")";
    }

    public static SentenceEncoder defaultEncoder() {
        return new MiniLmEncoder();
    }
}
