package io.leansim.app;

import io.leansim.csv.CsvTable;
import io.leansim.experiment.Summary;
import io.leansim.fit.Calibration;
import io.leansim.fit.TicketLog;
import io.leansim.model.UnstableSystemException;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.load.LoadResult;
import io.leansim.scenario.load.ScenarioLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code calibrate}: a ticket log read, a scenario drafted from it and written, then simulated to
 * hold it against the log (unless the draft has placeholders: a simulation would only echo them).
 */
public final class Calibrate {
  private Calibrate() {}

  /**
   * What to calibrate and how.
   *
   * @param file the ticket log
   * @param columns our column names mapped to the log's headers (may be empty)
   * @param dates the order of dates like 02/11/2026, or null to tell it from the log
   * @param out where to write the draft, or null for {@code scenarios/<log name>.yaml}
   * @param force overwrite an existing draft
   * @param seed the draft's seed
   * @param replications replications of the check
   * @param csv how to read the log (its delimiter forced, or sniffed)
   */
  public record Request(Path file, Map<String, String> columns, TicketLog.DateOrder dates, Path out, boolean force,
      long seed, int replications, int threads, CsvTable.Options csv) {
    public Request {
      columns = Map.copyOf(columns);
    }
  }

  /** The draft, where it was written, and the simulation of it (null when the draft is not complete). */
  public record Outcome(Path target, Calibration.Draft draft, Summary simulated) {}

  /** Reads, drafts, writes and simulates; a {@link Failure} for a log with mistakes, an existing output, a disk error. */
  public static Outcome run(Request r) throws InterruptedException {
    for (String k : r.columns().keySet()) {
      if (!TicketLog.COLUMNS.contains(k) && !k.equals("date")) {
        throw Failure.usage("--columns " + k + "=...: unknown column '" + k + "'; ours are "
            + String.join(", ", TicketLog.COLUMNS) + ", date");
      }
    }
    if (r.replications() < 2 || r.threads() < 1) {
      throw Failure.usage("--replications must be at least 2 and --threads at least 1");
    }
    TicketLog log = read(r);
    String stem = r.file().getFileName().toString().replaceAll("\\.[^.]*$", "");
    Path target = Outputs.file(r.out(), Path.of("scenarios", stem + ".yaml"), null, p -> false, r.force(), "--force",
        List.of(new Outputs.Input("the ticket log", r.file())));
    String name = Calibration.scenarioName(target.getFileName().toString().replaceAll("\\.[^.]*$", ""));
    Calibration.Draft draft = Calibration.draft(name, log, r.seed());
    Path parent = target.toAbsolutePath().getParent();
    LoadResult loaded = ScenarioLoader.parse(target.toString(), draft.yaml(), parent);
    if (!loaded.ok()) {
      throw new IllegalStateException("the drafted scenario does not load: " + loaded.formatted());
    }
    try {
      Files.createDirectories(parent);
      Path tmp = parent.resolve("." + target.getFileName() + ".partial");
      Files.writeString(tmp, draft.yaml(), StandardCharsets.UTF_8);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new Failure(Failure.Kind.IO, List.of("could not write " + target + ": " + e.getMessage()), List.of());
    }
    if (!draft.complete()) {
      return new Outcome(target, draft, null);
    }
    Scenario s = loaded.scenario();
    s = s.withRun(s.run().withReplications(r.replications()));
    try {
      return new Outcome(target, draft, Simulate.baseline(s, r.threads(), 60));
    } catch (UnstableSystemException e) {
      throw new Failure(Failure.Kind.UNSTABLE, List.of("the draft is unstable: " + e.getMessage()),
          List.of("The draft was written to " + target + "; check its counters against the log."));
    }
  }

  private static TicketLog read(Request r) {
    CsvTable table;
    try {
      table = CsvTable.read(r.file(), "ticket", r.csv());
    } catch (CsvTable.Unreadable e) {
      throw new Failure(Failure.Kind.INVALID_INPUT, List.of(), List.of(String.valueOf(e.problem())));
    } catch (IOException e) {
      throw new Failure(Failure.Kind.INVALID_INPUT, List.of(),
          List.of(r.file() + ":1:1: cannot read the file (" + (e instanceof NoSuchFileException ? "no such file"
              : e instanceof AccessDeniedException ? "permission denied" : "an error of the disk") + "); check the path"));
    }
    TicketLog log = TicketLog.read(table, r.columns(), r.dates());
    if (!log.problems().isEmpty()) {
      List<String> lines = new ArrayList<>(log.problems().stream().map(String::valueOf).toList());
      lines.add(String.format("%d error%s in %s; nothing was drafted.", log.problems().size(),
          log.problems().size() == 1 ? "" : "s", r.file()));
      throw new Failure(Failure.Kind.INVALID_INPUT, List.of(), lines);
    }
    return log;
  }
}
