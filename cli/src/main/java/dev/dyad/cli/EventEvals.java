package dev.dyad.cli;

import dev.dyad.eval.PloverEventEvaluation;
import dev.dyad.eval.PloverGsr;
import dev.dyad.events.ModelFallbackStage;
import dev.dyad.events.RootClassifier;
import dev.dyad.learned.CameoRootClassifier;
import dev.dyad.learned.LinearModel;
import dev.dyad.learned.ModelCrossValidation;
import dev.dyad.learned.RootTraining;
import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Event;
import java.util.HashMap;
import java.util.Map;
import dev.dyad.eval.TripleEvaluation;
import dev.dyad.ingest.ArticleReader;
import dev.dyad.ingest.IngestResult;
import dev.dyad.ingest.InputException;
import dev.dyad.learned.LabelledText;
import dev.dyad.learned.LinearTrainer;
import dev.dyad.learned.PentaTraining;
import dev.dyad.learned.SecondOpinionStage;
import dev.dyad.learned.SentenceEncoder;
import dev.dyad.learned.TrainingData;
import dev.dyad.learned.eval.PentaClassEvaluation;
import dev.dyad.learned.impl.CachingEncoder;
import dev.dyad.model.Article;
import dev.dyad.pipeline.Dyad;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

/** Runs the event evaluations {@link EvalCommand}'s options ask for, prints them, checks the floors. */
final class EventEvals {
    private static final long FOLD_SEED = 7L;
    private final EvalCommand o;
    private final Dyad dyad;
    private final HeldOutRootClassifier heldOut;
    /** The ConfliBERT sentences and their rule coding, kept from the PentaClass evaluation for the silver examples. */
    private List<LabelledText> pentaData;
    private PentaClassEvaluation.RuleCoding pentaRules;
    private final PrintWriter out;
    private final PrintWriter err;

    EventEvals(EvalCommand options, Dyad dyad, HeldOutRootClassifier heldOut, PrintWriter out, PrintWriter err) {
        this.o = options;
        this.dyad = dyad;
        this.heldOut = heldOut;
        this.out = out;
        this.err = err;
    }

    int run() throws IOException {
        int status = ExitCodes.OK;
        if (o.pentaclass != null) {
            status = Math.max(status, pentaClass());
        }
        if (o.gold != null) {
            List<Article> articles = new ArticleReader(null, LocalDate.now()).readAll(o.goldArticle.toString()).stream()
                    .filter(r -> r instanceof IngestResult.Accepted).map(r -> ((IngestResult.Accepted) r).article()).toList();
            if (articles.isEmpty()) {
                throw new InputException(o.goldArticle + ": no article could be read");
            }
            List<TripleEvaluation.Triple> triples = articles.stream()
                    .flatMap(a -> TripleEvaluation.triples(dyad.code(a).events()).stream()).toList();
            EventEvalReport.triples(out, o.gold.getFileName().toString(),
                    TripleEvaluation.score(TripleEvaluation.readGold(o.gold), triples), o.showMisses);
        }
        if (o.ploverEvents != null) {
            heldOut.use(null, "no fallback");
            PloverEventEvaluation.Result r = new PloverEventEvaluation(dyad).run(o.ploverEvents);
            String file = o.ploverEvents.getFileName().toString();
            EventEvalReport.ploverEvents(out, file, r, o.showMisses, "the rules alone");
            if (o.noEvent != null) {
                r = ploverWithFallback(r);
            }
            if (r.rootAccuracy() < o.minRootAccuracy) {
                err.printf("dyad: PLOVER root-code accuracy %.3f below the floor %.3f%n", r.rootAccuracy(), o.minRootAccuracy);
                status = ExitCodes.SOME_REJECTED;
            }
        }
        return status;
    }

