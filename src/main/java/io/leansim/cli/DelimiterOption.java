package io.leansim.cli;

import io.leansim.app.Failure;
import io.leansim.csv.CsvTable;
import picocli.CommandLine.Option;

/**
 * {@code --delimiter} of every command that reads a data file named on the command line (a picocli
 * mixin): forces the delimiter when sniffing it from the header line guesses wrong.
 */
final class DelimiterOption {
  @Option(names = "--delimiter", paramLabel = "CHAR",
      description = "The data file's delimiter: ',' ';' tab or '|' (default: the one its header line has most of).")
  String delimiter;

  /** The reader's options for the file, or a usage failure for a value that is no delimiter. */
  CsvTable.Options options() {
    return CsvTable.Options.ofDelimiter(delimiter).orElseThrow(() -> Failure.usage(
        "--delimiter must be ',', ';', tab or '|' (a single character that is not a letter, digit or quote), got '"
            + delimiter + "'"));
  }
}
