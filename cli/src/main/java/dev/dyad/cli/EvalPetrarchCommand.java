package dev.dyad.cli;

import dev.dyad.eval.PetrarchSuite;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad eval petrarch}: PETRARCH2's unit-test records coded by PETRARCH2's algorithm with their own dictionaries. */
@Command(name = "petrarch", mixinStandardHelpOptions = true,
        description = "PETRARCH validation records (PETR.UnitTest.records.xml), coded with the dictionaries its "
                + "<Environment> names, in the same directory: the share coded exactly as expected.")
final class EvalPetrarchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "XML", description = "the validation records")
    Path xml;

    @Option(names = {"--petrarch-parse", "--parse"}, paramLabel = "corenlp|record", defaultValue = "corenlp",
            converter = PetrarchParse.Converter.class,
            description = "trees the records are coded on: CoreNLP's parse of their <Text> (default: what dyad code does) "
                    + "or the records' own <Parse> (as PETRARCH2 does)")
    PetrarchParse parse;

    @Option(names = {"--min-exact", "--min-petrarch-exact"}, paramLabel = "F",
            description = "fail (exit 1) below this share of records coded exactly as expected")
    double minExact;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        EvalSupport.requireFiles(xml);
        PrintWriter out = spec.commandLine().getOut();
        PetrarchSuite.Report report = PetrarchSuite.evaluate(xml, parse == PetrarchParse.CORENLP);
        out.print(report.markdown());
        out.flush();
        if (report.rate() < minExact) {
            spec.commandLine().getErr().printf("dyad: PETRARCH exact-match rate %.3f below the floor %.3f%n",
                    report.rate(), minExact);
            return ExitCodes.SOME_REJECTED;
        }
        return ExitCodes.OK;
    }
}
