package dev.dyad.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/architecture.md, checked on the compiled main classes of this module ({@code target/classes},
 * so no stale jar of another build is read). Every other module has a test of its own with the same cycle rule;
 * cycles across modules cannot form, since Maven's module graph is acyclic and no package spans two modules.
 */
class PackageCyclesTest {
    /** The packages whose classes are pipeline stages: what the stage API must never import. */
    static final String[] STAGE_PACKAGES = {"dev.dyad.actors..", "dev.dyad.events..", "dev.dyad.nlp..",
        "dev.dyad.quotes..", "dev.dyad.time..", "dev.dyad.place..", "dev.dyad.petrarch.."};

    /** Every package is its own slice ({@code (**)}, not {@code (*)}): a sub-package may not cycle with its parent. */
    static final ArchRule NO_CYCLES = slices().matching("dev.dyad.(**)").should().beFreeOfCycles();

    static final ArchRule STAGE_API_IS_A_LEAF = classes().that().resideInAPackage("dev.dyad.stage..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.dyad.stage..", "dev.dyad.model..", "java..")
            .because("the interfaces every stage implements import no stage (Lucene's analysis core knows no filter)");

    static final ArchRule STAGES_DO_NOT_KNOW_THE_ASSEMBLER = noClasses().that().resideInAnyPackage(STAGE_PACKAGES)
            .should().dependOnClassesThat().resideInAPackage("dev.dyad.pipeline..")
            .because("the assembler imports the stages; a stage gets its settings as constructor arguments");

    private static JavaClasses main;

    static synchronized JavaClasses mainClasses() {
        if (main == null) {
            main = new ClassFileImporter().importPath(Path.of("target", "classes"));
        }
        assertTrue(main.size() > 100, "found too few classes to check in target/classes: " + main.size());
        return main;
    }

    @Test
    void theMainCodeHasNoPackageCycle() {
        NO_CYCLES.check(mainClasses());
    }

    @Test
    void theStageApiImportsNoStage() {
        STAGE_API_IS_A_LEAF.check(mainClasses());
    }

    @Test
    void noStageImportsTheAssembler() {
        STAGES_DO_NOT_KNOW_THE_ASSEMBLER.check(mainClasses());
    }

    /** Two test packages that import each other: the rule must go red on them. */
    @Test
    void theCycleRuleFindsACycle() {
        JavaClasses fixture = new ClassFileImporter().importPackages("dev.dyad.architecture.fixture");
        assertTrue(fixture.size() >= 2, "fixture classes not found");
        AssertionError e = assertThrows(AssertionError.class, () -> NO_CYCLES.check(fixture));
        assertTrue(e.getMessage().contains("fixture.a") && e.getMessage().contains("fixture.b"), e.getMessage());
    }
}
