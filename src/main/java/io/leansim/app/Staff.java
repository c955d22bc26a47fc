package io.leansim.app;

import io.leansim.model.UnstableSystemException;
import io.leansim.report.StaffingFiles;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.load.Hints;
import io.leansim.scenario.load.ScenarioLoader;
import io.leansim.scenario.CustomerType;
import io.leansim.scenario.ResourcePool;
import io.leansim.staffing.BinDemand;
import io.leansim.staffing.ServiceLevelTargets;
import io.leansim.staffing.StaffingPlan;
import io.leansim.staffing.StaffingSearch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code staff}: the request checked, the staffing search run ({@link StaffingSearch}) and, when it
 * meets the target, its files written.
 */
public final class Staff {
  private Staff() {}

  /**
   * @param serviceLevels the shares to meet as typed, each {@code 0.8} or {@code 80%} (every customer
   *     who needs the pool, or those without a target of their own) or {@code TYPE=0.95} (the
   *     customers of one type)
   * @param bin the bins' width as typed: 60min, 1h, or minutes
   * @param maxStaff the most servers in a bin, or null for the search's default
   * @param out the results folder, or null for {@code results/<name>/staffing}
   * @param force replace {@code out} even when it is a non-empty folder of other files ({@link Outputs})
   */
  public record Request(Path file, String resource, List<String> serviceLevels, String bin, Integer maxStaff,
      int maxEvaluations, Overrides overrides, Path out, boolean force, int threads, String sparkMaster) {
    public Request {
      serviceLevels = List.copyOf(serviceLevels);
    }
  }

  /** A watcher that can also follow the search's candidates. */
  public interface Watch extends Watcher {
    /** The listener of a search of {@code scenario} over {@code bins} (default: none). */
    default StaffingSearch.Listener searching(Scenario scenario, List<BinDemand> bins, ServiceLevelTargets targets,
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
    ServiceLevelTargets targets = parseTargets(r.serviceLevels());
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
    checkTypes(r, s, targets);
    List<BinDemand> profile = StaffingSearch.profile(s, r.resource(), binMinutes, targets.strictest());
    int bound = r.maxStaff() != null ? r.maxStaff() : StaffingSearch.defaultMaxStaff(profile);
    var request = new StaffingSearch.Request(s, r.resource(), targets, binMinutes, bound, r.maxEvaluations(),
        r.threads(), Cluster.connect(r.sparkMaster()));
    StaffingPlan plan;
    try {
      plan = StaffingSearch.run(request, watcher.searching(s, profile, targets, r.maxEvaluations()));
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

  /**
   * The targets of {@code --service-level} values: at most one share for every customer who needs
   * the pool ({@code 0.8}, {@code 80%}), and {@code TYPE=share} for one type; every mistake at once.
   */
  static ServiceLevelTargets parseTargets(List<String> values) {
    List<String> problems = new ArrayList<>();
    double others = Double.NaN;
    Map<String, Double> byType = new LinkedHashMap<>();
    for (String value : values) {
      int eq = value.lastIndexOf('=');
      String type = eq < 0 ? null : value.substring(0, eq).trim();
      double p = parseLevel(eq < 0 ? value : value.substring(eq + 1));
      if (!(p > 0 && p < 1)) {
        problems.add(type == null ? "--service-level must be a share between 0 and 1 (0.8) or a percentage (80%),"
            + " got '" + value + "'" : "--service-level " + value + ": the share after '=' must be between 0 and 1"
            + " (0.95) or a percentage (95%)");
      } else if (type != null && type.isEmpty()) {
        problems.add("--service-level " + value + ": a customer type is needed before '=' (card_replacement=0.95)");
      } else if (type == null && !Double.isNaN(others)) {
        problems.add("--service-level " + value + ": a second target for every customer; give one, and"
            + " TYPE=share for the types that need another");
      } else if (type != null && byType.containsKey(type)) {
        problems.add("--service-level " + value + ": a second target for '" + type + "'");
      } else if (type == null) {
        others = p;
      } else {
        byType.put(type, p);
      }
    }
    if (values.isEmpty()) {
      problems.add("--service-level is needed: 0.8, 80%, or TYPE=0.95 for one type");
    }
    if (!problems.isEmpty()) {
      throw new Failure(Failure.Kind.USAGE, problems, List.of());
    }
    return new ServiceLevelTargets(others, byType);
  }

  /** The types named in per-type targets exist and need the pool, with "did you mean". */
  private static void checkTypes(Request r, Scenario s, ServiceLevelTargets targets) {
    ResourcePool pool = s.resource(r.resource()).orElseThrow();
    List<String> needing = ServiceLevelTargets.needing(s, pool);
    List<String> problems = new ArrayList<>();
    for (String type : targets.byType().keySet()) {
      if (s.customer(type).isEmpty()) {
        List<String> known = s.customers().stream().map(CustomerType::name).toList();
        problems.add("--service-level " + type + "=...: no customer type '" + type + "'"
            + Hints.didYouMean(type, known) + "; " + r.file() + " has: " + String.join(", ", known));
      }
    }
    for (String p : targets.problems(s, pool)) {
      if (!p.startsWith("no customer type")) {
        problems.add("--service-level: " + p);
      }
    }
    if (!problems.isEmpty()) {
      throw new Failure(Failure.Kind.USAGE, problems, needing.isEmpty() ? List.of()
          : List.of("The types that need " + r.resource() + ": " + String.join(", ", needing) + "."));
    }
  }

  /** 0.8, or 80% as 0.8 (a decimal comma too: 0,8); NaN when it is neither. */
  static double parseLevel(String text) {
    String t = text.trim();
    if (t.indexOf(',') == t.lastIndexOf(',') && !t.contains(".")) {
      t = t.replace(',', '.');
    }
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
