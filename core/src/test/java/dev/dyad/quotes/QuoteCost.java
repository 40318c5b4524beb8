package dev.dyad.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyad.actors.ActorResolverStage;
import dev.dyad.events.EventCoderStage;
import dev.dyad.events.SpeechVerbs;
import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Article;
import dev.dyad.model.Layer;
import dev.dyad.model.Sentence;
import dev.dyad.nlp.CoreNlpStage;
import dev.dyad.nlp.ParseFilter;
import dev.dyad.dictionaries.Dictionaries;
import dev.dyad.nlp.CandidateFilter;
import dev.dyad.pipeline.DictionaryCandidates;
import dev.dyad.pipeline.PipelineConfig;
import dev.dyad.stage.Pipeline;
import dev.dyad.stage.Stage;
import dev.dyad.place.PlaceStage;
import dev.dyad.time.EventDatingStage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What quotes cost (issue 15): the rules-only pipeline as {@code dyad quotes --no-model} runs it (every claim,
 * {@link QuoteParseFilter} choosing which claim sentences to parse) against the same pipeline without the quote
 * stage and parsing only what events and event-attributing quotes need (as {@code dyad code} parses), and against
 * parsing every speech-verb sentence (the way before {@link QuoteParseFilter}). One JVM and one CoreNLP, the modes taking turns on blocks of articles so
 * that the load of a shared machine falls on all of them alike. Not a test: run by hand,
 *
 * <pre>java -Xmx3g -cp core/target/classes:core/target/test-classes:$(cat cli/target/classpath.txt) \
 *     dev.dyad.quotes.QuoteCost ../shared/bench/reuters21578.jsonl 1000</pre>
 */
public final class QuoteCost {
    private enum Mode { WITHOUT_QUOTES, QUOTES_PARSE_ALL_SPEECH, QUOTES }

    private QuoteCost() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int block = 50;
        ObjectMapper json = new ObjectMapper();
        List<Article> articles = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (articles.size() >= limit) {
                break;
            }
            JsonNode n = json.readTree(line);
            articles.add(new Article(n.get("id").asText(), n.get("text").asText(), LocalDate.parse(n.get("date").asText())));
        }
        Dictionaries d = Dictionaries.builtIn();
        SpeechVerbs speech = new SpeechVerbs(d.rules());
        CandidateFilter own = DictionaryCandidates.forRules(d.actors(), d.patterns(), d.rules(), PipelineConfig.Quotes.ALL);
        AtomicReference<Mode> mode = new AtomicReference<>(Mode.QUOTES);
        // what dyad code parses: events, and quotes that can attribute one (no claim-only sentence)
        ParseFilter without = DictionaryCandidates.forRules(d.actors(), d.patterns(), d.rules(),
                PipelineConfig.Quotes.FOR_EVENTS);
        ParseFilter all = own.withClaimChoice(ParseFilter.ALL);
        ParseFilter switching = (tokens, text) -> switch (mode.get()) {
            case WITHOUT_QUOTES -> without.worthParsing(tokens, text);
            case QUOTES_PARSE_ALL_SPEECH -> all.worthParsing(tokens, text);
            case QUOTES -> own.worthParsing(tokens, text);
        };
        QuoteStage quotes = new QuoteStage(speech);
        Stage quoteOrNot = new Stage() {
            @Override
            public String name() {
                return "quotes-or-not";
            }

            @Override
            public Set<Layer> requires() {
                return quotes.requires();
            }

            @Override
            public Set<Layer> produces() {
                return quotes.produces();
            }

            @Override
            public AnnotatedDocument process(AnnotatedDocument doc) {
                return mode.get() == Mode.WITHOUT_QUOTES ? doc.withQuotes(List.of()) : quotes.process(doc);
            }
        };
        Pipeline p = Pipeline.of(List.of(new CoreNlpStage(switching), new ActorResolverStage(d.actors(), d.places()),
                quoteOrNot, new EventCoderStage(d.ontology(), d.patterns(), d.rules(), "bench"), new EventDatingStage(),
                new PlaceStage(d.places())));
        for (Mode m : Mode.values()) { // warm-up
            mode.set(m);
            articles.stream().limit(30).forEach(a -> p.process(a));
        }
        long[] nanos = new long[Mode.values().length];
        long[] parsed = new long[Mode.values().length];
        long[] found = new long[Mode.values().length];
        for (int from = 0; from < articles.size(); from += block) {
            for (Mode m : Mode.values()) {
                mode.set(m);
                long t0 = System.nanoTime();
                for (Article a : articles.subList(from, Math.min(articles.size(), from + block))) {
                    AnnotatedDocument doc = p.process(a);
                    for (Sentence s : doc.sentences()) {
                        parsed[m.ordinal()] += s.dependencies().isEmpty() ? 0 : 1;
                    }
                    found[m.ordinal()] += doc.quotes().size();
                }
                nanos[m.ordinal()] += System.nanoTime() - t0;
            }
        }
        double baseline = nanos[0] / 1e9;
        System.out.printf("%d articles, blocks of %d, modes in turn%n", articles.size(), block);
        for (Mode m : Mode.values()) {
            double s = nanos[m.ordinal()] / 1e9;
            System.out.printf("%-24s %8.1f s  %+6.1f%%  parsed sentences %6d  quotes+claims %6d%n", m, s,
                    100 * (s - baseline) / baseline, parsed[m.ordinal()], found[m.ordinal()]);
        }
    }
}
