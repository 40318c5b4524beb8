package dev.dyad.cli;

import dev.dyad.pipeline.Dyad;
import dev.dyad.pipeline.PipelineConfig;
import dev.dyad.pipeline.PipelineFactory;
import picocli.CommandLine.IVersionProvider;

/** {@code dyad --version}: the version and the fingerprint of each built-in configuration (no model is loaded). */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {
            "dyad " + Dyad.VERSION,
            "pipeline (default):    " + PipelineFactory.fingerprint(PipelineConfig.defaults()),
            "pipeline (--no-model): " + PipelineFactory.fingerprint(PipelineConfig.rulesOnly())
        };
    }
}
