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
    try (OutputStream out = Files.newOutputStream(dir.resolve("customers.csv"))) {
      out.write((String.join(",", COLUMNS) + "\n").getBytes(StandardCharsets.UTF_8));
      for (int r = 0; r < replications; r++) {
        Path part = partFile(dir, r);
        try (InputStream in = Files.newInputStream(part)) {
          in.transferTo(out);
        }
        Files.delete(part);
      }
    }
  }
}
