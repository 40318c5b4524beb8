package dev.dyad.quotes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Article;
import dev.dyad.model.Quote;
import dev.dyad.testing.SharedDyad;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The quote test articles of examples/quotes (issue 15), scored as tools/score_quotes.py scores them: every gold quote
 * and claim found, and its speaker's text right. dev/ is what attribution was tuned on; heldout/ was written first
 * and never tuned on, so its floor sits at the figure it first gave.
 */
class QuoteArticlesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** As {@code dyad quotes} runs: every claim wanted, not only those that can attribute an event. */
    private static final dev.dyad.pipeline.Dyad EVERY_QUOTE = dev.dyad.pipeline.SharedPipeline.get(
            dev.dyad.pipeline.PipelineConfig.rulesOnly().withAllQuotes());

    private record Score(int gold, int found, int speakers, List<String> misses) {
    }

    private static String norm(String s) {
        return String.join(" ", (s == null ? "" : s).replace('\u2019', '\'').replace('\u2018', '\'').replace("''", "\"")
                .replace('\u201C', '"').replace('\u201D', '"').trim().split("\\s+"));
    }

    private static String speaker(String s) {
        String n = norm(s).toLowerCase(Locale.ROOT);
        for (String article : new String[] {"the ", "a ", "an "}) {
            if (n.startsWith(article)) {
                return n.substring(article.length());
            }
        }
        return n;
    }

    private static Score score(String dir) throws IOException {
        int gold = 0;
        int found = 0;
        int speakers = 0;
        List<String> misses = new ArrayList<>();
        List<Path> texts;
        try (Stream<Path> files = Files.list(SharedDyad.repo("examples/quotes/" + dir))) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path text : texts) {
            String name = text.getFileName().toString().replace(".txt", "");
            AnnotatedDocument doc = EVERY_QUOTE.code(new Article(name, Files.readString(text), LocalDate.of(2024, 3, 1)));
            for (String line : Files.readAllLines(text.resolveSibling(name + ".quotes.gold.jsonl"))) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode g = JSON.readTree(line);
                gold++;
                String starts = norm(g.get("quote_starts").asText());
                String contains = g.has("quote_contains") ? norm(g.get("quote_contains").asText()) : "";
                Quote q = doc.quotes().stream().filter(x -> x.kind().json().equals(g.get("kind").asText()))
                        .filter(x -> {
                            int at = norm(x.text()).indexOf(starts);
                            return at >= 0 && at <= 8 && norm(x.text()).contains(contains);
                        }).findFirst().orElse(null);
                if (q == null) {
                    misses.add(g.get("id").asText() + " not found");
                    continue;
                }
                found++;
                if (q.speaker() != null && speaker(q.speaker().text()).equals(speaker(g.get("speaker").asText()))) {
                    speakers++;
                } else {
                    misses.add(g.get("id").asText() + " speaker " + (q.speaker() == null ? null : q.speaker().text()));
                }
            }
        }
        return new Score(gold, found, speakers, misses);
    }

    @Test
    void devArticlesEveryQuoteFoundAndSpeakersRight() throws IOException {
        Score s = score("dev");
        assertTrue(s.found() == s.gold() && s.speakers() >= 0.95 * s.gold(), s.toString());
    }

    @Test
    void heldOutArticlesStayAtTheirFirstFigure() throws IOException {
        // h1-h3 first ran at 34/36 found and speakers, h4-h6 at 48/48 and 46/48, h7-h8 at 26/27 and 25/27 (never
        // tuned on); the whole set now: 111/112 found, 110/112 speakers (docs/quotes.md)
        Score s = score("heldout");
        assertTrue(s.found() >= 111 && s.speakers() >= 110, s.toString());
    }
}
