package dev.dyad.cli;

import dev.dyad.eval.HeldOutSplit;
import dev.dyad.learned.CalibratedTraining;
import dev.dyad.learned.ExtraSentences;
import dev.dyad.learned.LabelledText;
import dev.dyad.learned.LinearTrainer;
import dev.dyad.learned.PentaClass;
import dev.dyad.learned.PentaTraining;
import dev.dyad.learned.RootTraining;
import dev.dyad.learned.encoder.SentenceEncoder;
import dev.dyad.learned.TrainingData;
import dev.dyad.learned.encoder.CachingEncoder;
import dev.dyad.ontology.CameoOntology;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Retrain the learned models (MiniLM embeddings + logistic regression, temperature-calibrated) and "
                + "write their weights: the PentaClass second opinion (--out) and the CAMEO root fallback (--root-out). "
                + "The test part of the held-out split (HeldOutSplit) is never trained on; its figures are reported.")
final class TrainCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "FILE",
            description = "PentaClass weights to write (the committed ones: learned/src/main/resources/dyad/learned/pentaclass-minilm.weights)")
    Path out;

    @Option(names = "--root-out", paramLabel = "FILE",
            description = "CAMEO root weights to write (the committed ones: learned/src/main/resources/dyad/learned/cameo-root-minilm.weights)")
    Path rootOut;

    @Option(names = "--report", paramLabel = "FILE",
            description = "write the tune/test figures, calibration error and reliability tables (Markdown) here")
    Path report;

    @Option(names = "--reuters", paramLabel = "JSONL", defaultValue = "../shared/bench/reuters21578.jsonl",
            description = "the Reuters-21578 articles the silver sentences point into (default ${DEFAULT-VALUE})")
    Path reuters;

    @Option(names = "--silver", paramLabel = "TSV", defaultValue = "learned/data/silver.tsv",
            description = "silver sentences: references to rule-coded Reuters and ConfliBERT sentences (default ${DEFAULT-VALUE}; learned/data/FORMAT.md)")
    Path silver;

    @Option(names = "--written", paramLabel = "TSV", defaultValue = "learned/data/written.tsv",
            description = "sentences written and coded for dyad (default ${DEFAULT-VALUE})")
    Path written;

    @Option(names = "--no-event-sentences", paramLabel = "N", defaultValue = "" + RootTraining.DEFAULT_NO_EVENT,
            description = "at most this many silver no-event sentences for the root model (default ${DEFAULT-VALUE})")
    int noEventSentences;

    @Option(names = "--neutral-sentences", paramLabel = "N", defaultValue = "300",
            description = "at most this many silver no-event sentences as 'neutral' for the PentaClass model (default ${DEFAULT-VALUE})")
    int neutralSentences;

    @Option(names = "--class-tsv", paramLabel = "TSV", defaultValue = "../shared/data/conflibert/cameo_class_train.tsv",
            description = "text<TAB>PentaClass sentences (default ${DEFAULT-VALUE})")
    Path classTsv;

    @Option(names = "--plover", paramLabel = "JSON", defaultValue = "../shared/data/plover/PLOVER_GSR_CAMEO.json",
            description = "PLOVER gold records (default ${DEFAULT-VALUE}); event type → CAMEO root → PentaClass")
    Path plover;

    @Option(names = "--embedding-cache", paramLabel = "FILE", description = "reuse sentence embeddings kept in this file")
    Path embeddingCache;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (out == null && rootOut == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give --out, --root-out or both");
        }
        for (Path p : new Path[] {classTsv, plover, reuters, silver, written}) {
            if (!p.toFile().isFile()) {
                throw new dev.dyad.input.InputException(p + ": no such file");
            }
        }
        long t0 = System.nanoTime();
        CameoOntology ontology = CameoOntology.builtIn();
        List<RootTraining.Example> silverAll = ExtraSentences.silver(silver, reuters, classTsv);
        List<RootTraining.Example> writtenAll = ExtraSentences.written(written);
        List<RootTraining.Example> silverEvents = silverAll.stream().filter(e -> e.label() > 0).toList();
        List<RootTraining.Example> silverNone = silverAll.stream().filter(e -> e.label() == 0).toList();
        List<RootTraining.Example> gsr = RootTraining.plover(plover);
        SentenceEncoder encoder = PentaTraining.defaultEncoder();
        if (embeddingCache != null) {
            encoder = new CachingEncoder(encoder, embeddingCache);
        }
        StringBuilder md = new StringBuilder();
        if (out != null) {
            List<RootTraining.Example> train = new ArrayList<>();
            List<RootTraining.Example> test = new ArrayList<>();
            List<LabelledText> tsv = TrainingData.classTsv(classTsv);
            for (LabelledText t : tsv) {
                (HeldOutSplit.test(t.origin()) ? test : train).add(new RootTraining.Example(t.text(), t.label().code(), t.origin()));
            }
            for (RootTraining.Example e : gsr) {
                (HeldOutSplit.test(e.origin()) ? test : train).add(penta(e, ontology));
            }
            int gold = train.size();
            // ConfliBERT silver sentences are already in the class file with their gold class
            silverEvents.stream().filter(e -> e.origin().startsWith("reuters")).forEach(e -> train.add(penta(e, ontology)));
            silverNone.stream().limit(neutralSentences).forEach(e -> train.add(penta(e, ontology)));
            writtenAll.forEach(e -> train.add(penta(e, ontology)));
            String data = String.format("Training: %d gold sentences (tuning parts of %s and of the PLOVER records), %d silver "
                    + "and %d written (`%s`, `%s`); test: %d gold sentences (test parts).", gold, classTsv.getFileName(),
                    train.size() - gold - writtenAll.size(), writtenAll.size(), silver, written, test.size());
            CalibratedTraining.Outcome o = CalibratedTraining.train(train, test,
                    Arrays.stream(PentaClass.values()).map(PentaClass::label).toList(), encoder, LinearTrainer.DEFAULT,
                    header("PentaClass", encoder, train.size(), data, "--out",
                            "0 neutral, 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict"));
            o.model().write(out);
            md.append(CalibratedTraining.report("PentaClass second opinion", o, data)).append('\n');
            spec.commandLine().getErr().printf("dyad: PentaClass model on %d sentences, temperature %.3f; wrote %s%n",
                    train.size(), o.temperature(), out);
        }
        if (rootOut != null) {
            List<RootTraining.Example> train = new ArrayList<>();
            List<RootTraining.Example> test = new ArrayList<>();
            gsr.forEach(e -> (HeldOutSplit.test(e.origin()) ? test : train).add(e));
            int gold = train.size();
            train.addAll(silverEvents);
            silverNone.stream().limit(noEventSentences).forEach(train::add);
            train.addAll(writtenAll);
            String data = String.format("Training: %d gold sentences (tuning part of the PLOVER records), %d silver "
                    + "(rule-coded: ConfliBERT tuning sentences whose rule root agrees with their gold class, Reuters-21578 "
                    + "events and no-event sentences; `%s`) and %d written (`%s`); test: %d gold sentences (PLOVER test part).",
                    gold, train.size() - gold - writtenAll.size(), silver, writtenAll.size(), written, test.size());
            List<String> classes = new ArrayList<>(List.of("no event"));
            for (int r = 1; r <= 20; r++) {
                classes.add(String.format("%02d", r));
            }
            CalibratedTraining.Outcome o = CalibratedTraining.train(train, test, classes, encoder, LinearTrainer.DEFAULT,
                    header("CAMEO root", encoder, train.size(), data, "--root-out", "0 no event, 1-20 CAMEO root 01-20"));
            o.model().write(rootOut);
            md.append(CalibratedTraining.report("CAMEO root fallback", o, data)).append('\n');
            spec.commandLine().getErr().printf("dyad: CAMEO root model on %d sentences, temperature %.3f; wrote %s%n",
                    train.size(), o.temperature(), rootOut);
        }
        if (encoder instanceof CachingEncoder c) {
            c.save();
        }
        spec.commandLine().getErr().printf("dyad: trained in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        if (report != null) {
            Files.writeString(report, md, StandardCharsets.UTF_8);
        } else {
            spec.commandLine().getOut().print(md);
        }
        return ExitCodes.OK;
    }

    private static RootTraining.Example penta(RootTraining.Example e, CameoOntology ontology) {
        int c = e.label() == 0 ? PentaClass.NEUTRAL.code() : ontology.get(String.format("%02d", e.label())).pentaClass();
        return new RootTraining.Example(e.text(), c, e.origin());
    }

    private static List<String> header(String kind, SentenceEncoder encoder, int examples, String data, String option,
                                       String classes) {
        List<String> h = new ArrayList<>();
        h.add("dyad " + kind + " model: " + encoder.name() + " sentence embeddings + multinomial logistic regression");
        h.add(LinearTrainer.DEFAULT.headerLine(examples));
        h.add("data: " + data);
        h.add("java " + System.getProperty("java.version") + "; retrain: dyad train " + option + " <file>");
        h.add("classes: " + classes);
        return h;
    }
}
