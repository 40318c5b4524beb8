package dev.dyad.place;

import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.CodedEvent;
import dev.dyad.model.EventPlacement;
import dev.dyad.model.Layer;
import dev.dyad.stage.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Geolocation: sets each event's {@code location} and {@code location_basis} (see {@link PlaceResolver}). Thread-safe. */
public final class PlaceStage implements Stage {
    private final PlaceResolver resolver;

    public PlaceStage(Gazetteer gazetteer) {
        this.resolver = new PlaceResolver(gazetteer);
    }

    @Override
    public String name() {
        return "places";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.ACTORS, Layer.EVENTS);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.PLACES);
    }

    @Override
    public AnnotatedDocument process(AnnotatedDocument doc) {
        List<CodedEvent> out = new ArrayList<>(doc.codedEvents().size());
        for (CodedEvent e : doc.codedEvents()) {
            PlaceResolver.Found f = resolver.locate(doc, e);
            out.add(e.withPlacement(f == null ? EventPlacement.NONE : new EventPlacement(f.location(), f.basis(), f.rule())));
        }
        return doc.withLocatedEvents(out);
    }
}
