package io.leansim.cli;

import io.leansim.app.Failure;
import io.leansim.app.Outputs;
import io.leansim.app.Simulate;
import io.leansim.experiment.Summary;
import io.leansim.fit.Calibration;
import io.leansim.csv.CsvTable;
import io.leansim.fit.TicketLog;
import io.leansim.model.UnstableSystemException;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.TimeOfDay;
import io.leansim.scenario.load.LoadResult;
import io.leansim.scenario.load.ScenarioLoader;
import io.leansim.stats.Estimate;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code leansim calibrate LOG.csv}: drafts a scenario from a ticket log and holds it against the log. */
@Command(
    name = "calibrate",
    header = "Draft a scenario from a queue-ticket log, simulate it, and compare with the log.",
    mixinStandardHelpOptions = true,
    description = {
      "Reads a ticket log (CSV, one row per ticket) with the columns",
      "  ticket, type, issued, called, finished, counter   (and optionally date)",
      "times as HH:MM[:SS] or timestamps (2026-11-02 09:15:30). A ticket without 'finished' was",
      "not served (the customer left; 'called', if given, is when the number was called in vain).",
      "Other headers: map them, e.g. --columns issued=\"Ticket time\",counter=Desk.",
      "",
      "Drafts a scenario: customer types and mix, Poisson arrivals by hour, service times per",
      "type fitted as 'leansim fit' does, counters on duty by hour as observed, and patience",
      "estimated from the tickets never served. Writes it (default scenarios/<log name>.yaml),",
      "simulates it, and prints observed against simulated figures: mean wait overall, by type",
      "and by hour, abandonment and counter utilization.",
      "",
      "Examples:",
      "  leansim calibrate scenarios/data/ticket-log.csv --out /tmp/branch.yaml",
      "  leansim calibrate log.csv --columns ticket=No,type=Service,issued=Drawn,counter=Desk",
      ""
    },
    footer = {"", ExitCodes.HELP})
