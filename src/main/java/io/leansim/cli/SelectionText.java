package io.leansim.cli;

import io.leansim.app.SelectBest;
import io.leansim.report.FigureText;
import io.leansim.experiment.Selection;
import io.leansim.stats.Metric;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The answer of {@code compare --select-best}: which variant is best, with what confidence and
 * after how many replications, or which cannot be told apart; then every variant ranked by the
 * figure, with the stage at which each was eliminated.
 */
final class SelectionText {
  private SelectionText() {}

  /** Prints the answer; {@code common}: whether every variant drew the baseline's random numbers. */
  static void print(SelectBest.Answer a, boolean common, PrintWriter out) {
    Selection.Outcome o = a.outcome();
    Metric f = a.figure();
    String delta = small(a, o.plan().delta());
    out.printf("Which variant is best (%s, %s is better, indifference zone %s%s, Kim-Nelson%s):%n", f.key(),
        f.lowerIsBetter() ? "lower" : "higher", delta,
        a.defaultDelta() ? String.format(Locale.ROOT, " (%.0f%% of the baseline's mean)", 100 * SelectBest.DEFAULT_DELTA)
            : "", common ? " with common random numbers" : "");
    List<String> survivors = o.survivors();
    out.println("  " + switch (o.stop()) {
      case SELECTED -> "best: " + o.best() + ", with probability of correct selection >= 95% (within " + delta
          + "), after " + o.replications() + " replications";
      case TIED -> together(survivors) + " cannot be told apart: the same " + f.key()
          + " in each of the first " + o.plan().firstStage() + " replications";
      case CAP -> together(survivors) + " cannot be told apart within " + delta + " after "
          + o.replications() + " replications (the cap; a wider --delta decides sooner)";
      case NOTHING_TO_SELECT -> "only " + o.best() + ": nothing to select";
    });
    out.println("  Ranking by each day's " + f.key() + " (mean over the replications each had):");
    int name = o.ranking().stream().mapToInt(r -> r.system().length()).max().orElse(0);
    int value = o.ranking().stream().mapToInt(r -> amount(a, r.mean()).length()).max().orElse(0);
    for (Selection.Ranked r : o.ranking()) {
      String status = !r.survived() ? "out after " + r.replications() + " replications, worse than " + r.eliminatedBy()
          : survivors.size() == 1 ? "best" : "still in";
      out.println(String.format(Locale.ROOT, "    %-" + name + "s  %" + value + "s  %s", r.system(), amount(a, r.mean()),
          status));
    }
    if (a.added() > 0) {
      out.printf(Locale.ROOT, "  (%d replications run for the selection, beyond the comparison's)%n", a.added());
    }
  }

  /** "a", "a and b", "a, b and c". */
  private static String together(List<String> names) {
    int n = names.size();
    return n == 1 ? names.get(0) : String.join(", ", names.subList(0, n - 1)) + " and " + names.get(n - 1);
  }

  /** The indifference zone: as {@link #amount}, with two significant digits when small (0.050 min; a share in percentage points). */
  private static String small(SelectBest.Answer a, double delta) {
    Metric f = a.figure();
    double shown = f.unit() == Metric.Unit.SHARE ? 100 * delta : delta;
    if (shown >= 10) {
      return amount(a, delta);
    }
    String text = String.format(Locale.ROOT, "%.2g", shown);
    return f.unit() == Metric.Unit.SHARE ? text + " percentage points" : f.unit() == Metric.Unit.DURATION ? text + " " + a.timeUnit()
        : text;
  }

  /** {@code x} in the figure's unit, as the tables show it. */
  private static String amount(SelectBest.Answer a, double x) {
    Metric f = a.figure();
    String text = FigureText.of(f).text(x);
    return f.unit() == Metric.Unit.DURATION ? text + " " + a.timeUnit() : text;
  }
}
