package io.leansim.cli;

import io.leansim.selftest.Coverage;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** {@code leansim selftest --coverage}: runs {@link Coverage} with progress and prints its table. */
final class CoverageTable {
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean quiet;

  CoverageTable(PrintWriter out, PrintWriter err, boolean quiet) {
    this.out = out;
    this.err = err;
    this.quiet = quiet;
  }

  /** Runs the check and prints it; {@link ExitCodes#SELFTEST_FAILED} when a claim fails. */
  int run(Coverage.Plan plan, int macro, long seed, int threads) throws InterruptedException {
    if (!quiet) {
      out.printf(Locale.ROOT, "LeanSim selftest --coverage: %d macro-replications, each a whole run with its own "
          + "seed (base seed %d; %d threads)%n", macro, seed, threads);
      out.println("Each claim: how often a 95% interval covered the truth (or a mark appeared) over the "
          + "macro-replications,");
      out.println("with its exact binomial 95% interval (Clopper-Pearson); FAIL only when that interval lies "
          + "wholly on the bad side");
      out.println("of the nominal rate (coverage below 95%, false marks above 5%).");
      out.flush();
    }
    long start = System.nanoTime();
    int step = Math.max(1, macro / 10);
    Coverage.Result result = Coverage.run(plan, macro, seed, threads, done -> {
      if (!quiet && (done % step == 0 || done == macro)) {
        err.printf(Locale.ROOT, "  %d/%d macro-replications (%.0f s)%n", done, macro, (System.nanoTime() - start) / 1e9);
        err.flush();
      }
    });
    List<Coverage.Outcome> outcomes = result.outcomes();
    int width = Math.max(40, outcomes.stream().mapToInt(o -> o.claim().name().length()).max().orElse(0) + 2);
    String row = "  %-" + width + "s %9s %9s   %-15s %7s   %s%n";
    String group = null;
    int failed = 0;
    for (Coverage.Outcome o : outcomes) {
      boolean pass = o.verdict() == Coverage.Verdict.PASS;
      failed += pass ? 0 : 1;
      if (quiet && pass) {
        continue;
      }
      if (!o.claim().group().equals(group)) {
        group = o.claim().group();
        out.println();
        out.println(group);
        out.printf(row, "claim", "truth", "observed", "binomial 95%", "nominal", "verdict");
      }
      String nominal = (o.claim().side() == Coverage.Side.AT_LEAST ? ">= " : "<= ") + percent(o.claim().nominal());
      String verdict = o.verdict().name();
      if (o.meanCount() > 0) {
        verdict += o.claim().side() == Coverage.Side.AT_MOST
            ? String.format(Locale.ROOT, " (%.3f marks per run)", o.meanCount())
            : String.format(Locale.ROOT, " (Holm over %.0f tests)", o.meanCount());
      }
      out.printf(Locale.ROOT, row, o.claim().name(), Double.isNaN(o.claim().truth()) ? "-" : num(o.claim().truth()),
          percent(o.rate()), percent(o.low()) + " - " + percent(o.high()), nominal, verdict);
    }
    out.println();
    out.printf(Locale.ROOT, "Elapsed %.1f s%n", result.seconds());
    out.printf("%d claims: %d passed, %d failed%n", outcomes.size(), outcomes.size() - failed, failed);
    out.flush();
    return failed == 0 ? ExitCodes.OK : ExitCodes.SELFTEST_FAILED;
  }

  private static String percent(double x) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * x);
  }

  private static String num(double x) {
    return String.format(Locale.ROOT, "%.4g", x);
  }
}
