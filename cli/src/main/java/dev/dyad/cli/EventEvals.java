package dev.dyad.cli;

import dev.dyad.eval.PloverEventEvaluation;
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
    private final PrintWriter out;
    private final PrintWriter err;

    EventEvals(EvalCommand options, Dyad dyad, PrintWriter out, PrintWriter err) {
        this.o = options;
        this.dyad = dyad;
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
            PloverEventEvaluation.Result r = new PloverEventEvaluation(dyad).run(o.ploverEvents);
            EventEvalReport.ploverEvents(out, o.ploverEvents.getFileName().toString(), r, o.showMisses);
            if (r.rootAccuracy() < o.minRootAccuracy) {
                err.printf("dyad: PLOVER root-code accuracy %.3f below the floor %.3f%n", r.rootAccuracy(), o.minRootAccuracy);
                status = ExitCodes.SOME_REJECTED;
            }
        }
        return status;
    }

    private int pentaClass() throws IOException {
        List<LabelledText> data = TrainingData.classTsv(o.pentaclass);
        List<LabelledText> extra = o.pentaclassExtra == null ? List.of()
                : TrainingData.plover(o.pentaclassExtra, dyad.dictionaries().ontology());
        SentenceEncoder encoder = PentaTraining.defaultEncoder();
        if (o.embeddingCache != null) {
            encoder = new CachingEncoder(encoder, o.embeddingCache);
        }
        PentaClassEvaluation.RuleCoding rules = PentaClassEvaluation.ruleClasses(dyad, data);
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
