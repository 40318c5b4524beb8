package dev.dyad.eval;

import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Article;
import dev.dyad.model.Event;
import dev.dyad.model.Modality;
import dev.dyad.pipeline.Dyad;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Event coding on the PLOVER gold records: each record's text is coded as a one-paragraph article and
 * its <em>main event</em> (the first asserted event, else the first event of any modality) is compared
 * with the gold type: CAMEO root (gold root read from the type, {@link PloverGsr#ROOTS}) and PLOVER 2021
 * event type ({@link PloverGsr#TYPE_2021}). A record with no event counts as wrong ("uncoded").
 */
public final class PloverEventEvaluation {
    private final Dyad dyad;

    public PloverEventEvaluation(Dyad dyad) {
        this.dyad = dyad;
    }

    /** @param roots confusion over CAMEO roots 01-20; @param types over PLOVER 2021 types (plus "none" for 01/02) */
    public record Result(int records, int uncoded, Confusion roots, Confusion types, List<String> misses) {
        public double rootAccuracy() {
            return roots.accuracy();
        }

        public double typeAccuracy() {
            return types.accuracy();
        }
    }

    public Result run(Path json) throws IOException {
        return score(PloverGsr.read(json), r -> dyad.code(new Article(r.id(), r.text(), r.date())));
    }

    /** Scores given records with a coder (tests pass a hand-made one). */
    public static Result score(List<PloverGsr.Record> records, java.util.function.Function<PloverGsr.Record,
            AnnotatedDocument> coder) {
        List<String> roots = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            roots.add(String.format("%02d", i));
        }
        TreeSet<String> typeSet = new TreeSet<>();
        PloverGsr.types().scoredTypes().forEach(t -> typeSet.add(PloverGsr.types().type2021(t)));
        List<String> types = new ArrayList<>(typeSet);
        types.add("none");
        Confusion rootC = new Confusion(roots, "uncoded");
        Confusion typeC = new Confusion(types, "uncoded");
        int uncoded = 0;
        List<String> misses = new ArrayList<>();
        for (PloverGsr.Record r : records) {
            Event e = mainEvent(coder.apply(r).events());
            int goldRoot = roots.indexOf(r.roots().iterator().next());
            int goldType = types.indexOf(r.type2021());
            if (e == null) {
                uncoded++;
                rootC.add(goldRoot, -1);
                typeC.add(goldType, -1);
                misses.add(r.id() + ": uncoded");
                continue;
            }
            String root = e.cameo().substring(0, 2);
            // a FIGHT record coded 20 (or 19) is right: credit the gold root that was predicted
            int predRoot = roots.indexOf(root);
            rootC.add(r.roots().contains(root) ? predRoot : goldRoot, predRoot);
            String type = e.plover() == null || e.plover().event() == null ? "none" : e.plover().event();
            int predType = types.indexOf(type);
            typeC.add(goldType, predType < 0 ? types.indexOf("none") : predType);
            if (!r.roots().contains(root)) {
                misses.add(r.id() + ": gold " + r.type() + " " + r.roots() + ", coded " + e.cameo() + " (" + type + ")");
            }
        }
        return new Result(records.size(), uncoded, rootC, typeC, misses);
    }

    public static Event mainEvent(List<Event> events) {
        return events.stream().filter(e -> e.modality() == Modality.ASSERTED).findFirst()
                .orElse(events.isEmpty() ? null : events.get(0));
    }
}
