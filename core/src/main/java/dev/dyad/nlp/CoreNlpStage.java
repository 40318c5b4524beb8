package dev.dyad.nlp;

import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Dependency;
import dev.dyad.model.Layer;
import dev.dyad.model.Sentence;
import dev.dyad.model.Token;
import dev.dyad.stage.Stage;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Tokens, sentences, POS, lemmas, 3-class NER and UD dependencies from CoreNLP.
 *
 * <p>Only sentences that pass the {@link ParseFilter} are dependency-parsed; the others keep their
 * tokens and tags and an empty graph. Configuration chosen for speed (see NLP-NOTES and docs/performance.md): the 3-class CRF only,
 * without the fine-grained pass (2.4x slower, and it tags Washington as a state), SUTime (dyad resolves
 * dates itself) or numeric classifiers; the neural dependency parser instead of a constituency parser.
 * Thread-safe: one instance may serve many threads, CoreNLP annotators are shared and stateless.
 */
public final class CoreNlpStage implements Stage {
    /**
     * Sentences longer than this many tokens are tagged but not dependency-parsed, as CoreNLP's own
     * {@code parse.maxlen} does: a "sentence" that long is a list, a table or text without punctuation, and
     * parsing and walking it would cost time without yielding coded events. See docs/reliability.md.
     */
    public static final int MAX_PARSE_TOKENS = 200;
    private final StanfordCoreNLP tagger;
    private final StanfordCoreNLP parser;
    private final ParseFilter filter;

    public CoreNlpStage() {
        this(ParseFilter.ALL);
    }

    /** Tags every sentence, and dependency-parses only those the filter lets through. */
    public CoreNlpStage(ParseFilter filter) {
        this.filter = filter;
        this.tagger = new StanfordCoreNLP(taggerProperties());
        Properties p = new Properties();
        p.setProperty("annotators", "depparse");
        p.setProperty("depparse.language", "english");
        // The parser's hidden layer has 1,000 units: each feature not among the precomputed ones costs a 50x1000
        // product, and recent ones are kept in a small LRU cache. Precomputing 50,000 features (of the model's
        // 99,990) and caching 20,000 cut the parse's processor time by about a quarter on Reuters sentences
        // (7.96 -> 6.07 ms/sentence, interleaved runs in one JVM), for ~180 MB of heap; parses are identical.
        p.setProperty("depparse.numPreComputed", "50000");
        p.setProperty("depparse.numCached", "20000");
        p.setProperty("enforceRequirements", "false");
        this.parser = new StanfordCoreNLP(p);
    }

    /** Everything but the parse: tokens, sentences, POS, lemmas and coarse NER. */
    public static Properties taggerProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.language", "en");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        return p;
    }

    @Override
    public String name() {
        return "corenlp";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public AnnotatedDocument process(AnnotatedDocument doc) {
        Annotation annotation = new Annotation(doc.article().text());
        tagger.annotate(annotation);
        String text = doc.article().text();
        List<CoreMap> all = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreMap> toParse = new ArrayList<>();
        for (CoreMap s : all) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.size() <= MAX_PARSE_TOKENS
                    && filter.worthParsing(tokens(s), s.get(CoreAnnotations.TextAnnotation.class))) {
                toParse.add(s);
            }
        }
        if (!toParse.isEmpty()) {
            Annotation subset = new Annotation(text);
            subset.set(CoreAnnotations.SentencesAnnotation.class, toParse);
            parser.annotate(subset); // adds the dependency graphs to the shared sentence maps
        }
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap s : all) {
            sentences.add(convert(sentences.size(), s, text));
        }
        return doc.withSentences(sentences);
    }

    private static List<Token> tokens(CoreMap s) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            String ner = l.ner() == null ? "O" : l.ner();
            tokens.add(new Token(i, l.originalText(), l.lemma() == null ? l.word() : l.lemma(), l.tag(), ner,
                    l.beginPosition(), l.endPosition()));
        }
        return tokens;
    }

    private static Sentence convert(int index, CoreMap s, String text) {
        List<Token> tokens = tokens(s);
        List<Dependency> deps = new ArrayList<>();
        SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (graph != null) {
            for (IndexedWord root : graph.getRoots()) {
                deps.add(new Dependency(-1, root.index() - 1, "root"));
            }
            for (SemanticGraphEdge e : graph.edgeIterable()) {
                deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1,
                        e.getRelation().toString()));
            }
        }
        int start = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        return new Sentence(index, start, end, text.substring(start, end), tokens, deps);
    }
}
