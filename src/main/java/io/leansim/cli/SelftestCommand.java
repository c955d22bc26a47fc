package io.leansim.cli;

import io.leansim.app.Failure;
import io.leansim.selftest.Coverage;
import io.leansim.selftest.Selftest;
import io.leansim.selftest.SelftestModel;
import io.leansim.selftest.SelftestModels;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code leansim selftest}: the engine against exact queueing theory. */
@Command(
    name = "selftest",
    header = "Check the engine against exact queueing theory (5 to 15 seconds).",
    mixinStandardHelpOptions = true,
    description = {
      "Runs small built-in models whose answers queueing theory knows exactly (M/M/c, priority,",
      "M/G/1, Erlang-A abandonment, M/M/c/K balking, rework feedback, preemptive priority, a queue",
      "starting empty, rising shifts) through the simulation engine, and prints for every figure",
      "the theory value, the simulated mean +- 95%% half-width, and PASS, FAIL or INCONCLUSIVE.",
      "The last line reads 'N passed, M failed' (inconclusive figures count as failed).",
      "",
      "With --coverage, checks the statistics themselves instead (2 to 3 minutes): --macro whole",
      "runs of models with known truth, each with its own seed, and for each claim the share of",
      "95%% intervals that covered the truth (mean wait, 90%% wait, service level, utilisation, a",
      "paired difference), or of compares marked although nothing changed, with its binomial 95%%",
      "interval, and PASS, or FAIL when that interval lies wholly on the wrong side of 95%% (5%%).",
      "",
      "Examples:  leansim selftest --threads 4",
      "           leansim selftest --coverage --macro 100"
    },
    footer = {"", ExitCodes.HELP})
final class SelftestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--replications", paramLabel = "N",
      description = "Replications of each steady-state model (default: ${DEFAULT-VALUE}); the models "
          + "starting empty run " + SelftestModels.TRANSIENT_FACTOR + " times as many. With --coverage: "
          + "replications of each run of a macro-replication (default: 10, and 20 for the compares).")
  int replications = SelftestModels.DEFAULT_REPLICATIONS;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of every model (default: ${DEFAULT-VALUE}).")
  long seed = SelftestModels.DEFAULT_SEED;

  @Mixin ThreadsOption threadsOption;

  @Option(names = "--coverage", description = "Check the statistics instead: coverage of the 95%% intervals and "
      + "the rate of false marks, over macro-replications of models with known truth (docs/statistics.md).")
  boolean coverage;

  @Option(names = "--macro", paramLabel = "N", description = "With --coverage: macro-replications, each a whole run "
      + "with its own seed (default: ${DEFAULT-VALUE}).")
  int macro = Coverage.DEFAULT_MACRO;

  @Option(names = {"-q", "--quiet"}, description = "Print only the lines that did not pass and the summary line.")
  boolean quiet;

  @Mixin DebugOption debug;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    int threads = threadsOption.threads;
    if (replications < 2) {
      throw Failure.usage("--replications must be at least 2, got " + replications);
    }
    if (threads < 1) {
      throw Failure.usage("--threads must be at least 1, got " + threads);
    }
    if (coverage) {
      if (macro < 1) {
        throw Failure.usage("--macro must be at least 1, got " + macro);
      }
      Coverage.Plan plan = spec.commandLine().getParseResult().hasMatchedOption("--replications")
          ? Coverage.Plan.FULL.withReplications(replications) : Coverage.Plan.FULL;
      return new CoverageTable(out, spec.commandLine().getErr(), quiet).run(plan, macro, seed, threads);
    }
    if (spec.commandLine().getParseResult().hasMatchedOption("--macro")) {
      throw Failure.usage("--macro needs --coverage");
    }
    long start = System.nanoTime();
    List<SelftestModel> models = SelftestModels.all(replications, seed);
    if (!quiet) {
      out.printf(Locale.ROOT, "LeanSim selftest: %d models with exact answers, through the engine "
          + "(%d replications, %d for models starting empty; seed %d; %d threads)%n", models.size(), replications,
          replications * SelftestModels.TRANSIENT_FACTOR, seed, threads);
      out.printf(Locale.ROOT, "PASS when |theory - mean| <= %.0f x half-width (95%%): the 95%% interval widened "
          + "%.0fx: a correct engine fails a line about once in 10,000.%n", Selftest.K, Selftest.K);
      out.printf(Locale.ROOT, "INCONCLUSIVE when the half-width is above %.0f%% of theory (too imprecise to judge)."
          + "%n", 100 * SelftestModels.PRECISION);
      out.flush();
    }
    List<Selftest.Check> checks = Selftest.run(models, threads);
    int width = Math.max(30, checks.stream().mapToInt(c -> c.figure().name().length()).max().orElse(0) + 2);
    String row = "  %-" + width + "s %12s   %-26s %s%n";
    SelftestModel current = null;
    int passed = 0;
    int inconclusive = 0;
    for (Selftest.Check c : checks) {
      if (c.verdict() == Selftest.Verdict.PASS) {
        passed++;
      } else if (c.verdict() == Selftest.Verdict.INCONCLUSIVE) {
        inconclusive++;
      }
      if (quiet && c.verdict() == Selftest.Verdict.PASS) {
        continue;
      }
      if (c.model() != current) {
        current = c.model();
        out.println();
        out.printf("%s: %s%n", current.name(), current.title());
        out.printf(row, "figure", "theory", "simulated (95%)", "verdict");
      }
      out.printf(Locale.ROOT, row, c.figure().name(), num(c.figure().theory()),
          num(c.estimate().mean()) + " +- " + num(c.estimate().halfWidth()), verdict(c));
    }
    int failed = checks.size() - passed;
    double seconds = (System.nanoTime() - start) / 1e9;
    out.println();
    out.printf(Locale.ROOT, "Elapsed %.1f s%s%n", seconds,
        inconclusive > 0 ? "; " + inconclusive + " inconclusive (try more --replications)" : "");
    out.printf("%d passed, %d failed%n", passed, failed);
    out.flush();
    return failed == 0 ? ExitCodes.OK : ExitCodes.SELFTEST_FAILED;
  }

  private static String verdict(Selftest.Check c) {
    if (c.verdict() == Selftest.Verdict.PASS) {
      return "PASS";
    }
    return String.format(Locale.ROOT, "%s (%.1f half-widths off)", c.verdict(), c.distance());
  }

  private static String num(double x) {
    if (Double.isNaN(x)) {
      return "n/a";
    }
    return String.format(Locale.ROOT, "%.4g", x);
  }
}
