package dev.dyad.cli;

import dev.dyad.eval.ActorLookup;
import dev.dyad.eval.ActorSuite;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad eval actor-suite}: country and sector accuracy of dated actor phrases (issue 14's suites), one row per file. */
@Command(name = "actor-suite", mixinStandardHelpOptions = true,
        description = "Dated actor phrases (phrase<TAB>date<TAB>code<TAB>kind), read as `dyad actors lookup` reads them: "
                + "country and sector accuracy of each file.")
final class EvalActorSuiteCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "TSV", description = "suite files, one table row each")
    List<Path> suites = new ArrayList<>();

    @Mixin
    EvalSupport.ShowMisses misses;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        EvalSupport.requireFiles(suites.toArray(Path[]::new));
        PrintWriter out = spec.commandLine().getOut();
        ActorLookup lookup = ActorLookup.load();
        out.println("## Actor phrase suites");
        out.println();
        out.println("Each phrase read on its date as `dyad actors lookup` reads it; its main actor's first code slot (country) "
                + "and second (sector) against the expected code. Sector counts only with the right country.");
        out.println();
        out.println("| suite | phrases | country correct | country and sector correct |");
        out.println("|---|---|---|---|");
        List<String> missed = new ArrayList<>();
        for (Path p : suites) {
            ActorSuite.Score sc = ActorSuite.score(lookup, ActorSuite.read(p));
            out.printf(Locale.ROOT, "| %s | %d | %d (%.1f%%) | %d (%.1f%%) |%n", p.getFileName(), sc.size(),
                    sc.countryRight(), 100.0 * sc.countryRight() / Math.max(1, sc.size()), sc.sectorRight(),
                    100.0 * sc.sectorRight() / Math.max(1, sc.size()));
            sc.misses().forEach(m -> missed.add("- " + m.item().where() + " '" + m.item().phrase() + "' " + m.item().date()
                    + ": want " + m.item().expected() + ", got " + m.got() + " (" + m.rule() + ")"));
        }
        if (misses.showMisses) {
            out.println();
            missed.forEach(out::println);
        }
        out.println();
        out.flush();
        return ExitCodes.OK;
    }
}
