package dev.dyad.place;

import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Event;
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
        List<Event> out = new ArrayList<>(doc.events().size());
        for (Event e : doc.events()) {
            PlaceResolver.Found f = resolver.locate(doc, e);
            out.add(f == null ? e : e.withLocation(f.location(), f.basis(), f.rule()));
        }
        return doc.withLocatedEvents(out);
    }
}
