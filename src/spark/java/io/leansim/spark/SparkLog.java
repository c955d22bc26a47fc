package io.leansim.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Spark's own log on a LeanSim driver: to a file of its own (LeanSim's output stays readable), whose
 * path every cluster error names. Spark logs through SLF4J to Log4j 2; LeanSim's jar brings SLF4J's
 * no-op provider (its libraries must not print), so the Log4j provider is named explicitly, before
 * Spark's first class loads. A log configuration the user gave ({@code -Dlog4j2.configurationFile})
 * is kept.
 */
final class SparkLog {
  private SparkLog() {}

  /** Sends Spark's log to a new file in the temporary folder and returns it (null when the user configured Log4j). */
  static Path toFile() {
    String ours = System.getProperty("leansim.spark.log");
    if (ours != null) { // an earlier command of this JVM (Log4j is configured once)
      return Path.of(ours);
    }
    if (System.getProperty("log4j2.configurationFile") != null) {
      return null;
    }
    try {
      Path file = Files.createTempFile("leansim-spark-", ".log");
      // system properties are how SLF4J and Log4j are configured; set once, before they start
      System.setProperty("leansim.spark.log", file.toString());
      System.setProperty("log4j2.configurationFile",
          String.valueOf(SparkLog.class.getResource("log4j2.properties")));
      if (System.getProperty("slf4j.provider") == null) {
        System.setProperty("slf4j.provider", "org.apache.logging.slf4j.SLF4JServiceProvider");
        System.setProperty("slf4j.internal.verbosity", "WARN"); // not a line saying so
      }
      return file;
    } catch (IOException e) {
      return null;
    }
  }
}
