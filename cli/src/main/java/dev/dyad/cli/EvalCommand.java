package dev.dyad.cli;

import picocli.CommandLine.Command;

/**
 * {@code dyad eval <what>}: one subcommand per evaluation, each printing a Markdown report and failing (exit 1) below
 * the floors it is given. {@code events} runs the event evaluations together, as {@code tools/evaluate.sh} and CI do:
 * the CAMEO-root fallback then also trains on the PentaClass sentences the rules coded right.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate dyad on labelled data and print a Markdown report.",
        subcommands = {EvalActorsCommand.class, EvalActorSuiteCommand.class, EvalLocationsCommand.class,
            EvalPetrarchCommand.class, EvalEventCommands.Events.class, EvalEventCommands.PentaClass.class,
            EvalEventCommands.Roots.class, EvalEventCommands.Seed.class, EvalEventCommands.Handcoded.class})
final class EvalCommand {
}
