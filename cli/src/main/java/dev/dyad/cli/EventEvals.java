package dev.dyad.cli;

import dev.dyad.eval.HeldOutSplit;
import dev.dyad.eval.PloverEventEvaluation;
import dev.dyad.eval.PloverGsr;
import dev.dyad.eval.TripleEvaluation;
import dev.dyad.events.ModelFallbackStage;
import dev.dyad.events.RootClassifier;
import dev.dyad.input.ArticleReader;
import dev.dyad.input.IngestResult;
import dev.dyad.input.InputException;
import dev.dyad.learned.CameoRootClassifier;
import dev.dyad.learned.LabelledText;
import dev.dyad.learned.LinearModel;
import dev.dyad.learned.LinearTrainer;
import dev.dyad.learned.ModelCrossValidation;
import dev.dyad.learned.PentaClassEvaluation;
import dev.dyad.learned.PentaTraining;
import dev.dyad.learned.RootTraining;
import dev.dyad.learned.SecondOpinionStage;
import dev.dyad.learned.TrainingData;
import dev.dyad.learned.encoder.CachingEncoder;
import dev.dyad.learned.encoder.SentenceEncoder;
import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Article;
import dev.dyad.model.Event;
import dev.dyad.pipeline.Dyad;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs the event evaluations an {@link EvalEventCommands.Request} asks for, prints them, checks the floors. */
final class EventEvals {
    private static final long FOLD_SEED = 7L;
    private final EvalEventCommands.Request o;
    private final Dyad dyad;
    private final HeldOutRootClassifier heldOut;
    /** The ConfliBERT sentences and their rule coding, kept from the PentaClass evaluation for the silver examples. */
    private List<LabelledText> pentaData;
    private PentaClassEvaluation.RuleCoding pentaRules;
    private final PrintWriter out;
    private final PrintWriter err;

    EventEvals(EvalEventCommands.Request options, Dyad dyad, HeldOutRootClassifier heldOut, PrintWriter out, PrintWriter err) {
        this.o = options;
        this.dyad = dyad;
        this.heldOut = heldOut;
        this.out = out;
        this.err = err;
    }

    int run() throws IOException {
        int status = ExitCodes.OK;
        if (o.pentaclass() != null) {
            status = Math.max(status, pentaClass());
        }
        if (o.gold() != null) {
            List<Article> articles = new ArticleReader(null, LocalDate.now()).readAll(o.goldArticle().toString()).stream()
                    .filter(r -> r instanceof IngestResult.Accepted).map(r -> ((IngestResult.Accepted) r).article()).toList();
            if (articles.isEmpty()) {
                throw new InputException(o.goldArticle() + ": no article could be read");
            }
            List<TripleEvaluation.Triple> triples = articles.stream()
                    .flatMap(a -> TripleEvaluation.triples(dyad.code(a).events()).stream()).toList();
            EventEvalReport.triples(out, o.gold().getFileName().toString(),
                    TripleEvaluation.score(TripleEvaluation.readGold(o.gold()), triples), o.showMisses());
        }
        if (o.handcoded() != null) {
            handcoded();
        }
        if (o.ploverEvents() != null) {
            heldOut.use(null, "no fallback");
            List<PloverGsr.Record> records = PloverGsr.read(o.ploverEvents());
            Map<String, AnnotatedDocument> coded = new HashMap<>();
            PloverEventEvaluation.Result r = PloverEventEvaluation.score(records, rec -> coded.computeIfAbsent(rec.id(),
                    id -> dyad.code(new Article(rec.id(), rec.text(), rec.date()))));
            String file = o.ploverEvents().getFileName().toString();
            EventEvalReport.ploverEvents(out, file, r, o.showMisses(), "the rules alone");
            PloverEventEvaluation.Result[] rulesParts = parts(records, coded);
            PloverEventEvaluation.Result[] bothParts = null;
            if (o.noEvent() != null) {
                Map<String, AnnotatedDocument> withFallback = new HashMap<>();
                r = ploverWithFallback(r, withFallback);
                bothParts = parts(records, withFallback);
            }
            EventEvalReport.ploverSplit(out, rulesParts, bothParts);
            if (r.rootAccuracy() < o.minRootAccuracy()) {
                err.printf("dyad: PLOVER root-code accuracy %.3f below the floor %.3f%n", r.rootAccuracy(), o.minRootAccuracy());
                status = ExitCodes.SOME_REJECTED;
            }
        }
        return status;
    }

    /**
     * The PLOVER records coded by the rules plus the learned fallback, each record's fallback trained without it
     * (k-fold CV over the records; the "no event" sentences are in every training fold).
     */
    /** The tuning and test parts of the PLOVER records ({@link HeldOutSplit} on the record id), scored on coded documents. */
    private static PloverEventEvaluation.Result[] parts(List<PloverGsr.Record> records, Map<String, AnnotatedDocument> coded) {
        return new PloverEventEvaluation.Result[] {
            PloverEventEvaluation.score(HeldOutSplit.part(records, PloverGsr.Record::id, false), rec -> coded.get(rec.id())),
            PloverEventEvaluation.score(HeldOutSplit.part(records, PloverGsr.Record::id, true), rec -> coded.get(rec.id()))};
    }

