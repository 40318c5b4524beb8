package dev.dyad.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by the store commands. */
final class DbOption {
    @Option(names = "--db", paramLabel = "FILE", defaultValue = "dyad.duckdb",
            description = "DuckDB database file (default: ${DEFAULT-VALUE}; created by ingest on first use)")
    Path db;
}
