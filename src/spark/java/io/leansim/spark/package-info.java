/**
 * Replications as Apache Spark tasks ({@code --spark MASTER}, a {@code -Pspark} build only; the
 * application layer finds {@link io.leansim.spark.SparkRunner} by name). {@code SparkRunner} sends
 * each call's replications as one Spark job, scenarios as YAML with their traces' rows, and gives
 * back the local results to the bit; {@code Shipping} gives a cluster's executors LeanSim's jars
 * ({@code spark.jars}); {@code SparkLog} sends Spark's own log to a file. Cluster problems are
 * {@link java.lang.IllegalStateException}s with a message for the user, which the application
 * layer turns into exit code 7. See docs/shards-and-spark.md.
 */
package io.leansim.spark;