    /**
     * The PLOVER records coded by the rules plus the learned fallback, each record's fallback trained without it
     * (k-fold CV over the records; the "no event" sentences are in every training fold).
     */
    private PloverEventEvaluation.Result ploverWithFallback(PloverEventEvaluation.Result rulesAlone) throws IOException {
        List<PloverGsr.Record> records = PloverGsr.read(o.ploverEvents);
        List<RootTraining.Example> gold = RootTraining.plover(o.ploverEvents);
        List<RootTraining.Example> none = RootTraining.noEvent(o.noEvent, RootTraining.DEFAULT_NO_EVENT);
        // the PentaClass evaluation has coded the ConfliBERT sentences with the rules already
        List<RootTraining.Example> silver = pentaRules == null ? List.of()
                : RootTraining.silver(pentaData, pentaRules);
        List<RootTraining.Example> extra = new java.util.ArrayList<>(none);
        extra.addAll(silver);
        SentenceEncoder encoder = encoder();
        long t0 = System.nanoTime();
        List<float[]> x = encoder.encodeAll(gold.stream().map(RootTraining.Example::text).toList());
        List<float[]> nx = encoder.encodeAll(extra.stream().map(RootTraining.Example::text).toList());
        if (encoder instanceof CachingEncoder c) {
            c.save();
        }
        List<double[]> p = ModelCrossValidation.predict(x, gold.stream().map(RootTraining.Example::label).toList(), nx,
                extra.stream().map(RootTraining.Example::label).toList(), CameoRootClassifier.CLASSES, o.folds, FOLD_SEED,
                LinearTrainer.DEFAULT);
        Map<String, double[]> heldOutById = new HashMap<>();
        int modelRight = 0;
        for (int i = 0; i < records.size(); i++) {
            heldOutById.put(records.get(i).id(), p.get(i));
            int top = LinearModel.argmax(p.get(i));
            modelRight += top != RootClassifier.NO_EVENT && records.get(i).roots().contains(String.format("%02d", top)) ? 1 : 0;
        }
        int[] byFallback = new int[2];
        PloverEventEvaluation.Result r = PloverEventEvaluation.score(records, rec -> {
            heldOut.use(heldOutById.get(rec.id()), "held-out fold model");
            try {
                AnnotatedDocument doc = dyad.code(new Article(rec.id(), rec.text(), rec.date()));
                Event main = PloverEventEvaluation.mainEvent(doc.events());
                if (main != null && main.rule().startsWith("model:")) {
                    byFallback[0]++;
                    byFallback[1] += rec.roots().contains(main.cameo().substring(0, 2)) ? 1 : 0;
                }
                return doc;
            } finally {
                heldOut.use(null, "no fallback");
            }
        });
        err.printf("dyad: CAMEO root fallback evaluation (embedding + %d folds) %.1f s%n", o.folds,
                (System.nanoTime() - t0) / 1e9);
        String setup = encoder.name() + " + " + LinearTrainer.DEFAULT.describe() + "; 21 classes (no event, roots 01-20); "
                + o.folds + "-fold CV over the records, fold seed " + FOLD_SEED + "; + " + none.size()
                + " \"no event\" sentences of " + o.noEvent.getFileName()
                + (silver.isEmpty() ? "" : " and " + silver.size() + " silver sentences of " + o.pentaclass.getFileName()
                        + " (rule-coded root agreeing with the gold PentaClass)")
                + " in every training fold; fallback codes a root when P >= "
                + ModelFallbackStage.DEFAULT_MIN_PROBABILITY + " and above P(no event)";
        EventEvalReport.ploverFallbackSummary(out, rulesAlone, r, modelRight, byFallback[0], byFallback[1], setup);
        EventEvalReport.ploverEvents(out, o.ploverEvents.getFileName().toString(), r, o.showMisses,
                "the rules + the learned fallback (held out)");
        return r;
    }

    private SentenceEncoder encoder() {
        SentenceEncoder encoder = PentaTraining.defaultEncoder();
        return o.embeddingCache != null ? new CachingEncoder(encoder, o.embeddingCache) : encoder;
    }

    private int pentaClass() throws IOException {
        List<LabelledText> data = TrainingData.classTsv(o.pentaclass);
        List<LabelledText> extra = o.pentaclassExtra == null ? List.of()
                : TrainingData.plover(o.pentaclassExtra, dyad.dictionaries().ontology());
        SentenceEncoder encoder = encoder();
        PentaClassEvaluation.RuleCoding rules = PentaClassEvaluation.ruleClasses(dyad, data);
        pentaData = data;
        pentaRules = rules;
        LinearTrainer trainer = LinearTrainer.DEFAULT;
        long t0 = System.nanoTime();
        PentaClassEvaluation.Result r = PentaClassEvaluation.run(data, rules, extra, encoder, trainer, o.folds, FOLD_SEED,
                SecondOpinionStage.DEFAULT_VETO);
        if (encoder instanceof CachingEncoder c) {
            c.save();
        }
        String setup = encoder.name() + " + " + trainer.describe() + "; " + o.folds + "-fold CV, fold seed " + FOLD_SEED
                + (extra.isEmpty() ? "" : "; + " + extra.size() + " PLOVER records in every training fold");
        EventEvalReport.pentaClass(out, o.pentaclass.getFileName().toString(), r, setup);
        err.printf("dyad: PentaClass evaluation (embedding + %d folds) %.1f s%n", o.folds, (System.nanoTime() - t0) / 1e9);
        if (r.model().macroF1() < o.minMacroF1) {
            err.printf("dyad: PentaClass model macro-F1 %.3f below the floor %.3f%n", r.model().macroF1(), o.minMacroF1);
            return ExitCodes.SOME_REJECTED;
        }
        return ExitCodes.OK;
    }
}
