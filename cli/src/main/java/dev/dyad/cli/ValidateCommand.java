package dev.dyad.cli;

import dev.dyad.petrarch.PetrarchDictionaries;
import dev.dyad.petrarch.coder.DefectReport;
import dev.dyad.dictionaries.Dictionaries;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Load and check every dictionary and rule file; errors name file and line. With --dictionaries "
                + "petrarch:DIR: PETRARCH's dictionaries, one line for each line approximated or skipped, then a summary.")
final class ValidateCommand implements Callable<Integer> {
    @Option(names = "--dictionaries", paramLabel = "petrarch:DIR", converter = PetrarchDirConverter.class,
            description = "check PETRARCH/TABARI dictionaries (as dyad code --dictionaries reads them) instead of dyad's own")
    Path petrarch;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (petrarch != null) {
            PetrarchDictionaries p = PetrarchDictionaries.loadDirectory(petrarch);
            for (DefectReport.Defect d : p.report().defects()) {
                out.println(d);
            }
            p.report().byReason().forEach((reason, n) -> out.printf("%6d  %s%n", n, reason));
            out.println("ok: " + p.summary());
            return ExitCodes.OK;
        }
        Dictionaries d = Dictionaries.builtIn();
        dev.dyad.quotes.SpeakerLexicon.builtIn(); // quote attribution's word lists (quotes/speakers.txt)
        out.printf("ok: %d CAMEO codes, %d actor entries, %d event patterns; dictionaries %s%n",
                d.ontology().all().size(), d.actors().entries().size(), d.patterns().size(), d.hash().substring(0, 12));
        return ExitCodes.OK;
    }
}
