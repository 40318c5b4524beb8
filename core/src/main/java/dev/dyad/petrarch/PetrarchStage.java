package dev.dyad.petrarch;

import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Event;
import dev.dyad.model.Layer;
import dev.dyad.ontology.CameoCode;
import dev.dyad.ontology.CameoOntology;
import dev.dyad.stage.Stage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The PETRARCH semantics dyad's coder has no place for, applied after dating: discarded sentences and
 * stories code nothing; null-coded patterns ({@code [---]}) match and code nothing; a pattern coded
 * {@code [a:b]} also codes the mirrored event (target → source, code b). Immutable, thread-safe.
 */
public final class PetrarchStage implements Stage {
    static final String NULL_CODE = "---";
    private final PetrarchDiscards discards;
    private final Map<String, String> reverse;
    private final CameoOntology ontology;

    public PetrarchStage(PetrarchDiscards discards, Map<String, String> reverse, CameoOntology ontology) {
        this.discards = discards;
        this.reverse = Map.copyOf(reverse);
        this.ontology = ontology;
    }

    @Override
    public String name() {
        return "petrarch";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.SENTENCES, Layer.EVENTS, Layer.DATES);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.EVENTS);
    }

    @Override
    public AnnotatedDocument process(AnnotatedDocument doc) {
        if (PetrarchDiscards.match(discards.storyPhrases(), doc.article().text()) != null) {
            return doc.withEvents(List.of());
        }
        List<Event> out = new ArrayList<>();
        for (Event e : doc.events()) {
            if (e.cameo().equals(NULL_CODE)
                    || PetrarchDiscards.match(discards.sentencePhrases(), e.sentenceText()) != null) {
                continue;
            }
            out.add(e);
            String mirrored = reverse.get(e.rule());
            if (mirrored != null && e.target() != null && !mirrored.equals(NULL_CODE)) {
                out.add(mirror(e, ontology.get(mirrored)));
            }
        }
        return doc.withEvents(out);
    }

    private static Event mirror(Event e, CameoCode code) {
        Event.Provenance p = e.provenance();
        Event.Provenance q = new Event.Provenance(p.code() + "; mirrored event of a [" + e.cameo() + ":" + code.code()
                + "] pattern", p.target(), p.source(), p.modality(), p.date(), p.location(), p.attribution(), p.pipeline());
        return new Event(e.articleId(), e.sentence(), e.sentenceText(), e.target(), e.source(), code.code(), code.name(),
                code.quadClass(), code.goldstein(), new Event.Plover(code.ploverEvent(), code.ploverMode()), e.modality(),
                e.eventDate(), e.dateText(), e.dateBasis(), e.plannedDate(), e.location(), e.locationBasis(), e.trigger(),
                e.attributedTo(), e.confidence(), e.rule(), q, e.triggerToken(), e.attributionEntity());
    }
}
