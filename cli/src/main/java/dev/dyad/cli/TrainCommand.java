package dev.dyad.cli;

import dev.dyad.learned.LabelledText;
import dev.dyad.learned.LinearModel;
import dev.dyad.learned.LinearTrainer;
import dev.dyad.learned.PentaTraining;
import dev.dyad.learned.RootTraining;
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
        description = "Retrain the learned models (MiniLM embeddings + logistic regression) and write their weights: "
                + "the PentaClass second opinion (--out) and the CAMEO root fallback (--root-out).")
final class TrainCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "FILE",
            description = "PentaClass weights to write (the committed ones: learned/src/main/resources/dyad/learned/pentaclass-minilm.weights)")
    Path out;

    @Option(names = "--root-out", paramLabel = "FILE",
            description = "CAMEO root weights to write (the committed ones: learned/src/main/resources/dyad/learned/cameo-root-minilm.weights)")
    Path rootOut;

    @Option(names = "--no-event", paramLabel = "JSONL", defaultValue = "../shared/bench/reuters21578.jsonl",
            description = "articles whose sentences teach the root model \"no event\" (default ${DEFAULT-VALUE})")
    Path noEvent;

    @Option(names = "--no-event-sentences", paramLabel = "N", defaultValue = "" + RootTraining.DEFAULT_NO_EVENT,
            description = "how many of their sentences (default ${DEFAULT-VALUE})")
    int noEventSentences;

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
        if (out == null && rootOut == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give --out, --root-out or both");
        }
        for (Path p : rootOut == null ? new Path[] {classTsv, plover} : new Path[] {classTsv, plover, noEvent}) {
            if (!p.toFile().isFile()) {
                throw new dev.dyad.input.InputException(p + ": no such file");
            }
        }
        if (out != null) {
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
        }
        if (rootOut != null) {
            List<RootTraining.Example> gsr = RootTraining.plover(plover);
            List<RootTraining.Example> none = RootTraining.noEvent(noEvent, noEventSentences);
            long t0 = System.nanoTime();
            List<RootTraining.Example> silver = RootTraining.silver(
                    dev.dyad.pipeline.SharedPipeline.get(dev.dyad.pipeline.PipelineConfig.rulesOnly()),
                    TrainingData.classTsv(classTsv));
            List<RootTraining.Example> all = new ArrayList<>(gsr);
            all.addAll(none);
            all.addAll(silver);
            LinearModel m = RootTraining.train(all, PentaTraining.defaultEncoder(), LinearTrainer.DEFAULT,
                    List.of(PentaTraining.describe(plover, gsr.size()), PentaTraining.describe(noEvent, none.size())
                            + " first sentences as no event", PentaTraining.describe(classTsv, silver.size())
                            + " silver: rule-coded root agreeing with the gold PentaClass"));
            m.write(rootOut);
            spec.commandLine().getErr().printf("dyad: trained the root model on %d sentences in %.1f s; wrote %s%n",
                    all.size(), (System.nanoTime() - t0) / 1e9, rootOut);
        }
        return ExitCodes.OK;
    }
}
