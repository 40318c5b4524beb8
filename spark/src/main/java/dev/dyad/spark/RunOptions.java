package dev.dyad.spark;

import dev.dyad.pipeline.PipelineConfig;
import java.util.List;
import java.util.Locale;

/**
 * What {@link SparkRunner} reads and writes.
 *
 * @param input        JSON Lines file(s) or directory, or Parquet, in any path Spark reads (local, HDFS, S3)
 * @param output       a directory: {@code events/} (JSON Lines and/or {@code events-parquet/}) and {@code rejects/}
 * @param inputFormat  {@code jsonl} or {@code parquet}; by default {@code parquet} when the path ends in .parquet
 * @param writeJsonl   write {@code events/} as JSON Lines, each line exactly the local runner's
 * @param writeParquet write {@code events-parquet/} with the contract's columns ({@link EventSchema})
 * @param partitions   repartition the input into this many tasks before coding (0: keep Spark's splits)
 * @param pipeline     the pipeline every executor builds: {@code dyad code}'s default unless {@code --no-model}
 */
public record RunOptions(String input, String output, String inputFormat, boolean writeJsonl, boolean writeParquet,
                         int partitions, PipelineConfig pipeline) {
    static final String USAGE = """
            usage: SparkRunner [--input-format jsonl|parquet] [--output-format jsonl|parquet|both]
                               [--partitions N] [--no-model] INPUT OUTPUT
              INPUT   JSON Lines ({"id", "text", "date", "title"?, "source"?, "url"?} per line) or Parquet with those columns
              --no-model  rules only, as 'dyad code --no-model' (default: the learned models too, as 'dyad code')
              OUTPUT  directory: events/ (JSON Lines), events-parquet/ (Parquet), rejects/ (JSON Lines: where, id, problem, raw)""";

    public RunOptions {
        if (!inputFormat.equals("jsonl") && !inputFormat.equals("parquet")) {
            throw new IllegalArgumentException("--input-format must be jsonl or parquet, not " + inputFormat);
        }
        if (!writeJsonl && !writeParquet) {
            throw new IllegalArgumentException("nothing to write");
        }
        if (pipeline == null) {
            throw new IllegalArgumentException("no pipeline configuration");
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("--partitions must be >= 0");
        }
    }

    public static RunOptions parse(List<String> args) {
        String inputFormat = null;
        String outputFormat = "jsonl";
        int partitions = 0;
        PipelineConfig pipeline = PipelineConfig.defaults();
        List<String> paths = new java.util.ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--input-format" -> inputFormat = value(args, ++i, a);
                case "--output-format" -> outputFormat = value(args, ++i, a);
                case "--partitions" -> partitions = Integer.parseInt(value(args, ++i, a));
                case "--no-model" -> pipeline = PipelineConfig.rulesOnly();
                default -> {
                    if (a.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                    paths.add(a);
                }
            }
        }
        if (paths.size() != 2) {
            throw new IllegalArgumentException("expected INPUT and OUTPUT, got " + paths);
        }
        String input = paths.get(0);
        if (inputFormat == null) {
            inputFormat = input.toLowerCase(Locale.ROOT).replaceAll("/+$", "").endsWith(".parquet") ? "parquet" : "jsonl";
        }
        if (!List.of("jsonl", "parquet", "both").contains(outputFormat)) {
            throw new IllegalArgumentException("--output-format must be jsonl, parquet or both, not " + outputFormat);
        }
        return new RunOptions(input, paths.get(1), inputFormat, !outputFormat.equals("parquet"),
                !outputFormat.equals("jsonl"), partitions, pipeline);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }
}