final class CalibrateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "LOG.csv", description = "The ticket log.")
  Path file;

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write the drafted scenario (default: scenarios/<log name>.yaml).")
  Path out;

  @Option(names = "--columns", paramLabel = "NAME=HEADER", split = ",",
      description = "Map our column names to the log's headers, e.g. issued=\"Ticket time\".")
  Map<String, String> columns = new LinkedHashMap<>();

  @Option(names = "--force", description = "Overwrite the output file if it exists.")
  boolean force;

  @Option(names = "--replications", paramLabel = "N", description = "Replications of the check (default: ${DEFAULT-VALUE}).")
  int replications = 20;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of the drafted scenario (default: ${DEFAULT-VALUE}).")
  long seed = 20261125;

  @Mixin ThreadsOption threadsOption;

  @Mixin DebugOption debug;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter o = spec.commandLine().getOut();
    int threads = threadsOption.threads;
    for (String k : columns.keySet()) {
      if (!TicketLog.COLUMNS.contains(k) && !k.equals("date")) {
        throw Failure.usage("--columns " + k + "=...: unknown column '" + k + "'; ours are "
            + String.join(", ", TicketLog.COLUMNS) + ", date");
      }
    }
    if (replications < 2 || threads < 1) {
      throw Failure.usage("--replications must be at least 2 and --threads at least 1");
    }
    CsvTable table;
    try {
      table = CsvTable.read(file, "ticket");
    } catch (CsvTable.Unreadable e) {
      throw new Failure(Failure.Kind.INVALID_INPUT, List.of(), List.of(String.valueOf(e.problem())));
    } catch (IOException e) {
      throw new Failure(Failure.Kind.INVALID_INPUT, List.of(),
          List.of(file + ":1:1: cannot read the file (" + e.getClass().getSimpleName() + "); check the path"));
    }
    TicketLog log = TicketLog.read(table, columns);
    if (!log.problems().isEmpty()) {
      List<String> lines = new ArrayList<>(log.problems().stream().map(String::valueOf).toList());
      lines.add(String.format("%d error%s in %s; nothing was drafted.", log.problems().size(),
          log.problems().size() == 1 ? "" : "s", file));
      throw new Failure(Failure.Kind.INVALID_INPUT, List.of(), lines);
    }
    String stem = file.getFileName().toString().replaceAll("\\.[^.]*$", "");
    Path target = Outputs.file(out, Path.of("scenarios", stem + ".yaml"), null, p -> false, force, "--force",
        List.of(new Outputs.Input("the ticket log", file)));
    String name = Calibration.key(target.getFileName().toString().replaceAll("\\.[^.]*$", "")).replace('_', '-');
    Calibration.Draft draft = Calibration.draft(name, log, seed);
    LoadResult loaded = ScenarioLoader.parse(target.toString(), draft.yaml(), target.toAbsolutePath().getParent());
    if (!loaded.ok()) {
      throw new IllegalStateException("the drafted scenario does not load: " + loaded.formatted());
    }
    try {
      Path parent = target.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path tmp = parent.resolve("." + target.getFileName() + ".partial");
      Files.writeString(tmp, draft.yaml(), StandardCharsets.UTF_8);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new Failure(Failure.Kind.IO, List.of("could not write " + target + ": " + e.getMessage()), List.of());
    }
    Calibration.Observed obs = draft.observed();
    o.printf("%s: %,d tickets over %d day%s, %d types, %02d:00 to %02d:00%n", file, obs.tickets(), obs.days(),
        obs.days() == 1 ? "" : "s", draft.types().size(), draft.openMinute() / 60, draft.openMinute() / 60 + draft.hours());
    o.println("Drafted: " + target);
    draft.notes().forEach(n -> o.println("  note: " + n));

    Scenario s = loaded.scenario();
    s = s.withRun(s.run().withReplications(replications));
    Summary sim;
    try {
      sim = Simulate.baseline(s, threads, 60);
    } catch (UnstableSystemException e) {
      throw new Failure(Failure.Kind.UNSTABLE, List.of("the draft is unstable: " + e.getMessage()), List.of());
    }
    o.println();
    o.printf("Observed in the log against simulated from the draft (%d replications; ± is the 95%% half-width):%n",
        replications);
    o.printf(Locale.ROOT, "  %-30s %10s   %-18s%n", "", "observed", "simulated");
    row(o, "mean wait (min)", obs.meanWait(), io.leansim.stats.Metric.WAIT_MEAN.of(sim.overall()), false);
    for (Map.Entry<String, Double> e : obs.waitByType().entrySet()) {
      Map<String, Estimate> t = sim.types().get(Calibration.key(e.getKey()));
      row(o, "  " + e.getKey(), e.getValue(), t == null ? null : io.leansim.stats.Metric.WAIT_MEAN.of(t), false);
    }
    row(o, "abandoned", obs.abandonRate(), io.leansim.stats.Metric.ABANDON_RATE.of(sim.overall()), true);
    var pool = sim.resources().get("counter");
    row(o, "counter utilization", obs.utilization(), io.leansim.stats.Metric.UTILIZATION.of(pool), true);
    o.println("  mean wait by hour of arrival (min):");
    double[] simByHour = sim.timeline() == null ? new double[0] : sim.timeline().waitByArrivalBin();
    for (int h = 0; h < draft.hours(); h++) {
      double simulated = h < simByHour.length ? simByHour[h] : Double.NaN;
      o.printf(Locale.ROOT, "    %-28s %10s   %s%n", TimeOfDay.format((draft.openMinute() + 60L * h) * 60),
          fmt(obs.waitByHour()[h], false), fmt(simulated, false));
    }
    o.println("Observed figures are one sample of " + obs.days() + " day" + (obs.days() == 1 ? "" : "s")
        + " (its mean wait has a 95% half-width of ±" + fmt(spread(obs.waitByDay()), false) + " min from day to day);"
        + " a wait is issued to called. Simulated hourly waits are means over replications.");
    return ExitCodes.OK;
  }

  /** 95% half-width of the mean of the daily means (Student t), NaN for fewer than two days. */
  static double spread(double[] days) {
    Estimate e = Estimate.of(Arrays.stream(days).boxed().toList());
    return e.n() < 2 ? Double.NaN : e.halfWidth();
  }

  private static void row(PrintWriter o, String label, double observed, Estimate simulated, boolean percent) {
    o.printf(Locale.ROOT, "  %-30s %10s   %s%n", label, fmt(observed, percent),
        simulated == null ? "–" : fmt(simulated.mean(), percent) + " ± " + fmt(simulated.halfWidth(), percent));
  }

  private static String fmt(double x, boolean percent) {
    if (Double.isNaN(x)) {
      return "–";
    }
    return percent ? String.format(Locale.ROOT, "%.1f%%", 100 * x) : String.format(Locale.ROOT, "%.2f", x);
  }
}
