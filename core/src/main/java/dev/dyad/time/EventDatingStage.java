package dev.dyad.time;

import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Event;
import dev.dyad.model.Layer;
import dev.dyad.model.Modality;
import dev.dyad.model.Sentence;
import dev.dyad.stage.Stage;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Dates events from the time expression attached to them or to a clause above them ("said on
 * Tuesday that ..."), relative to the publication date. A date after publication is a plan: it goes
 * to {@code planned_date} and the search goes on upwards for the announcement's date. Without a time
 * expression a speaker's earlier dated statement carries over ("Blinken also said"), else the
 * publication date with basis {@code publication}. Thread-safe.
 */
public final class EventDatingStage implements Stage {
    @Override
    public String name() {
        return "dates";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.EVENTS);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.DATES);
    }

    private record Anchored(TimeMention mention, int anchor) {
    }

    @Override
    public AnnotatedDocument process(AnnotatedDocument doc) {
        LocalDate published = doc.article().date();
        Map<Integer, List<Anchored>> bySentence = new HashMap<>();
        Map<String, Event> lastDatedBySpeaker = new HashMap<>();
        List<Event> out = new ArrayList<>();
        for (Event e : doc.events()) {
            Sentence s = doc.sentences().get(e.sentence());
            List<Anchored> times = bySentence.computeIfAbsent(e.sentence(), k -> anchor(s));
            // only a still-future event reads "on Friday" forwards; an announced intent or threat was dated by its
            // announcement ("agreed on Wednesday to resume talks"), and "next year" is a plan either way
            boolean future = e.modality() == Modality.FUTURE;
            Event dated = date(e, s, times, published, future);
            if (dated.dateBasis().equals("publication") && e.attributedTo() != null) {
                Event earlier = lastDatedBySpeaker.get(e.attributionEntity());
                if (earlier != null) {
                    dated = dated.withDate(earlier.eventDate(), earlier.dateText(), earlier.dateBasis(), dated.plannedDate(),
                            "same speaker's earlier statement (sentence " + earlier.sentence() + ")");
                }
            }
            if (!dated.dateBasis().equals("publication") && e.attributedTo() != null) {
                lastDatedBySpeaker.put(e.attributionEntity(), dated);
            }
            out.add(dated);
        }
        return doc.withDatedEvents(out);
    }

    private static Event date(Event e, Sentence s, List<Anchored> times, LocalDate published, boolean future) {
        String planned = null;
        String plannedText = null;
        int node = e.triggerToken();
        for (int guard = 0; node >= 0 && guard < 16; guard++) {
            for (Anchored a : times) {
                if (a.anchor() != node) {
                    continue;
                }
                Optional<ResolvedDate> r = TimeExpressions.resolve(a.mention(), published, future);
                if (r.isEmpty()) {
                    continue;
                }
                ResolvedDate d = r.get();
                if (planned == null && periodStart(d.value()).isAfter(published)) {
                    planned = d.value();
                    plannedText = d.text();
                    continue;
                }
                String basis = d.basis().name().toLowerCase(java.util.Locale.ROOT);
                return e.withDate(d.value(), d.text(), basis, planned,
                        "time expression '" + d.text() + "' attached to '" + s.token(node).text() + "'"
                                + (plannedText == null ? "" : "; planned: '" + plannedText + "'"));
            }
            node = s.governor(node);
        }
        return e.withDate(published.toString(), null, "publication", planned,
                "no time expression governs the trigger: publication date" + (plannedText == null ? ""
                        : "; planned: '" + plannedText + "'"));
    }

    /** Finds the sentence's time expressions and the token each one modifies. */
    static List<Anchored> anchor(Sentence s) {
        List<Anchored> out = new ArrayList<>();
        for (TimeMention m : TimeExpressions.find(s.text())) {
            int start = s.start() + m.start();
            int end = s.start() + m.end();
            int anchor = -1;
            for (int t = 0; t < s.size() && anchor < 0; t++) {
                var tok = s.token(t);
                if (tok.start() < start || tok.end() > end) {
                    continue;
                }
                String lemma = tok.lowerLemma();
                if (lemma.equals("after") || lemma.equals("before")) {
                    anchor = s.governor(t); // "a day after Putin said": the clause "after" introduces
                }
            }
            if (anchor < 0) {
                anchor = externalHead(s, start, end);
            }
            if (anchor >= 0) {
                out.add(new Anchored(m, anchor));
            }
        }
        return out;
    }

    /** The token outside the mention that the mention's words depend on. */
    private static int externalHead(Sentence s, int start, int end) {
        for (int t = 0; t < s.size(); t++) {
            var tok = s.token(t);
            if (tok.start() < start || tok.end() > end) {
                continue;
            }
            int gov = s.governor(t);
            if (gov >= 0) {
                var g = s.token(gov);
                if (g.start() < start || g.end() > end) {
                    return gov;
                }
            }
        }
        return -1;
    }

    /** First day of an ISO day, week, month, quarter or year value. */
    static LocalDate periodStart(String value) {
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(value);
        }
        if (value.matches("\\d{4}-W\\d{2}")) {
            int year = Integer.parseInt(value.substring(0, 4));
            int week = Integer.parseInt(value.substring(6));
            return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                    .with(java.time.DayOfWeek.MONDAY);
        }
        if (value.matches("\\d{4}-\\d{2}")) {
            return YearMonth.parse(value).atDay(1);
        }
        if (value.matches("\\d{4}-Q\\d")) {
            return LocalDate.of(Integer.parseInt(value.substring(0, 4)), (value.charAt(6) - '1') * 3 + 1, 1);
        }
        return LocalDate.of(Integer.parseInt(value.substring(0, 4)), 1, 1);
    }
}
