package dev.dyad.spark;

import dev.dyad.input.ArticleReader;
import dev.dyad.input.IngestResult;
import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Article;
import dev.dyad.model.Event;
import dev.dyad.output.Json;
import dev.dyad.pipeline.PipelineConfig;
import dev.dyad.pipeline.SharedPipeline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import scala.Tuple2;

/**
 * Codes one input record ({@code where}, JSON line) into tagged output lines: {@code (event, Json.line(event))}
 * for each event, or one {@code (reject, Json.line(Reject))} when the record cannot be read or coded.
 * Reading goes through the local runner's {@link ArticleReader}, so both accept and reject the same records.
 * Runs on executors; the pipeline comes from {@link SharedPipeline}, one per configuration per JVM.
 */
final class ArticleCoder implements FlatMapFunction<Row, Tuple2<String, String>> {
    static final String EVENT = "event";
    static final String REJECT = "reject";
    private static final long serialVersionUID = 2L;
    private final PipelineConfig config;

    ArticleCoder(PipelineConfig config) {
        this.config = config;
    }

    @Override
    public Iterator<Tuple2<String, String>> call(Row row) {
        String where = row.getString(0);
        String line = row.getString(1);
        return code(config, where, line).iterator();
    }

    static List<Tuple2<String, String>> code(PipelineConfig config, String where, String line) {
        List<Tuple2<String, String>> out = new ArrayList<>();
        if (line == null || line.isBlank()) {
            return out; // blank lines are skipped by the local runner too
        }
        IngestResult read = new ArticleReader(null, LocalDate.now()).line(where, line);
        if (read instanceof IngestResult.Rejected bad) {
            out.add(reject(new Reject(where, null, bad.problem(), line)));
            return out;
        }
        Article article = ((IngestResult.Accepted) read).article();
        var dyad = SharedPipeline.get(config); // a pipeline that cannot load fails the task, not the article
        AnnotatedDocument doc;
        try {
            doc = dyad.code(article);
        } catch (RuntimeException e) {
            // one article's failure is reported and the batch goes on
            out.add(reject(new Reject(where, article.id(), "coding failed: " + e, line)));
            return out;
        }
        for (Event e : doc.events()) {
            out.add(new Tuple2<>(EVENT, Json.line(e)));
        }
        return out;
    }

    private static Tuple2<String, String> reject(Reject r) {
        return new Tuple2<>(REJECT, Json.line(r));
    }
}