    private PloverEventEvaluation.Result ploverWithFallback(PloverEventEvaluation.Result rulesAlone,
                                                            Map<String, AnnotatedDocument> coded) throws IOException {
        List<PloverGsr.Record> records = PloverGsr.read(o.ploverEvents());
        List<RootTraining.Example> gold = RootTraining.plover(o.ploverEvents());
        List<RootTraining.Example> none = RootTraining.noEvent(o.noEvent(), RootTraining.DEFAULT_NO_EVENT);
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
                extra.stream().map(RootTraining.Example::label).toList(), CameoRootClassifier.CLASSES, o.folds(), FOLD_SEED,
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
                coded.put(rec.id(), doc);
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
        err.printf("dyad: CAMEO root fallback evaluation (embedding + %d folds) %.1f s%n", o.folds(),
                (System.nanoTime() - t0) / 1e9);
        String setup = encoder.name() + " + " + LinearTrainer.DEFAULT.describe() + "; 21 classes (no event, roots 01-20); "
                + o.folds() + "-fold CV over the records, fold seed " + FOLD_SEED + "; + " + none.size()
                + " \"no event\" sentences of " + o.noEvent().getFileName()
                + (silver.isEmpty() ? "" : " and " + silver.size() + " silver sentences of " + o.pentaclass().getFileName()
                        + " (rule-coded root agreeing with the gold PentaClass)")
                + " in every training fold; fallback codes a root when P >= "
                + ModelFallbackStage.DEFAULT_MIN_PROBABILITY + " and above P(no event)";
        EventEvalReport.ploverFallbackSummary(out, rulesAlone, r, modelRight, byFallback[0], byFallback[1], setup);
        EventEvalReport.ploverEvents(out, o.ploverEvents().getFileName().toString(), r, o.showMisses(),
                "the rules + the learned fallback (held out)");
        return r;
    }

    /**
     * Hand-coded test sentences in the seed's gold format, each line's {@code evidence} a whole sentence: every distinct
     * sentence is coded as a one-sentence article and its triples scored (part of the held-out test split).
     */
    private void handcoded() throws IOException {
        List<TripleEvaluation.Gold> gold = TripleEvaluation.readGold(o.handcoded());
        List<TripleEvaluation.Triple> triples = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        for (TripleEvaluation.Gold g : gold) {
            if (g.evidence().isBlank()) {
                throw new InputException(o.handcoded() + ": gold line " + g.id() + " has no evidence sentence");
            }
            if (seen.add(g.evidence())) {
                triples.addAll(TripleEvaluation.triples(dyad.code(new Article("hc" + seen.size(), g.evidence(),
                        LocalDate.of(2024, 1, 15))).events()));
            }
        }
        EventEvalReport.triples(out, o.handcoded().getFileName().toString() + " (" + seen.size()
                + " hand-coded sentences, test split)", TripleEvaluation.score(gold, triples), o.showMisses());
    }

    private SentenceEncoder encoder() {
        SentenceEncoder encoder = PentaTraining.defaultEncoder();
        return o.embeddingCache() != null ? new CachingEncoder(encoder, o.embeddingCache()) : encoder;
    }

    private int pentaClass() throws IOException {
        List<LabelledText> data = TrainingData.classTsv(o.pentaclass());
        List<LabelledText> extra = o.pentaclassExtra() == null ? List.of()
                : TrainingData.plover(o.pentaclassExtra(), dyad.dictionaries().ontology());
        SentenceEncoder encoder = encoder();
        PentaClassEvaluation.RuleCoding rules = PentaClassEvaluation.ruleClasses(dyad, data);
        pentaData = data;
        pentaRules = rules;
        LinearTrainer trainer = LinearTrainer.DEFAULT;
        long t0 = System.nanoTime();
        PentaClassEvaluation.Split split = PentaClassEvaluation.run(data, rules, extra, encoder, trainer, o.folds(), FOLD_SEED,
                SecondOpinionStage.DEFAULT_VETO, t -> HeldOutSplit.test(t.origin()));
        PentaClassEvaluation.Result r = split.all();
        if (encoder instanceof CachingEncoder c) {
            c.save();
        }
        String setup = encoder.name() + " + " + trainer.describe() + "; " + o.folds() + "-fold CV, fold seed " + FOLD_SEED
                + (extra.isEmpty() ? "" : "; + " + extra.size() + " PLOVER records in every training fold");
        EventEvalReport.pentaClass(out, o.pentaclass().getFileName().toString(), r, setup);
        EventEvalReport.pentaClassSplit(out, split);
        err.printf("dyad: PentaClass evaluation (embedding + %d folds) %.1f s%n", o.folds(), (System.nanoTime() - t0) / 1e9);
        if (r.model().macroF1() < o.minMacroF1()) {
            err.printf("dyad: PentaClass model macro-F1 %.3f below the floor %.3f%n", r.model().macroF1(), o.minMacroF1());
            return ExitCodes.SOME_REJECTED;
        }
        return ExitCodes.OK;
    }
}
