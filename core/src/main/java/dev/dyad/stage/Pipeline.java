package dev.dyad.stage;

import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Article;
import dev.dyad.model.Layer;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** An ordered list of stages, checked at build time so that each stage finds the layers it requires. */
public final class Pipeline {
    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    public static Pipeline of(List<Stage> stages) {
        Set<Layer> available = EnumSet.noneOf(Layer.class);
        for (Stage s : stages) {
            if (!available.containsAll(s.requires())) {
                EnumSet<Layer> missing = EnumSet.copyOf(s.requires());
                missing.removeAll(available);
                throw new IllegalArgumentException("stage " + s.name() + " needs " + missing
                        + " but the stages before it only produce " + available);
            }
            available.addAll(s.produces());
        }
        return new Pipeline(stages);
    }

    public AnnotatedDocument process(Article article) {
        AnnotatedDocument doc = AnnotatedDocument.of(article);
        for (Stage s : stages) {
            doc = s.process(doc);
            if (doc == null || !doc.layers().containsAll(s.produces())) {
                throw new IllegalStateException("stage " + s.name() + " did not produce " + s.produces());
            }
        }
        return doc;
    }

    public List<Stage> stages() {
        return stages;
    }
}
