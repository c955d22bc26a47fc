package io.leansim.app;

import io.leansim.model.UnstableSystemException;
import io.leansim.report.StaffingFiles;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.load.Hints;
import io.leansim.scenario.load.ScenarioLoader;
import io.leansim.staffing.BinDemand;
import io.leansim.staffing.StaffingPlan;
import io.leansim.staffing.StaffingSearch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code staff}: the request checked, the staffing search run ({@link StaffingSearch}) and, when it
 * meets the target, its files written.
 */
public final class Staff {
  private Staff() {}

  /**
   * @param serviceLevel the share to meet as typed: 0.8 or 80%
   * @param bin the bins' width as typed: 60min, 1h, or minutes
   * @param maxStaff the most servers in a bin, or null for the search's default
   * @param out the results folder, or null for {@code results/<name>/staffing}
   * @param force replace {@code out} even when it is a non-empty folder of other files ({@link Outputs})
   */
  public record Request(Path file, String resource, String serviceLevel, String bin, Integer maxStaff,
      int maxEvaluations, Overrides overrides, Path out, boolean force, int threads, String sparkMaster) {}

  /** A watcher that can also follow the search's candidates. */
  public interface Watch extends Watcher {
    /** The listener of a search of {@code scenario} over {@code bins} (default: none). */
    default StaffingSearch.Listener searching(Scenario scenario, List<BinDemand> bins, double target,
        int maxEvaluations) {
      return StaffingSearch.QUIET;
    }
  }

  /**
   * The plan found, and where its files are (null when the plan does not meet the target: then
   * nothing was written).
   */
  public record Outcome(StaffingPlan plan, Path folder) {}

  /** Checks the request, searches, and writes the plan's files when it meets the target. */
  public static Outcome run(Request r, Watch watcher) throws InterruptedException {
    double target = parseLevel(r.serviceLevel());
    if (!(target > 0 && target < 1)) {
      throw Failure.usage("--service-level must be a share between 0 and 1 (0.8) or a percentage (80%), got '"
          + r.serviceLevel() + "'");
    }
    double binMinutes;
    try {
      binMinutes = ScenarioLoader.minutes(r.bin());
    } catch (IllegalArgumentException e) {
      throw Failure.usage("--bin: " + e.getMessage());
    }
    if (!(binMinutes > 0)) {
      throw Failure.usage("--bin must be longer than 0, got '" + r.bin() + "'");
    }
    Integer replications = r.overrides().replications();
    if (replications != null && replications < 2) {
      throw Failure.usage("--replications must be at least 2 (confidence intervals need two), got " + replications);
    }
    if ((r.maxStaff() != null && r.maxStaff() < 1) || r.maxEvaluations() < 1 || r.threads() < 1) {
      throw Failure.usage("--max-staff, --max-evaluations and --threads must be at least 1");
    }
    Scenario fileScenario = Jobs.load(r.file(), watcher);
    if (fileScenario.targets().waitWithin().isEmpty()) {
      throw new Failure(Failure.Kind.INVALID_INPUT, List.of(), List.of(r.file() + ": targets.wait_within: missing;"
          + " 'staff' meets a service level, the share of customers who wait at most this long. Add it to the"
          + " scenario, e.g.\n  targets:\n    wait_within: 10min"));
    }
    if (fileScenario.resource(r.resource()).isEmpty()) {
      List<String> known = fileScenario.resources().stream().map(p -> p.name()).toList();
      throw Failure.usage("--resource: unknown resource '" + r.resource() + "'" + Hints.didYouMean(r.resource(), known)
          + "; " + r.file() + " has: " + String.join(", ", known));
    }
    Path dir = Outputs.folder(r.out(), Path.of("results", fileScenario.name(), "staffing"), r.force(),
        Outputs.Input.scenario(r.file()));
    Scenario s = fileScenario.withRun(r.overrides().apply(fileScenario.run()));
    if (s.run().replications() < 2) {
      throw Failure.usage(r.file() + " runs 1 replication; the search needs confidence intervals:"
          + " pass --replications 10 (or more)");
    }
    List<String> problems = StaffingSearch.problems(s, r.resource(), binMinutes);
    if (!problems.isEmpty()) {
      throw new Failure(Failure.Kind.USAGE, problems, List.of());
    }
    List<BinDemand> profile = StaffingSearch.profile(s, r.resource(), binMinutes, target);
    int bound = r.maxStaff() != null ? r.maxStaff() : StaffingSearch.defaultMaxStaff(profile);
    var request = new StaffingSearch.Request(s, r.resource(), target, binMinutes, bound, r.maxEvaluations(),
        r.threads(), Cluster.connect(r.sparkMaster()));
    StaffingPlan plan;
    try {
      plan = StaffingSearch.run(request, watcher.searching(s, profile, target, r.maxEvaluations()));
    } catch (UnstableSystemException e) {
      throw new Failure(Failure.Kind.UNSTABLE, List.of(e.getMessage()),
          List.of("Nothing was written; the previous results, if any, are untouched."));
    }
    if (!plan.met()) {
      return new Outcome(plan, null);
    }
    try {
      if (r.out() == null) {
        Results.ensureFolder(dir.getParent());
      }
      Results.write(dir, folder -> StaffingFiles.write(plan, fileScenario, r.file().toString(), folder));
    } catch (IOException | UncheckedIOException e) {
      throw Results.notWritten(dir, e);
    }
    return new Outcome(plan, dir);
  }

  /** 0.8, or 80% as 0.8; NaN when it is neither. */
  static double parseLevel(String text) {
    String t = text.trim();
    try {
      if (t.endsWith("%")) {
        return Double.parseDouble(t.substring(0, t.length() - 1).trim()) / 100;
      }
      return Double.parseDouble(t);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
