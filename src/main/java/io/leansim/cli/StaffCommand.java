package io.leansim.cli;

import io.leansim.app.Failure;
import io.leansim.app.Staff;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.TimeOfDay;
import io.leansim.scenario.load.LoadResult;
import io.leansim.staffing.BinDemand;
import io.leansim.staffing.Evaluation;
import io.leansim.staffing.ServiceLevelTargets;
import io.leansim.staffing.StaffingPlan;
import io.leansim.staffing.StaffingSearch;
import io.leansim.stats.Estimate;
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


/** {@code leansim staff FILE --resource NAME --service-level P}: the cheapest staff per time bin for a service level. */
@Command(
    name = "staff",
    header = "Find the cheapest staff per hour of one pool that meets a service level in every hour.",
    mixinStandardHelpOptions = true,
    description = {
      "Finds how many servers the pool --resource needs in each time bin of the day (--bin,",
      "default 1 hour) so that, in every bin, at least --service-level of the customers who",
      "need the pool (types it serves that walk a step using it) and ARRIVE in the bin wait",
      "at most targets.wait_within of the scenario (total wait over the process; as in",
      "service_level, a customer who gave up counts as a failure, however short its wait).",
      "Per type: --service-level card_replacement=0.95 judges that type's customers on their",
      "own; --service-level 0.8 then applies to the other types that need the pool, together.",
      "",
      "How:",
      "  1. Queueing theory per bin, as if each bin were a steady state: the bin's arrivals that",
      "     need the pool and their offered load (arrival rate x mean service time) give the",
      "     smallest staff meeting the target by Erlang C (Erlang A when customers have",
      "     patience); square-root staffing (c = a + beta sqrt(a)) is shown beside it.",
      "  2. Simulation improves it, every candidate with the same seed (common random numbers):",
      "     add one server to each bin whose mean service level misses the target, until none",
      "     does; then try one server fewer in one bin at a time and keep it only if every bin",
      "     it touched meets the target with 95%% confidence (mean minus half-width >= target).",
      "     Queues carry over between bins, so every bin is checked; a bin whose customers had",
      "     all left before the change gets the very same results (same random numbers) and",
      "     meets the target as before.",
      "  Every candidate runs --replications replications (default: run.replications of the file;",
      "  at least 2, for confidence intervals).",
      "",
      "Writes results/<name>/staffing/ (or --out DIR):",
      "  staffing.json           per bin: start, end, staff, erlang_estimate, service_level",
      "                          {mean, half_width}, arrivals_per_hour, offered_load, sqrt_staffing;",
      "                          staff_hours and cost (with cost_per_hour)",
      "  staffing-variant.yaml   the staffing as a variant to paste under variants:",
      "  staffing.png, .svg      arrivals, staff found, Erlang estimate and sqrt staffing by hour",
      "  results.xlsx            the table of bins as an Excel workbook",
      "The scenario needs a target:  targets: {wait_within: 10min}",
      "",
      "Examples:",
      "  leansim staff scenarios/telecom-hall.yaml --resource counter --service-level 0.8",
      "  leansim staff scenarios/bank-branch.yaml --resource tellers --service-level 0.9 --bin 30min",
      "  leansim staff hall.yaml --resource desk --service-level 80%% --max-staff 12 --replications 40",
      "  leansim staff scenarios/telecom-hall.yaml --resource counter --service-level 0.8 \\",
      "      --service-level card_replacement=0.95",
      ""
    },
    footer = {"", ExitCodes.HELP})
