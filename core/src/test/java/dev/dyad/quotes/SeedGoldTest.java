package dev.dyad.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyad.input.ArticleReader;
import dev.dyad.input.IngestResult;
import dev.dyad.model.ActorMention;
import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Quote;
import dev.dyad.testing.SharedDyad;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed article's gold actors and quotes (../shared/gold), checked mention by mention. */
class SeedGoldTest {
    private static AnnotatedDocument doc;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void code() {
        Path seed = SharedDyad.shared("examples/seed-2021-12-22-russia-us-talks.txt");
        IngestResult.Accepted a = (IngestResult.Accepted) new ArticleReader(null, java.time.LocalDate.now())
                .readAll(seed.toString()).get(0);
        doc = SharedDyad.get().code(a.article());
    }

    private static List<JsonNode> gold(String file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(SharedDyad.shared("gold/" + file))) {
            if (!line.isBlank()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }

    private static boolean codeMatches(String pattern, String code) {
        return pattern.startsWith("*") ? code.contains(pattern.substring(1)) : code.equals(pattern);
    }

    @Test
    void everyGoldActorMentionCodesAsGiven() throws IOException {
        String text = doc.article().text().replace('\u2019', '\'');
        List<String> wrong = new ArrayList<>();
        for (JsonNode g : gold("seed.actors.gold.jsonl")) {
            String mention = g.get("mention").asText();
            String pattern = g.get("code").asText();
            boolean ok = false;
            for (int at = text.indexOf(mention); at >= 0 && !ok; at = text.indexOf(mention, at + 1)) {
                int start = at;
                int end = at + mention.length();
                for (ActorMention m : doc.actors()) {
                    if (m.span().start() <= start && end <= m.span().end() && codeMatches(pattern, m.code())) {
                        ok = true;
                    }
                }
            }
            if (!ok) {
                wrong.add(mention + " (" + pattern + ")");
            }
        }
        assertEquals(List.of(), wrong, "gold actor mentions not coded as given");
    }

    @Test
    void everyGoldQuoteHasTheRightSpeakerAndCode() throws IOException {
        List<String> wrong = new ArrayList<>();
        List<JsonNode> golds = gold("seed.quotes.gold.jsonl");
        for (JsonNode g : golds) {
            String start = g.get("quote_starts").asText();
            Quote q = doc.quotes().stream().filter(x -> x.kind().equals("direct") && x.text().startsWith(start))
                    .findFirst().orElse(null);
            if (q == null || q.speaker() == null || !q.speaker().text().equals(g.get("speaker").asText())
                    || !q.speaker().code().equals(g.get("speaker_code").asText())) {
                wrong.add(g.get("id").asText() + ": got " + (q == null ? "no quote" : q.speaker()));
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(golds.size() >= 7);
    }
}
