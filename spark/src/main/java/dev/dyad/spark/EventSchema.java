package dev.dyad.spark;

import dev.dyad.output.OutputContract;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.StructType;

/**
 * The event contract as Spark columns, for Parquet output: derived from the one output contract
 * ({@code dyad/contract/output.tsv}, {@link OutputContract}), so the two cannot drift apart. Same names, same order,
 * nested objects as structs, spans as {@code array<int>}. {@code SparkEquivalenceTest} checks it against the JSON the
 * pipeline writes and the Parquet files it reads back.
 */
public final class EventSchema {
    private static final Map<String, String> SPARK_TYPES = Map.of("string", "string", "int", "int", "bigint", "bigint",
            "double", "double", "span", "array<int>");

    /** The Spark DDL of the contract's {@code event} record. */
    public static final String DDL = ddl(OutputContract.builtIn(), "event");

    private EventSchema() {
    }

    public static StructType schema() {
        return StructType.fromDDL(DDL);
    }

    static String ddl(OutputContract contract, String record) {
        List<String> columns = new ArrayList<>();
        for (String top : contract.topLevel(record)) {
            List<OutputContract.Field> children = contract.children(record, top);
            if (children.isEmpty()) {
                OutputContract.Field f = contract.fields(record).stream().filter(g -> g.path().equals(top)).findFirst()
                        .orElseThrow();
                columns.add(top + " " + SPARK_TYPES.get(f.type()));
            } else {
                List<String> members = children.stream().map(c -> c.leaf() + ": " + SPARK_TYPES.get(c.type())).toList();
                columns.add(top + " struct<" + String.join(", ", members) + ">");
            }
        }
        return String.join(", ", columns);
    }
}
