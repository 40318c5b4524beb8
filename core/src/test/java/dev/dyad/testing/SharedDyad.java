package dev.dyad.testing;

import dev.dyad.model.AnnotatedDocument;
import dev.dyad.model.Article;
import dev.dyad.pipeline.Dyad;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One pipeline per test JVM: CoreNLP takes seconds to load, and the pipeline is thread-safe. The core's tests pin
 * the rules ({@code rules-only}: the learned models live in module {@code dyad-learned}, which the core does not see);
 * the default configuration is pinned by the golden and equivalence tests of the modules that have the models.
 */
public final class SharedDyad {
    private SharedDyad() {
    }

    public static Dyad get() {
        return dev.dyad.pipeline.SharedPipeline.get(dev.dyad.pipeline.PipelineConfig.rulesOnly());
    }

    public static AnnotatedDocument code(String text, String date) {
        return get().code(new Article("test", text, LocalDate.parse(date)));
    }

    /** The shared data set beside the checkout ({@code ../shared}); tests that need it fail loudly without it. */
    public static Path shared(String relative) {
        Path root = Path.of(System.getProperty("dyad.shared", "../shared"));
        if (!Files.isDirectory(root.resolve("gold"))) {
            root = repo("../shared"); // run from a module directory without the reactor's property
        }
        Path p = root.resolve(relative);
        if (!Files.exists(p)) {
            throw new AssertionError("missing " + p.toAbsolutePath() + ": the shared data set must sit beside the checkout");
        }
        return p;
    }

    /** The repository root, from a module's working directory. */
    public static Path repo(String relative) {
        Path here = Path.of("").toAbsolutePath();
        Path root = Files.exists(here.resolve("examples")) ? here : here.getParent();
        return root.resolve(relative);
    }
}
