package dev.dyad.learned;

import dev.dyad.dict.DictionaryFiles;
import dev.dyad.events.RootClassifier;
import dev.dyad.learned.encoder.MiniLmEncoder;
import dev.dyad.learned.encoder.RecentVectors;
import dev.dyad.learned.encoder.SentenceEncoder;
import dev.dyad.ontology.CameoOntology;
import dev.dyad.pipeline.LearnedModels;
import dev.dyad.stage.Stage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The committed learned models — the CAMEO-root fallback and the PentaClass second opinion — over one shared MiniLM
 * encoder (one ONNX model in memory; a sentence both read is embedded once). Registered for {@link java.util.ServiceLoader}
 * in {@code META-INF/services}, so the core's {@code PipelineFactory} finds it when a configuration needs models.
 * The encoder loads on first use, not on construction: {@link #fingerprint()} costs only reading the weights files.
 */
public final class MiniLmModels implements LearnedModels {
    /** Sentences remembered per process: a few articles' worth per worker thread, a few MB. */
    static final int RECENT_SENTENCES = 2048;
    private static final String PENTACLASS_WEIGHTS = "/dyad/learned/pentaclass-minilm.weights";
    private final String pentaclassWeights;
    private final String rootWeights;
    private volatile SentenceEncoder encoder;

    /** The committed weights (what {@link java.util.ServiceLoader} instantiates). */
    public MiniLmModels() {
        this(PENTACLASS_WEIGHTS, CameoRootClassifier.WEIGHTS);
    }

    /** Other weights on the class path (tests: a changed weights file changes the fingerprint). */
    MiniLmModels(String pentaclassWeights, String rootWeights) {
        this.pentaclassWeights = pentaclassWeights;
        this.rootWeights = rootWeights;
    }

    @Override
    public String fingerprint() {
        StringBuilder all = new StringBuilder(MiniLmEncoder.NAME).append('\n');
        all.append("pentaclass=").append(sha256OfResource(pentaclassWeights)).append('\n');
        all.append("cameo-root=").append(sha256OfResource(rootWeights)).append('\n');
        return DictionaryFiles.sha256(all.toString());
    }

    @Override
    public RootClassifier rootClassifier() {
        return new CameoRootClassifier(encoder(), LinearModel.resource(rootWeights));
    }

    @Override
    public Stage secondOpinion(CameoOntology ontology, double vetoBelow) {
        return new SecondOpinionStage(new PentaClassifier(encoder(), LinearModel.resource(pentaclassWeights)), ontology,
                vetoBelow);
    }

    private SentenceEncoder encoder() {
        SentenceEncoder e = encoder;
        if (e == null) {
            synchronized (this) {
                if (encoder == null) {
                    encoder = new RecentVectors(new MiniLmEncoder(), RECENT_SENTENCES);
                }
                e = encoder;
            }
        }
        return e;
    }

    private static String sha256OfResource(String resource) {
        try (InputStream in = MiniLmModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("model weights " + resource + " are missing from the class path");
            }
            return DictionaryFiles.sha256(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model weights " + resource + ": " + e.getMessage(), e);
        }
    }
}
