package dev.dyad.petrarch;

import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.CodedEvent;
import dev.dyad.model.EventCoding;
import dev.dyad.model.Layer;
import dev.dyad.ontology.CameoCode;
import dev.dyad.ontology.CameoOntology;
import dev.dyad.pipeline.Stage;
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
        List<CodedEvent> out = new ArrayList<>();
        for (CodedEvent e : doc.codedEvents()) {
            EventCoding c = e.coding();
            if (c.code().code().equals(NULL_CODE)
                    || PetrarchDiscards.match(discards.sentencePhrases(), c.sentenceText()) != null) {
                continue;
            }
            out.add(e);
            String mirrored = reverse.get(c.rule());
            if (mirrored != null && c.target() != null && !mirrored.equals(NULL_CODE)) {
                CameoCode code = ontology.get(mirrored);
                out.add(e.withCoding(c.mirrored(code, "; mirrored event of a [" + c.code().code() + ":" + code.code()
                        + "] pattern")));
            }
        }
        return doc.withEvents(out);
    }
}
