package dev.dyad.cli;

import dev.dyad.dictionaries.Dictionaries;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Load and check every dictionary and rule file; errors name file and line.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Dictionaries d = Dictionaries.builtIn();
        dev.dyad.quotes.SpeakerLexicon.builtIn(); // quote attribution's word lists (quotes/speakers.txt)
        spec.commandLine().getOut().printf("ok: %d CAMEO codes, %d actor entries, %d event patterns; dictionaries %s%n",
                d.ontology().all().size(), d.actors().entries().size(), d.patterns().size(), d.hash().substring(0, 12));
        return ExitCodes.OK;
    }
}
