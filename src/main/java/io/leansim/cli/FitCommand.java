package io.leansim.cli;

import io.leansim.app.Failure;
import io.leansim.app.Fit;
import io.leansim.csv.CsvTable;
import io.leansim.fit.Durations;
import io.leansim.fit.Fitter;
import io.leansim.fit.Rescale;
import io.leansim.scenario.DurationUnit;
import io.leansim.scenario.load.Shorthand;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code leansim fit DATA.csv}: fits the scenario format's distributions to observed durations. */
@Command(
    name = "fit",
    header = "Fit distributions to observed durations and print the line to paste into a scenario.",
    mixinStandardHelpOptions = true,
    description = {
      "Reads a column of durations from a CSV file (a header row, one observation per row),",
      "fits every distribution of the scenario format by maximum likelihood (exponential, gamma,",
      "lognormal, Weibull, Erlang, normal, uniform, triangular), ranks them by AIC (lower is",
      "better; a difference under 2 is no real difference) and prints BIC and the",
      "Kolmogorov-Smirnov and Anderson-Darling p-values beside (a p-value under 0.05 rejects the",
      "law; the p-values treat the fitted parameters as known, so they are on the generous side).",
      "Then the line to paste, e.g.  time: logn(6.8, 3.1)",
      "",
      "The unit: --unit, else the header (\"service (s)\", \"service [min]\"), else minutes.",
      "A cell may also be an elapsed time (4:30 is 4 min 30 s, 1:02:03 is h:mm:ss), and have a",
      "decimal comma (4,5) in a file separated by ';' or tabs (the delimiter is sniffed; --delimiter).",
      "Writes results/fit/<file>-<column>/ (or --out DIR): histogram.png|svg (the data with the",
      "three best laws), qq.png|svg (the best law's Q-Q plot) and fit.json (every fit).",
      "At least " + Fitter.MIN_OBSERVATIONS + " observations are needed.",
      "",
      "Examples:",
      "  leansim fit scenarios/data/service-times.csv --column account_service",
      "  leansim fit times.csv --column counter_time --unit s --time-unit min",
      ""
    },
    footer = {"", ExitCodes.HELP})