final class StaffCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file (YAML), with targets.wait_within.")
  Path file;

  @Option(names = "--resource", required = true, paramLabel = "NAME", description = "The pool to staff.")
  String resource;

  @Option(names = "--service-level", required = true, paramLabel = "P|TYPE=P",
      description = {"Share of the customers who need the pool in every bin to wait at most wait_within:",
          "0.8 or 80%%; TYPE=0.95 for the customers of one type on their own (repeat the option)."})
  List<String> serviceLevels;

  @Option(names = "--bin", paramLabel = "DURATION",
      description = "Width of the time bins, from the scenario's clock_start: 60min, 30min, 1h, or minutes (default: ${DEFAULT-VALUE}).")
  String bin = "60min";

  @Option(names = "--max-staff", paramLabel = "N",
      description = "Most servers in a bin (default: twice the largest Erlang estimate, at least 10).")
  Integer maxStaff;

  @Option(names = "--max-evaluations", paramLabel = "N",
      description = "Most candidate staffings to simulate (default: ${DEFAULT-VALUE}).")
  int maxEvaluations = 200;

  @Option(names = "--out", paramLabel = "DIR", description = "Results folder (default: results/<name>/staffing).")
  Path out;

  @Mixin ForceOption force;

  @Mixin RunOptions run;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter o = spec.commandLine().getOut();
    Staff.Outcome outcome = Staff.run(new Staff.Request(file, resource, serviceLevels, bin, maxStaff, maxEvaluations,
        run.overrides(), out, force.force, run.threads(), run.sparkMaster()), new Staff.Watch() {
          @Override
          public void loaded(Path f, LoadResult result) {
            Diagnostics.print(f, result, err);
          }

          @Override
          public StaffingSearch.Listener searching(Scenario s, List<BinDemand> bins, ServiceLevelTargets targets,
              int most) {
            boolean watched = !run.quiet() && System.console() != null;
            return watched ? new Watcher(err, s, bins, shortly(targets), most) : StaffingSearch.QUIET;
          }
        });
    StaffingPlan plan = outcome.plan();
    if (!plan.met()) {
      if (!run.quiet()) {
        printTable(plan, o);
      }
      throw new Failure(Failure.Kind.TARGET_NOT_MET, List.of(notMet(plan)), List.of("Nothing was written."));
    }
    Path dir = outcome.folder();
    if (!run.quiet()) {
      printTable(plan, o);
      if (plan.outcome() == StaffingPlan.Outcome.FOUND_AT_CAP) {
        o.printf("Stopped trying reductions after %d candidates (--max-evaluations): every bin meets the target,"
            + " but a cheaper staffing may exist.%n", plan.evaluations());
      }
      o.println("To compare it with the file's staffing, paste " + dir.resolve("staffing-variant.yaml")
          + " under 'variants:' and run leansim compare " + file);
      o.println();
    }
    o.println("Results: " + Console.folder(dir));
    return ExitCodes.OK;
  }

  private static String notMet(StaffingPlan plan) {
    Scenario s = plan.scenario();
    List<String> bins = new ArrayList<>();
    Evaluation ev = plan.evaluation();
    for (int b : ev.missing()) {
      List<String> levels = new ArrayList<>();
      for (Evaluation.Level l : ev.levels()) {
        if (!l.meets(b)) {
          Estimate e = l.byBin().get(b);
          String who = ev.levels().size() == 1 ? "" : label(plan, l.group()) + " ";
          levels.add(who + pct(e.mean()) + " ± " + pct(e.halfWidth()));
        }
      }
      bins.add(range(s, plan.bins().get(b)) + " (" + plan.staff().get(b) + " staff: " + String.join(", ", levels)
          + ")");
    }
    String what = (ev.levels().size() == 1 ? "the target of " : "the targets (") + shortly(plan.targets())
        + (ev.levels().size() == 1 ? "" : ")") + " within " + num(plan.waitWithin()) + " " + s.timeUnit().symbol()
        + " " + (ev.levels().size() == 1 ? "is" : "are") + " not met in " + String.join(", ", bins);
    if (plan.outcome() == StaffingPlan.Outcome.NOT_MET_AT_CAP) {
      return what + " after " + plan.evaluations() + " candidates (--max-evaluations); allow more evaluations.";
    }
    return what + " with --max-staff " + plan.maxStaff() + " in the bins that miss it. Allow more staff"
        + " (--max-staff), or look elsewhere: the wait counted is the total over every step, so waits at other"
        + " pools, outages or rework may keep the target out of reach whatever this pool's staff.";
  }

  /** The table of bins. */
  private static void printTable(StaffingPlan plan, PrintWriter o) {
    Scenario s = plan.scenario();
    String model = plan.withPatience() ? "Erlang A" : "Erlang C";
    double binMinutes = plan.binWidth() * s.timeUnit().minutes();
    o.printf(Locale.ROOT, "%s: staff of %s so that, in each %s-minute bin, %s arriving in it wait at most"
            + " %s %s%n", s.name(), plan.resource(), num(binMinutes), goal(plan), num(plan.waitWithin()),
        s.timeUnit().symbol());
    o.printf(Locale.ROOT, "%s per bin, then simulation with common random numbers: %d candidates of %d"
        + " replications, seed %d%n%n", model, plan.evaluations(), s.run().replications(), s.run().seed());
    Evaluation e = plan.evaluation();
    boolean one = e.levels().size() == 1 && e.levels().get(0).group().isOthers();
    List<String> heads = new ArrayList<>();
    for (Evaluation.Level l : e.levels()) {
      heads.add(one ? "service level" : String.format(Locale.ROOT, "%-24s", label(plan, l.group()) + " ("
          + share(l.group().target()) + ")"));
    }
    o.printf(Locale.ROOT, "  %-13s %10s %7s %9s %6s %6s   %s%n", "bin", "arrivals/h", "load", model, "sqrt", "staff",
        String.join(" ", heads).stripTrailing());
    double perHour = s.timeUnit().perHour();
    for (BinDemand b : plan.bins()) {
      List<String> cells = new ArrayList<>();
      for (Evaluation.Level l : e.levels()) {
        Estimate sl = l.byBin().get(b.index());
        String level = sl.n() == 0 ? "– (nobody arrived)" : pct(sl.mean()) + " ± " + pct(sl.halfWidth())
            + (l.meets(b.index()) ? "" : "  misses");
        cells.add(one ? level : String.format(Locale.ROOT, "%-24s", level));
      }
      o.printf(Locale.ROOT, "  %-13s %10.1f %7.2f %9d %6d %6d   %s%n", range(s, b), b.arrivalRate() * perHour,
          b.offeredLoad(), b.erlangEstimate(), b.squareRoot().servers(), plan.staff().get(b.index()),
          String.join(" ", cells).stripTrailing());
    }
    o.println();
    String cost = plan.cost().isPresent() ? String.format(Locale.ROOT, ", cost %,.2f", plan.cost().getAsDouble()) : "";
    double erlang = 0;
    for (BinDemand b : plan.bins()) {
      erlang += b.erlangEstimate() * b.length() / perHour;
    }
    o.printf(Locale.ROOT, "Staff-hours: %s (the %s estimates: %s)%s%n", num(plan.staffHours()), model, num(erlang),
        cost);
    o.printf(Locale.ROOT, "A bin's service level: the share of the customers who need %s, arrived in it and left,"
        + " whose total wait was at most %s %s (one who gave up counts as a failure); mean over replications ± 95%%"
        + " half-width.%n", plan.resource(), num(plan.waitWithin()), s.timeUnit().symbol());
  }

  /** Who a group is in a table: its type, or the other types (all who need the pool when no type has a target). */
  private static String label(StaffingPlan plan, ServiceLevelTargets.Group g) {
    return g.isOthers() ? (plan.targets().byType().isEmpty() ? "everyone" : "others") : g.type();
  }

  /** The targets in a sentence: "80% of the customers who need it", "95% of the card customers and 80% of the others". */
  private static String goal(StaffingPlan plan) {
    List<String> parts = new ArrayList<>();
    for (ServiceLevelTargets.Group g : plan.groups()) {
      parts.add(share(g.target()) + " of the " + (g.isOthers()
          ? (plan.targets().byType().isEmpty() ? "customers who need it" : "other customers who need it")
          : g.type() + " customers"));
    }
    return String.join(" and ", parts);
  }

  /** The targets in short: "80%", or "card_replacement 95%, others 80%". */
  private static String shortly(ServiceLevelTargets t) {
    if (t.byType().isEmpty()) {
      return share(t.others());
    }
    List<String> parts = new ArrayList<>();
    t.byType().forEach((type, p) -> parts.add(type + " " + share(p)));
    if (!Double.isNaN(t.others())) {
      parts.add("others " + share(t.others()));
    }
    return String.join(", ", parts);
  }

  private static String range(Scenario s, BinDemand b) {
    return clock(s, b.start()) + "-" + clock(s, b.end());
  }

  private static String clock(Scenario s, double runTime) {
    return TimeOfDay.format(Math.round((s.clockStart() + runTime) * s.timeUnit().minutes() * 60));
  }

  private static String pct(double x) {
    return Double.isNaN(x) ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * x);
  }

  /** A target as a percentage without needless decimals: 80%, 92.5%. */
  private static String share(double x) {
    return num(100 * x) + "%";
  }

  private static String num(double x) {
    return io.leansim.scenario.load.Shorthand.num(x);
  }

  /** Progress on standard error, one line per candidate, for a person watching. */
  private static final class Watcher implements StaffingSearch.Listener {
    private final PrintWriter err;
    private final Scenario scenario;
    private final List<BinDemand> bins;
    private final String target;
    private final int maxEvaluations;
    private final long started = System.nanoTime();
    private int seen;

    Watcher(PrintWriter err, Scenario scenario, List<BinDemand> bins, String target, int maxEvaluations) {
      this.err = err;
      this.scenario = scenario;
      this.bins = bins;
      this.target = target;
      this.maxEvaluations = maxEvaluations;
    }

    /** Elapsed time, and the time left at most: the candidates the search may still simulate at the pace so far. */
    private String pace(int evaluated) {
      double elapsed = (System.nanoTime() - started) / 1e9;
      double each = elapsed / Math.max(1, evaluated);
      int left = Math.max(0, maxEvaluations - evaluated);
      return String.format(java.util.Locale.ROOT, "  [%.0f s; %.1f s a candidate; at most %d more, ≤ %.0f s]", elapsed,
          each, left, left * each);
    }

    @Override
    public void moved(StaffingSearch.Move move) {
      Evaluation e = move.evaluation();
      StringBuilder line = new StringBuilder("staff: candidate ").append(e.number());
      switch (move.kind()) {
        case START -> line.append(" (Erlang estimates)");
        case ADD -> line.append(" (+1 at ").append(String.join(", ", move.bins().stream()
            .map(b -> clock(scenario, bins.get(b).start())).toList())).append(')');
        case REMOVE -> line.append(" (−1 at ").append(clock(scenario, bins.get(move.bins().get(0)).start()))
            .append(')');
        default -> throw new AssertionError(move.kind());
      }
      if (e.number() <= seen) {
        line.append(", simulated before");
      }
      seen = Math.max(seen, e.number());
      line.append(": ").append(String.join(" ", e.staff().stream().map(String::valueOf).toList())).append(" → ");
      List<Integer> missing = e.missing();
      if (move.kind() == StaffingSearch.Move.Kind.REMOVE) {
        line.append(move.kept() ? "kept: every bin it touched meets " + target + " with confidence"
            : "not kept: " + doubtful(e, move.doubtful()));
      } else {
        line.append(missing.isEmpty() ? "every bin meets " + target
            : missing.size() + (missing.size() == 1 ? " bin misses " : " bins miss ") + target);
      }
      err.println(line.append(pace(seen)));
      err.flush();
    }

    private String doubtful(Evaluation e, List<Integer> doubtful) {
      List<String> out = new ArrayList<>();
      for (int b : doubtful) {
        List<String> levels = new ArrayList<>();
        for (Evaluation.Level l : e.levels()) {
          if (!l.meetsConfidently(b)) {
            Estimate sl = l.byBin().get(b);
            levels.add((e.levels().size() == 1 ? "" : l.group().isOthers() ? "others " : l.group().type() + " ")
                + pct(sl.mean()) + " ± " + pct(sl.halfWidth()));
          }
        }
        out.add(clock(scenario, bins.get(b).start()) + " at " + String.join(", ", levels));
      }
      return String.join(", ", out);
    }
  }
}
