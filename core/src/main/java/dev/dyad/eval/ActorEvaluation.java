package dev.dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyad.model.ActorMention;
import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Article;
import dev.dyad.model.Event;
import dev.dyad.model.Span;
import dev.dyad.pipeline.Dyad;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Actor-coding evaluations on labelled data: PLOVER gold records (actor text + code per record) and
 * ConfliBERT BIO-tagged sentences (source/target spans).
 */
public final class ActorEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Legacy CAMEO country codes in older gold data, mapped to the ISO-3 codes dyad uses. */
    private static final java.util.Map<String, String> LEGACY = java.util.Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM",
            "ROM", "ROU", "GER", "DEU", "UK", "GBR");
    private final Dyad dyad;

    public ActorEvaluation(Dyad dyad) {
        this.dyad = dyad;
    }

    /** Per gold actor: does a mention covering its text carry the same country (and the same sector)? */
    public record CodeAccuracy(int actors, int countryCorrect, int fullCorrect, int uncoded, List<String> misses) {
        public double country() {
            return actors == 0 ? 0 : (double) countryCorrect / actors;
        }

        public double full() {
            return actors == 0 ? 0 : (double) fullCorrect / actors;
        }
    }

    public CodeAccuracy plover(Path json) throws IOException {
        JsonNode records = JSON.readTree(json.toFile());
        int actors = 0;
        int country = 0;
        int full = 0;
        int uncoded = 0;
        List<String> misses = new ArrayList<>();
        for (JsonNode r : records) {
            if (!r.hasNonNull("text")) {
                continue;
            }
            String text = r.get("text").asText();
            LocalDate date = r.hasNonNull("date") ? LocalDate.parse(r.get("date").asText()) : LocalDate.of(2000, 1, 1);
            AnnotatedDocument doc = dyad.code(new Article(r.get("id").asText(), text, date));
            for (String role : List.of("source", "target")) {
                JsonNode list = r.get(role);
                if (list == null || !list.isArray()) {
                    continue;
                }
                for (JsonNode g : list) {
                    String actorText = g.path("actorText").asText("");
                    String code = g.path("code").asText("");
                    if (code.length() >= 3 && LEGACY.containsKey(code.substring(0, 3))) {
                        code = LEGACY.get(code.substring(0, 3)) + code.substring(3);
                    }
                    if (actorText.isEmpty() || code.isEmpty()) {
                        continue;
                    }
                    actors++;
                    String goldFull = code + g.path("sector").asText("");
                    ActorMention m = covering(doc, text, actorText);
                    if (m == null) {
                        uncoded++;
                        misses.add(r.get("id").asText() + ": '" + actorText + "' " + goldFull + " uncoded");
                        continue;
                    }
                    if (m.code().startsWith(code)) {
                        country++;
                        if (m.code().equals(goldFull) || g.path("sector").asText("").isEmpty() && m.code().length() <= code.length() + 3) {
                            full++;
                        }
                    } else {
                        misses.add(r.get("id").asText() + ": '" + actorText + "' " + goldFull + " coded " + m.code());
                    }
                }
            }
        }
        return new CodeAccuracy(actors, country, full, uncoded, misses);
    }

    private static ActorMention covering(AnnotatedDocument doc, String text, String actorText) {
        int at = text.indexOf(actorText);
        if (at < 0) {
            return null;
        }
        Span want = new Span(at, at + actorText.length());
        ActorMention best = null;
        for (ActorMention m : doc.actors()) {
            if (m.span().overlaps(want) && (best == null || m.span().length() > best.span().length())) {
                best = m;
            }
        }
        return best;
    }

    /** How often the source and target dyad picks (first event of a sentence) overlap the gold S/T spans. */
    public record SpanOverlap(int sentences, int withEvent, int goldSources, int sourceOverlap, int goldTargets,
                              int targetOverlap) {
    }

    public SpanOverlap conflibert(Path bio) throws IOException {
        List<String> lines = Files.readAllLines(bio);
        List<String[]> sentence = new ArrayList<>();
        int[] counts = new int[6];
        for (String line : lines) {
            if (line.isBlank()) {
                score(sentence, counts);
                sentence.clear();
                continue;
            }
            int space = line.lastIndexOf(' ');
            if (space > 0) {
                sentence.add(new String[] {line.substring(0, space), line.substring(space + 1)});
            }
        }
        score(sentence, counts);
        return new SpanOverlap(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
    }

    private void score(List<String[]> tokens, int[] counts) {
        if (tokens.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        List<Span> sources = new ArrayList<>();
        List<Span> targets = new ArrayList<>();
        int spanStart = -1;
        String kind = null;
        for (String[] t : tokens) {
            if (text.length() > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(t[0]);
            String tag = t[1];
            if (kind != null && !tag.equals("I-" + kind)) {
                (kind.equals("S") ? sources : targets).add(new Span(spanStart, start - 1));
                kind = null;
            }
            if (tag.equals("B-S") || tag.equals("B-T")) {
                kind = tag.substring(2);
                spanStart = start;
            }
        }
        if (kind != null) {
            (kind.equals("S") ? sources : targets).add(new Span(spanStart, text.length()));
        }
        counts[0]++;
        AnnotatedDocument doc = dyad.code(new Article("conflibert", text.toString(), LocalDate.of(2020, 1, 1)));
        Event e = doc.events().isEmpty() ? null : doc.events().get(0);
        if (e != null) {
            counts[1]++;
        }
        if (!sources.isEmpty()) {
            counts[2]++;
            if (e != null && overlapsAny(e.source().span(), sources)) {
                counts[3]++;
            }
        }
        if (!targets.isEmpty()) {
            counts[4]++;
            if (e != null && e.target() != null && overlapsAny(e.target().span(), targets)) {
                counts[5]++;
            }
        }
    }

    private static boolean overlapsAny(Span span, List<Span> gold) {
        if (span == null) {
            return false; // a source the text does not state
        }
        return gold.stream().anyMatch(g -> g.overlaps(span));
    }
}
