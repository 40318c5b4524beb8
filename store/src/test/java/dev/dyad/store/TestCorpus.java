package dev.dyad.store;

import dev.dyad.model.Article;
import dev.dyad.output.Json;
import dev.dyad.pipeline.Dyad;
import dev.dyad.synth.SyntheticCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One Dyad per test JVM (CoreNLP loads once) and small synthetic corpora as JSON Lines files. */
final class TestCorpus {

    private TestCorpus() {
    }

    /** The default pipeline (learned models on), as every command builds it. */
    static Dyad dyad() {
        return dev.dyad.pipeline.SharedPipeline.get(dev.dyad.pipeline.PipelineConfig.defaults().withAllQuotes());
    }

    static Path jsonl(Path dir, String name, int articles, long seed) throws IOException {
        StringBuilder b = new StringBuilder();
        for (Article a : new SyntheticCorpus(seed).articles(articles)) {
            b.append(line(a)).append('\n');
        }
        return Files.writeString(dir.resolve(name), b.toString());
    }

    static String line(Article a) {
        return Json.line(Json.article(a));
    }

    static final BatchIngest.Listener QUIET = new BatchIngest.Listener() {
        @Override
        public void progress(BatchIngest.Progress p) {
        }

        @Override
        public void rejected(String message) {
        }

        @Override
        public void warning(String message) {
        }
    };

    static List<List<Object>> rows(Store s, String sql) {
        return Rows.all(s, sql, List.of());
    }
}
