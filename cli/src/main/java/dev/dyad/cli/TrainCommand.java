package dev.dyad.cli;

import dev.dyad.learned.LabelledText;
import dev.dyad.learned.LinearModel;
import dev.dyad.learned.LinearTrainer;
import dev.dyad.learned.PentaTraining;
import dev.dyad.learned.TrainingData;
import dev.dyad.ontology.CameoOntology;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Retrain the PentaClass second-opinion model (MiniLM embeddings + logistic regression) and write its weights.")
final class TrainCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "weights file to write (the committed one: learned/src/main/resources/dyad/learned/pentaclass-minilm.weights)")
    Path out;

    @Option(names = "--class-tsv", paramLabel = "TSV", defaultValue = "../shared/data/conflibert/cameo_class_train.tsv",
            description = "text<TAB>PentaClass sentences (default ${DEFAULT-VALUE})")
    Path classTsv;

    @Option(names = "--plover", paramLabel = "JSON", defaultValue = "../shared/data/plover/PLOVER_GSR_CAMEO.json",
            description = "PLOVER gold records (default ${DEFAULT-VALUE}); event type → CAMEO root → PentaClass")
    Path plover;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        for (Path p : new Path[] {classTsv, plover}) {
            if (!p.toFile().isFile()) {
                throw new dev.dyad.ingest.InputException(p + ": no such file");
            }
        }
        CameoOntology ontology = CameoOntology.builtIn();
        List<LabelledText> tsv = TrainingData.classTsv(classTsv);
        List<LabelledText> gsr = TrainingData.plover(plover, ontology);
        List<LabelledText> all = new ArrayList<>(tsv);
        all.addAll(gsr);
        long t0 = System.nanoTime();
        LinearModel m = PentaTraining.train(all, PentaTraining.defaultEncoder(), LinearTrainer.DEFAULT,
                List.of(PentaTraining.describe(classTsv, tsv.size()), PentaTraining.describe(plover, gsr.size())));
        m.write(out);
        spec.commandLine().getErr().printf("dyad: trained on %d sentences in %.1f s; wrote %s%n", all.size(),
                (System.nanoTime() - t0) / 1e9, out);
        return ExitCodes.OK;
    }
}
