package dev.dyad.quotes;

import dev.dyad.model.Article;
import dev.dyad.pipeline.Dyad;
import dev.dyad.pipeline.PipelineConfig;
import dev.dyad.pipeline.PipelineFactory;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * What CoreNLP's coreference would cost beside dyad's own mention chains (issue 15 item 2, docs/quotes.md): the same
 * articles through dyad's rules-only pipeline (which includes the quote stage and its chains) and through CoreNLP's
 * tokenize..depparse + statistical coref (dependency mentions, the cheapest English coref CoreNLP ships), each after
 * a warm-up pass, in one JVM. Not a test: run by hand,
 *
 * <pre>java -Xmx3g -cp core/target/classes:core/target/test-classes:$(cat cli/target/classpath.txt) \
 *     dev.dyad.quotes.CorefCost examples/quotes/dev examples/quotes/heldout</pre>
 */
public final class CorefCost {
    private CorefCost() {
    }

    public static void main(String[] args) throws Exception {
        List<Article> articles = new ArrayList<>();
        for (String dir : args) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    articles.add(new Article(p.getFileName().toString(), Files.readString(p), LocalDate.of(2024, 3, 1)));
                }
            }
        }
        long loadDyad = System.nanoTime();
        Dyad dyad = PipelineFactory.build(PipelineConfig.rulesOnly());
        loadDyad = System.nanoTime() - loadDyad;
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref");
        p.setProperty("coref.algorithm", "statistical");
        p.setProperty("coref.md.type", "dep");
        long loadCoref = System.nanoTime();
        StanfordCoreNLP coref = new StanfordCoreNLP(p);
        loadCoref = System.nanoTime() - loadCoref;
        articles.forEach(dyad::code); // warm-up
        articles.forEach(a -> coref.annotate(new Annotation(a.text())));
        long t0 = System.nanoTime();
        articles.forEach(dyad::code);
        long dyadNanos = System.nanoTime() - t0;
        t0 = System.nanoTime();
        articles.forEach(a -> coref.annotate(new Annotation(a.text())));
        long corefNanos = System.nanoTime() - t0;
        System.out.printf("%d articles (%d characters)%n", articles.size(),
                articles.stream().mapToInt(a -> a.text().length()).sum());
        System.out.printf("dyad rules-only pipeline (with quotes and mention chains): %.2f s (load %.1f s)%n",
                dyadNanos / 1e9, loadDyad / 1e9);
        System.out.printf("CoreNLP tokenize..depparse + statistical coref:          %.2f s (load %.1f s), %.1fx%n",
                corefNanos / 1e9, loadCoref / 1e9, (double) corefNanos / dyadNanos);
    }
}
