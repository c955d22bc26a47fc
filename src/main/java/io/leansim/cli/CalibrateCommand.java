package io.leansim.cli;

import io.leansim.app.Calibrate;
import io.leansim.experiment.Summary;
import io.leansim.fit.Calibration;
import io.leansim.fit.TicketLog;
import io.leansim.scenario.TimeOfDay;
import io.leansim.stats.Estimate;
import io.leansim.stats.Metric;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code leansim calibrate LOG.csv}: drafts a scenario from a ticket log and holds it against the log. */
@Command(
    name = "calibrate",
    header = "Draft a scenario from a queue-ticket log, simulate it, and compare with the log.",
    mixinStandardHelpOptions = true,
    description = {
      "Reads a ticket log (CSV, one row per ticket) with the columns",
      "  ticket, type, issued, called, finished, counter   (and optionally date)",
      "times as HH:MM[:SS] or timestamps (2026-11-02 09:15:30, 2026-11-02T09:15:30+01:00,",
      "02/11/2026 09:15; see --dates). A ticket without 'finished' was not served (the customer",
      "left; 'called', if given, is when the number was called in vain). A log of clock times",
      "without dates is split into days where the issued times go back; tickets may cross midnight.",
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

  @Option(names = "--dates", paramLabel = "dmy|mdy", converter = DatesConverter.class,
      description = "Order of dates like 02/11/2026: dmy (day first) or mdy (month first); default: from the log"
          + " (a number above 12 tells), else dmy.")
  TicketLog.DateOrder dates;

  @Option(names = "--force", description = "Overwrite the output file if it exists.")
  boolean force;

  @Option(names = "--replications", paramLabel = "N", description = "Replications of the check (default: ${DEFAULT-VALUE}).")
  int replications = 20;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of the drafted scenario (default: ${DEFAULT-VALUE}).")
  long seed = 20261125;

  @Mixin ThreadsOption threadsOption;

  @Mixin DelimiterOption delimiter;

  @Mixin DebugOption debug;

  /** Reads {@code --dates}: {@code dmy} or {@code mdy}. */
  static final class DatesConverter implements ITypeConverter<TicketLog.DateOrder> {
    @Override
    public TicketLog.DateOrder convert(String value) {
      return switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "dmy", "dd/mm/yyyy" -> TicketLog.DateOrder.DAY_FIRST;
        case "mdy", "mm/dd/yyyy" -> TicketLog.DateOrder.MONTH_FIRST;
        default -> throw new TypeConversionException("'" + value
            + "' is not a date order; use dmy (02/11/2026 is 2 November) or mdy (02/11/2026 is 11 February)");
      };
    }
  }

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter o = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Calibrate.Outcome outcome = Calibrate.run(new Calibrate.Request(file, columns, dates,
        out, force, seed, replications, threadsOption.threads, delimiter.options()));
    Calibration.Draft draft = outcome.draft();
    Calibration.Observed obs = draft.observed();
    o.printf("%s: %,d ticket%s over %d day%s, %d type%s, %s to %s%n", file, obs.tickets(), obs.tickets() == 1 ? "" : "s",
        obs.days(),
        obs.days() == 1 ? "" : "s", draft.types().size(), draft.types().size() == 1 ? "" : "s",
        TimeOfDay.format(draft.openMinute() * 60L), TimeOfDay.format((draft.openMinute() + 60L * draft.hours()) * 60));
    o.println("Drafted: " + outcome.target());
    draft.notes().forEach(n -> o.println("  note: " + n));
    Summary sim = outcome.simulated();
    if (sim == null) {
      o.println();
      o.println("Not simulated: the draft has placeholders where the log is silent (see the notes);"
          + " fill them in, then run it with 'leansim run " + outcome.target() + "'.");
      o.printf(Locale.ROOT, "Observed in the log: mean wait %s min, %s abandoned.%n", fmt(obs.meanWait(), false),
          fmt(obs.abandonRate(), true));
      o.flush();
      draft.warnings().forEach(w -> err.println("warning: " + w));
      err.flush();
      return ExitCodes.OK;
    }
    o.println();
    o.printf("Observed in the log against simulated from the draft (%d replications; ± is the 95%% half-width):%n",
        replications);
    o.printf(Locale.ROOT, "  %-30s %10s   %-18s%n", "", "observed", "simulated");
    row(o, "mean wait (min)", obs.meanWait(), Metric.WAIT_MEAN.of(sim.overall()), false);
    for (Map.Entry<String, Double> e : obs.waitByType().entrySet()) {
      Map<String, Estimate> t = sim.types().get(draft.keys().get(e.getKey()));
      row(o, "  " + e.getKey(), e.getValue(), t == null ? null : Metric.WAIT_MEAN.of(t), false);
    }
    row(o, "abandoned", obs.abandonRate(), Metric.ABANDON_RATE.of(sim.overall()), true);
    var pool = sim.resources().get("counter");
    row(o, "counter utilization" + (obs.utilization() > 1 ? " (!)" : ""), obs.utilization(), Metric.UTILIZATION.of(pool),
        true);
    o.println("  mean wait by hour of arrival (min):");
    double[] simByHour = sim.timeline() == null ? new double[0] : sim.timeline().waitByArrivalBin();
    for (int h = 0; h < draft.hours(); h++) {
      double simulated = h < simByHour.length ? simByHour[h] : Double.NaN;
      o.printf(Locale.ROOT, "    %-28s %10s   %s%n", TimeOfDay.format((draft.openMinute() + 60L * h) * 60),
          fmt(obs.waitByHour()[h], false), fmt(simulated, false));
    }
    double spread = spread(obs.waitByDay());
    o.println("Observed figures are one sample of " + obs.days() + " day" + (obs.days() == 1 ? "" : "s")
        + (Double.isNaN(spread) ? " (one day: how much its mean wait varies from day to day cannot be told);"
            : " (its mean wait has a 95% half-width of ±" + fmt(spread, false) + " min from day to day);")
        + " a wait is issued to called. Simulated hourly waits are means over replications.");
    o.flush();
    draft.warnings().forEach(w -> err.println("warning: " + w));
    err.flush();
    return ExitCodes.OK;
  }

  /** 95% half-width of the mean of the daily means (Student t), NaN for fewer than two days. */
  static double spread(double[] days) {
    Estimate e = Estimate.of(Arrays.stream(days).boxed().toList());
    return e.n() < 2 ? Double.NaN : e.halfWidth();
  }

  private static void row(PrintWriter o, String label, double observed, Estimate simulated, boolean percent) {
    o.printf(Locale.ROOT, "  %s %10s   %s%n", pad(label, 30), fmt(observed, percent),
        simulated == null ? "–" : fmt(simulated.mean(), percent) + " ± " + fmt(simulated.halfWidth(), percent));
  }

  /**
   * {@code text} padded with spaces to {@code width} columns of a terminal, where an East Asian wide
   * character (CJK, Hangul, full-width forms) takes two.
   */
  static String pad(String text, int width) {
    int columns = text.codePoints().map(c -> wide(c) ? 2 : 1).sum();
    return text + " ".repeat(Math.max(0, width - columns));
  }

  private static boolean wide(int c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
  }

  private static String fmt(double x, boolean percent) {
    if (Double.isNaN(x)) {
      return "–";
    }
    return percent ? String.format(Locale.ROOT, "%.1f%%", 100 * x) : String.format(Locale.ROOT, "%.2f", x);
  }
}