final class FitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DATA.csv", description = "CSV file of observed durations.")
  Path file;

  @Option(names = "--column", paramLabel = "NAME", description = "The column to fit (needed when the file has several).")
  String column;

  @Option(names = "--unit", paramLabel = "UNIT", description = "Unit of the data: s, min or h (default: from the header, else min).")
  String unit;

  @Option(names = "--time-unit", paramLabel = "UNIT", description = "Unit of the printed line: the scenario's time_unit (default: ${DEFAULT-VALUE}).")
  String timeUnit = "min";

  @Option(names = "--out", paramLabel = "DIR", description = "Folder for the charts and fit.json (default: results/fit/<file>-<column>).")
  Path out;

  @Mixin DelimiterOption delimiter;
  @Mixin ForceOption force;

  @Mixin DebugOption debug;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter o = spec.commandLine().getOut();
    DurationUnit target = DurationUnit.ofSymbol(timeUnit);
    if (target == null) {
      throw Failure.usage("--time-unit must be s, min or h, got '" + timeUnit + "'");
    }
    CsvTable.Options options = delimiter.options();
    CsvTable table;
    try {
      table = CsvTable.read(file, "observation", options);
    } catch (CsvTable.Unreadable e) {
      throw new Failure(Failure.Kind.INVALID_INPUT, List.of(), List.of(String.valueOf(e.problem())));
    } catch (IOException e) {
      throw new Failure(Failure.Kind.INVALID_INPUT, List.of(),
          List.of(file + ": cannot read the file (" + CsvTable.describe(e) + "); check the path"));
    }
    Durations d = Durations.read(table, column, unit);
    if (!d.problems().isEmpty()) {
      List<String> lines = new ArrayList<>(CsvTable.Problem.listed(d.problems(), CsvTable.LISTED_PER_KIND));
      lines.add(String.format("%d error%s in %s; nothing was fitted.", d.problems().size(),
          d.problems().size() == 1 ? "" : "s", file));
      throw new Failure(Failure.Kind.INVALID_INPUT, List.of(), lines);
    }
    if (d.minutes().length < Fitter.MIN_OBSERVATIONS) {
      throw new Failure(Failure.Kind.INVALID_INPUT, List.of(), List.of(String.format("%s: only %d observation%s in"
              + " column '%s'; fitting needs at least %d: with fewer, the goodness-of-fit tests cannot tell one law"
              + " from another and the parameters are too imprecise to simulate with. Collect more, or use the"
              + " observations as they are: %s", file, d.minutes().length,
          d.minutes().length == 1 ? "" : "s", d.column(), Fitter.MIN_OBSERVATIONS, empirical(d, target))));
    }
    Path dir = Fit.folder(out, force.force, file, d.column());
    Fitter.Result r;
    try {
      r = Fitter.fit(d.minutes());
    } catch (IllegalArgumentException e) {
      throw new Failure(Failure.Kind.INVALID_INPUT, List.of(file + ": " + e.getMessage()), List.of());
    }
    double per = target.minutes();
    String u = target.symbol();
    CsvTable.Column head = CsvTable.Column.of(0, new CsvTable.Cell(d.header(), 1, 1));
    o.printf("%s, column '%s': %,d observations in %s%s%n", file, d.column(), d.minutes().length,
        head.elapsedFormat() && unit == null ? head.unit() : d.unit().symbol(),
        d.assumedUnit() ? " (no unit in the header or --unit: minutes assumed)" : "");
    var s = r.data();
    o.printf(Locale.ROOT, "  mean %s, sd %s, min %s, median %s, max %s (%s)%n%n", num(s.mean() / per), num(s.sd() / per),
        num(s.min() / per), num(s.median() / per), num(s.max() / per), u);
    o.printf(Locale.ROOT, "  %-4s %-26s %11s %10s %7s %10s %7s %7s%n", "rank", "law (" + u + ")", "log-lik", "AIC", "ΔAIC",
        "BIC", "KS p", "AD p");
    int rank = 1;
    for (Fitter.Fit f : r.fits()) {
      String law = Shorthand.of(Rescale.inUnit(f.spec(), per));
      o.printf(Locale.ROOT, "  %-4d %-26s %11.1f %10.1f %7.1f %10.1f %7s %7s%s%n", rank++, law, f.logLikelihood(), f.aic(),
          f.aic() - r.best().aic(), f.bic(), p(f.ksP()), p(f.adP()), f.ksP() < 0.05 || f.adP() < 0.05 ? "  rejected" : "");
    }
    r.skipped().forEach(x -> o.println("  not fitted: " + x));
    Fitter.Fit best = r.best();
    o.println();
    o.println("Paste into your scenario (time_unit: " + u + "):");
    o.println("  time: " + Shorthand.of(Rescale.inUnit(best.spec(), per)));
    if (best.ksP() < 0.05 || best.adP() < 0.05) {
      o.println("Even the best law is rejected by a goodness-of-fit test: consider resampling the observations"
          + " themselves:");
      o.println("  time: " + empirical(d, target));
    }
    o.println("The p-values treat the fitted parameters as known (they were estimated from the same data), so they are"
        + " generous: a small one rejects a law, a large one does not prove it.");
    Fit.write(r, file, d, per, u, dir);
    o.println("Charts: " + dir.resolve("histogram.png") + ", " + dir.resolve("qq.png") + " (and .svg); every fit: "
        + dir.resolve("fit.json"));
    return ExitCodes.OK;
  }

  /**
   * The empirical law of the observations, to paste: {@code {dist: empirical, file: F, column: C}}
   * with the file as named on the command line (a path relative to the scenario file: adjust it if
   * the scenario is elsewhere), followed by what to change when the scenario would not read the
   * file's plain numbers in the unit {@code fit} read them in.
   */
  private String empirical(Durations d, DurationUnit timeUnit) {
    String line = "{dist: empirical, file: " + Fit.yamlText(file.toString()) + ", column: " + Fit.yamlText(d.column()) + "}";
    CsvTable.Column c = CsvTable.Column.of(0, new CsvTable.Cell(d.header(), 1, 1));
    var headerUnit = c.secondsPerUnit();
    double scenarioReads = headerUnit.isPresent() ? headerUnit.getAsDouble() / 60 : timeUnit.minutes();
    if (scenarioReads != d.unit().minutes()) {
      line += "   (first rename the column '" + d.header() + "' to '" + c.name() + " (" + d.unit().symbol()
          + ")' in the file: a scenario reads its numbers in the header's unit, else in time_unit)";
    }
    return line;
  }

  private static String num(double x) {
    return String.format(Locale.ROOT, "%.3g", x);
  }

  private static String p(double x) {
    return x < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", x);
  }
}
