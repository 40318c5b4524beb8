package dev.dyad.learned;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * No import cycle between the packages of this module's main classes (docs/architecture.md); core's
 * {@code dev.dyad.architecture.PackageCyclesTest} holds the same rule, the stage-API rules, and the proof that the
 * rule goes red on a cycle.
 */
class PackageCyclesTest {
    @Test
    void theMainCodeHasNoPackageCycle() {
        JavaClasses classes = new ClassFileImporter().importPath(Path.of("target", "classes"));
        assertTrue(classes.size() > 3, "found too few classes to check in target/classes: " + classes.size());
        slices().matching("dev.dyad.(**)").should().beFreeOfCycles().check(classes);
    }
}
