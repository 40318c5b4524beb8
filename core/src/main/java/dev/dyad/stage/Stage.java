package dev.dyad.stage;

import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Layer;
import java.util.Set;

/**
 * One step of the pipeline: takes a document, returns a richer one. Implementations are immutable
 * after construction and thread-safe unless their Javadoc says otherwise.
 */
public interface Stage {
    String name();

    Set<Layer> requires();

    Set<Layer> produces();

    AnnotatedDocument process(AnnotatedDocument document);
}
