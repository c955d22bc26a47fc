package io.leansim.report;

import io.leansim.stats.Visit;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The trace {@code customers.csv}: one row per customer and step visit, with columns {@code
 * replication, customer, type, step, joined, started, ended, pool, service, outcome}. Times are
 * run times (time units since {@code clock_start}) at full precision; {@code started} is the
 * first start of service; empty cells mean "did not happen" (never served, or the run ended
 * first); {@code pool} is empty for steps without resource; {@code outcome} is {@code served},
 * {@code abandoned}, {@code balked} or {@code open}. Rows stream to one part file per replication (so memory does not grow with the
 * trace) and parts are joined in replication order, so the file is the same for any thread count.
 */
public final class TraceFiles {
  private static final CsvMapper CSV = CsvMapper.builder().build();
  private static final List<String> COLUMNS =
      List.of("replication", "customer", "type", "step", "joined", "started", "ended", "pool", "service", "outcome");

  private TraceFiles() {}

  /** A streaming writer of one replication's visits into a part file. */
  public static final class Part implements Consumer<Visit>, AutoCloseable {
    private final Writer out;
    private final SequenceWriter rows;

    Part(Path file) throws IOException {
      this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
      CsvSchema.Builder b = CsvSchema.builder();
      COLUMNS.forEach(b::addColumn);
      this.rows = CSV.writer(b.build()).writeValues(out);
    }

    @Override
    public void accept(Visit v) {
      rows.write(List.of(Integer.toString(v.replication()), Long.toString(v.customer()), v.type(), v.step(),
          SummaryFiles.number(v.joined()), SummaryFiles.number(v.started()), SummaryFiles.number(v.ended()),
          v.pool() == null ? "" : v.pool(), SummaryFiles.number(v.service()), v.outcome()));
    }

    @Override
    public void close() {
      try {
        rows.close();
        out.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Path of the part file of {@code replication} in {@code dir}. */
  public static Path partFile(Path dir, int replication) {
    return dir.resolve(".customers-" + replication + ".part");
  }

  /** Opens the part file of {@code replication} in {@code dir}. */
  public static Part openPart(Path dir, int replication) throws IOException {
    return new Part(partFile(dir, replication));
  }

  /** Joins the parts of replications 0..n-1 into {@code dir/customers.csv} with a header, deleting the parts. */
  public static void join(Path dir, int replications) throws IOException {
    join(dir, 0, replications - 1);
  }

  /**
   * Joins the parts of replications {@code from..to} (a shard's) into {@code dir/customers.csv} with
   * a header, deleting the parts.
   */
  public static void join(Path dir, int from, int to) throws IOException {
    try (OutputStream out = Files.newOutputStream(dir.resolve("customers.csv"))) {
      out.write(header());
      for (int r = from; r <= to; r++) {
        Path part = partFile(dir, r);
        try (InputStream in = Files.newInputStream(part)) {
          in.transferTo(out);
        }
        Files.delete(part);
      }
    }
  }

  /**
   * Writes {@code target} as the concatenation of the traces {@code parts} (each a {@code
   * customers.csv} of consecutive replications, in replication order): one header, then every
   * part's rows. The traces of a run's shards give the trace of the whole run, byte for byte.
   */
  public static void concatenate(List<Path> parts, Path target) throws IOException {
    byte[] header = header();
    try (OutputStream out = Files.newOutputStream(target)) {
      out.write(header);
      for (Path part : parts) {
        try (InputStream in = Files.newInputStream(part)) {
          byte[] first = in.readNBytes(header.length);
          if (!java.util.Arrays.equals(first, header)) {
            throw new IOException(part + " does not start with the header of customers.csv");
          }
          in.transferTo(out);
        }
      }
    }
  }

  /** Whether {@code file} starts with the header of {@code customers.csv}. */
  static boolean hasHeader(Path file) throws IOException {
    byte[] header = header();
    try (InputStream in = Files.newInputStream(file)) {
      return java.util.Arrays.equals(in.readNBytes(header.length), header);
    }
  }

  private static byte[] header() {
    return (String.join(",", COLUMNS) + "\n").getBytes(StandardCharsets.UTF_8);
  }
}
