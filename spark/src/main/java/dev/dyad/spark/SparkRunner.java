package dev.dyad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.util.Arrays;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Codes articles on Spark with the local runner's output: {@code OUTPUT/events/} holds JSON Lines whose
 * lines are exactly those of {@code dyad code --format jsonl}, {@code OUTPUT/events-parquet/} the same events
 * as Parquet columns, {@code OUTPUT/rejects/} every input record that gave no events because it could not
 * be read or coded, with the reason. Each executor JVM loads one pipeline ({@link dev.dyad.pipeline.SharedPipeline}) and shares it
 * among its tasks. Entry point for {@code spark-submit --class dev.dyad.spark.SparkRunner}.
 */
public final class SparkRunner {
    private SparkRunner() {
    }

    /** What a run wrote. */
    public record Summary(long events, long rejects) {
    }

    public static void main(String[] args) {
        RunOptions options;
        try {
            options = RunOptions.parse(Arrays.asList(args));
        } catch (IllegalArgumentException e) {
            System.err.println("dyad-spark: " + e.getMessage());
            System.err.println(RunOptions.USAGE);
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("dyad").getOrCreate();
        try {
            Summary s = run(spark, options);
            System.err.printf("dyad-spark: %d events, %d rejected records; output in %s%n", s.events(), s.rejects(),
                    options.output());
        } finally {
            spark.stop();
        }
    }

    public static Summary run(SparkSession spark, RunOptions o) {
        Dataset<Row> records = records(spark, o);
        if (o.partitions() > 0) {
            records = records.repartition(o.partitions());
        }
        // coded once, kept on disk while both outputs are written from it
        Dataset<Row> coded = records
                .flatMap(new ArticleCoder(o.pipeline()), Encoders.tuple(Encoders.STRING(), Encoders.STRING()))
                .toDF("kind", "line")
                .persist(StorageLevel.DISK_ONLY());
        try {
            Dataset<String> events = lines(coded, ArticleCoder.EVENT);
            if (o.writeJsonl()) {
                events.write().mode("errorifexists").text(o.output() + "/events");
            }
            if (o.writeParquet()) {
                spark.read().schema(EventSchema.schema()).option("mode", "FAILFAST").json(events)
                        .write().mode("errorifexists").parquet(o.output() + "/events-parquet");
            }
            Dataset<String> rejects = lines(coded, ArticleCoder.REJECT);
            rejects.write().mode("errorifexists").text(o.output() + "/rejects");
            return new Summary(events.count(), rejects.count());
        } finally {
            coded.unpersist();
        }
    }

    /** The input as (where, JSON line): JSON Lines as read, Parquet rows as JSON objects of their columns. */
    private static Dataset<Row> records(SparkSession spark, RunOptions o) {
        if (o.inputFormat().equals("parquet")) {
            Dataset<Row> rows = spark.read().parquet(o.input());
            return rows.select(input_file_name().as("where"), to_json(struct(col("*"))).as("line"));
        }
        return spark.read().text(o.input()).select(input_file_name().as("where"), col("value").as("line"));
    }

    private static Dataset<String> lines(Dataset<Row> coded, String kind) {
        return coded.filter(col("kind").equalTo(kind)).select(col("line")).as(Encoders.STRING());
    }
}
