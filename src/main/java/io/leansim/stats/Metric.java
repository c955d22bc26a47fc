package io.leansim.stats;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The registry of figures: every figure of docs/results-format.md with its facts (key in results files,
 * the scopes it exists in, its unit, which direction is better, and its words), in the order
 * summaries list them. Everything that shows figures (the console tables, {@code report.html},
 * charts, {@code comparison.json}, sweeps, staffing) reads this list and the named {@link View}s
 * of it rather than writing figures out again. Durations are in the scenario's time unit.
 *
 * <p>A key may mean different figures in different scopes ({@code wait_mean} is the total wait per
 * customer overall and per type, and the wait per visit per step): each is its own constant, and
 * {@link #in(Scope)} lists a scope's figures in results order.
 *
 * <p>Adding a figure: a constant here (and its name in any {@link View} that should show it), plus
 * its computation in {@link ReplicationCollector}.
 */
public enum Metric {
  // Per customer, overall and per type (results order).
  ARRIVED("arrived", Scopes.CUSTOMER, Unit.COUNT, Better.NEITHER, Estimand.DAILY, "Customers arrived", "arrived", "customers arrived"),
  COMPLETED("completed", Scopes.CUSTOMER, Unit.COUNT, Better.NEITHER, Estimand.DAILY, "Completed", "completed", "completed"),
  /** Shown only where some run has a positive value. */
  ABANDONED("abandoned", Scopes.CUSTOMER, Unit.COUNT, Better.LOWER, Estimand.DAILY, "Abandoned", "abandoned", "abandoned"),
  /** Shown only where some run has a positive value. */
  BALKED("balked", Scopes.CUSTOMER, Unit.COUNT, Better.LOWER, Estimand.DAILY, "Balked", "balked", "balked (queue full)"),
  /** Shown only where some run has a positive value. */
  ABANDON_RATE("abandon_rate", Scopes.CUSTOMER, Unit.SHARE, Better.LOWER, Estimand.PER_CUSTOMER, "Abandoned", "abandoned", "abandoned"),
  WAIT_MEAN("wait_mean", Scopes.CUSTOMER, Unit.DURATION, Better.LOWER, Estimand.PER_CUSTOMER, "Mean wait", "wait mean", "wait, mean"),
  WAIT_P90("wait_p90", Scopes.CUSTOMER, Unit.DURATION, Better.LOWER, Estimand.QUANTILE, "90% wait less than", "wait p90",
      "wait, 90th percentile"),
  WAIT_P95("wait_p95", Scopes.CUSTOMER, Unit.DURATION, Better.LOWER, Estimand.QUANTILE, "95% wait less than", "wait p95",
      "wait, 95th percentile"),
  WAIT_MAX("wait_max", Scopes.CUSTOMER, Unit.DURATION, Better.LOWER, Estimand.DAILY, "Worst wait", "worst wait", "wait, longest"),
  LEAD_TIME_MEAN("lead_time_mean", Scopes.CUSTOMER, Unit.DURATION, Better.LOWER, Estimand.PER_CUSTOMER, "Lead time", "lead time",
      "lead time, mean"),
  VALUE_ADDED_MEAN("value_added_mean", Scopes.CUSTOMER, Unit.DURATION, Better.NEITHER, Estimand.PER_CUSTOMER, "Value-added time",
      "value added", "value-added time, mean"),
  PCE("pce", Scopes.CUSTOMER, Unit.SHARE, Better.HIGHER, Estimand.TIME_SHARE, "Process cycle efficiency", "PCE",
      "process cycle efficiency"),
  /** Only with {@code targets.wait_within}; its line names the target: {@code {target}} is replaced. */
  SERVICE_LEVEL("service_level", Scopes.CUSTOMER, Unit.SHARE, Better.HIGHER, Estimand.PER_CUSTOMER, "Service level", "service level",
      "served within {target}"),
  THROUGHPUT_PER_HOUR("throughput_per_hour", Scopes.CUSTOMER, Unit.RATE, Better.HIGHER, Estimand.DAILY, "Served per hour",
      "served/h", "throughput per hour"),
  WASTE_WAITING("waste_waiting", Scopes.CUSTOMER, Unit.DURATION, Better.LOWER, Estimand.PER_CUSTOMER, "Waste: waiting", "waiting",
      "waste, waiting"),
  WASTE_MOTION("waste_motion", Scopes.CUSTOMER, Unit.DURATION, Better.LOWER, Estimand.PER_CUSTOMER, "Waste: motion", "motion",
      "waste, motion"),
  WASTE_DEFECTS("waste_defects", Scopes.CUSTOMER, Unit.DURATION, Better.LOWER, Estimand.PER_CUSTOMER, "Waste: defects", "defects",
      "waste, defects"),
  WASTE_OVERPROCESSING("waste_overprocessing", Scopes.CUSTOMER, Unit.DURATION, Better.LOWER, Estimand.PER_CUSTOMER,
      "Waste: over-processing", "over-processing", "waste, over-processing"),
  WIP_MEAN("wip_mean", Scopes.CUSTOMER, Unit.NUMBER, Better.LOWER, Estimand.DAILY, "Work in process", "WIP",
      "work in process, mean"),
  /** Overall only: available time (horizon after warm-up) / customers arrived, the pace of demand. */
  TAKT_TIME("takt_time", Scopes.OVERALL, Unit.DURATION, Better.NEITHER, Estimand.DAILY, "Takt time", "takt", "takt time"),
  /** Overall only, when some pool has {@code cost_per_hour}: the staff cost of all pools. */
  STAFF_COST("staff_cost", Scopes.OVERALL, Unit.MONEY, Better.LOWER, Estimand.DAILY, "Staff cost", "staff cost", "staff cost"),

  // Per step, per visit (results order).
  VISITS("visits", Scopes.STEP, Unit.COUNT, Better.NEITHER, Estimand.DAILY, "Visits", "visits", "visits"),
  STEP_WAIT_MEAN("wait_mean", Scopes.STEP, Unit.DURATION, Better.LOWER, Estimand.PER_CUSTOMER, "Mean wait per visit", "wait mean",
      "wait per visit, mean"),
  WAIT_SERVED_MEAN("wait_served_mean", Scopes.STEP, Unit.DURATION, Better.LOWER, Estimand.PER_CUSTOMER, "Mean wait of those served",
      "wait served", "wait of those served, mean"),
  QUEUE_MEAN("queue_mean", Scopes.STEP, Unit.NUMBER, Better.LOWER, Estimand.DAILY, "Mean queue", "queue mean", "queue, mean"),
  QUEUE_MAX("queue_max", Scopes.STEP, Unit.COUNT, Better.LOWER, Estimand.DAILY, "Longest queue", "queue max", "queue, longest"),
  SERVICE_MEAN("service_mean", Scopes.STEP, Unit.DURATION, Better.NEITHER, Estimand.PER_CUSTOMER, "Mean service time", "service mean",
      "service time, mean"),
  STEP_ABANDONED("abandoned", Scopes.STEP, Unit.COUNT, Better.LOWER, Estimand.DAILY, "Abandoned", "abandoned", "abandoned"),
  STEP_BALKED("balked", Scopes.STEP, Unit.COUNT, Better.LOWER, Estimand.DAILY, "Balked", "balked", "balked (queue full)"),
  REWORKED("reworked", Scopes.STEP, Unit.COUNT, Better.LOWER, Estimand.DAILY, "Reworked", "reworked", "reworked"),
  /** Mean service time / servers on duty (time-average over the run): must stay below takt. */
  CYCLE_TIME("cycle_time", Scopes.STEP, Unit.DURATION, Better.LOWER, Estimand.DAILY, "Cycle time", "cycle time", "cycle time"),

  // Per resource (results order).
  UTILIZATION("utilization", Scopes.RESOURCE, Unit.SHARE, Better.NEITHER, Estimand.TIME_SHARE, "Utilization", "utilization",
      "utilization"),
  STAFF_HOURS("staff_hours", Scopes.RESOURCE, Unit.HOURS, Better.NEITHER, Estimand.DAILY, "Staff-hours", "staff-hours",
      "staff-hours"),
  IDLE_HOURS("idle_hours", Scopes.RESOURCE, Unit.HOURS, Better.LOWER, Estimand.DAILY, "Idle hours", "idle hours", "idle hours"),
  /** Only for a pool with {@code cost_per_hour}. */
  COST("cost", Scopes.RESOURCE, Unit.MONEY, Better.LOWER, Estimand.DAILY, "Cost", "cost", "cost");

  /** The four groupings of figures, and the field of each in results files. */
  public enum Scope {
    OVERALL("overall"), TYPE("types"), STEP("steps"), RESOURCE("resources");

    private final String field;

    Scope(String field) {
      this.field = field;
    }

    /** The field of this scope in {@code summary.json} and {@code comparison.json}; the scope column of CSVs. */
    public String field() {
      return field;
    }
  }

  /** What a figure counts or measures: how it reads. */
  public enum Unit {
    /** Customers, visits: a whole number (a mean over replications may not be). */
    COUNT,
    /** A time-average number (queue length, work in process). */
    NUMBER,
    /** In the scenario's time unit. */
    DURATION,
    /** A share between 0 and 1, shown as a percentage. */
    SHARE,
    /** Per hour. */
    RATE,
    /** Staff-hours. */
    HOURS,
    /** In the currency of {@code cost_per_hour}. */
    MONEY
  }

  /** Which direction of a change is an improvement. */
  public enum Better {
    LOWER, HIGHER, NEITHER
  }

  /**
   * What a figure estimates from the replications, and so how its estimate and interval are computed
   * (docs/statistics.md).
   */
  public enum Estimand {
    /** The expected value of a day's figure: the mean over replications (counts, time averages, a day's longest wait). */
    DAILY,
    /**
     * An average over all customers (or step visits) of all days: the sum over replications of what is
     * averaged over the sum of how many it is averaged over (ratio estimator, delta-method interval).
     */
    PER_CUSTOMER,
    /** A share of time (busy time / duty time, value-added time / lead time): a ratio of sums over replications. */
    TIME_SHARE,
    /** A quantile of the customers of all days pooled (merged histograms), with an interval by sectioning. */
    QUANTILE
  }

  /**
   * The subsets of figures shown together, each in its own order: the single place where a table,
   * page or chart set is decided. Each lists figures of one {@link Scope}.
   */
  public enum View {
    /** The key figures: the report's headline table, the columns of the console comparison table. */
    HEADLINE(Scope.OVERALL, WAIT_MEAN, WAIT_P90, WAIT_MAX, LEAD_TIME_MEAN, SERVICE_LEVEL, ABANDON_RATE,
        THROUGHPUT_PER_HOUR),
    /** The figures of a sweep (charts, {@code sweep.json}, {@code sweep.csv}): the key figures and the staff cost. */
    SWEEP(Scope.OVERALL, WAIT_MEAN, WAIT_P90, WAIT_MAX, LEAD_TIME_MEAN, SERVICE_LEVEL, ABANDON_RATE,
        THROUGHPUT_PER_HOUR, STAFF_COST),
    /** The sweep's console table: the sweep's figures but the worst wait, to fit a terminal. */
    SWEEP_TABLE(Scope.OVERALL, WAIT_MEAN, WAIT_P90, LEAD_TIME_MEAN, SERVICE_LEVEL, ABANDON_RATE,
        THROUGHPUT_PER_HOUR, STAFF_COST),
    /** Fairness, per customer type: the report's "who gains, who pays". */
    FAIRNESS(Scope.TYPE, WAIT_MEAN, WAIT_P95, WAIT_MAX, ABANDON_RATE),
    /** The console table after a run, from the top: counts, waits and flow. */
    RUN(Scope.OVERALL, ARRIVED, COMPLETED, ABANDONED, BALKED, WAIT_MEAN, WAIT_P90, WAIT_MAX, LEAD_TIME_MEAN, PCE,
        SERVICE_LEVEL, THROUGHPUT_PER_HOUR),
    /** The console tables' breakdown by customer type (after a run, and after a comparison). */
    BY_TYPE(Scope.TYPE, "wait by type, mean", WAIT_MEAN),
    /** The console table after a run, then: the breakdown by resource. */
    BY_RESOURCE(Scope.RESOURCE, "utilization", UTILIZATION),
    /** The console table after a run, last: the costs. */
    RUN_COSTS(Scope.OVERALL, STAFF_COST);

    private final Scope scope;
    private final String title;
    private final List<Metric> metrics;

    View(Scope scope, Metric... metrics) {
      this(scope, "", metrics);
    }

    View(Scope scope, String title, Metric... metrics) {
      this.scope = scope;
      this.title = title;
      this.metrics = List.of(metrics);
      for (Metric m : metrics) {
        if (!m.scopes.contains(scope)) {
          throw new IllegalStateException(m + " is not a figure of scope " + scope);
        }
      }
    }

    /** The scope of every figure of the view. */
    public Scope scope() {
      return scope;
    }

    /** The heading of a breakdown in a console table ("" for none). */
    public String title() {
      return title;
    }

    /** The figures, in the order shown. */
    public List<Metric> metrics() {
      return metrics;
    }

    /** The keys of the figures, in the order shown. */
    public List<String> keys() {
      return metrics.stream().map(Metric::key).toList();
    }
  }

  /** The scope sets of the constants (an enum may not name its own nested constants in its constants' arguments). */
  private static final class Scopes {
    static final Set<Scope> CUSTOMER = EnumSet.of(Scope.OVERALL, Scope.TYPE);
    static final Set<Scope> OVERALL = EnumSet.of(Scope.OVERALL);
    static final Set<Scope> STEP = EnumSet.of(Scope.STEP);
    static final Set<Scope> RESOURCE = EnumSet.of(Scope.RESOURCE);
  }

  private final String key;
  private final Set<Scope> scopes;
  private final Unit unit;
  private final Better better;
  private final Estimand estimand;
  private final String label;
  private final String column;
  private final String line;

  Metric(String key, Set<Scope> scopes, Unit unit, Better better, Estimand estimand, String label, String column,
      String line) {
    this.key = key;
    this.scopes = scopes;
    this.unit = unit;
    this.better = better;
    this.estimand = estimand;
    this.label = label;
    this.column = column;
    this.line = line;
  }

  /** The name in results files. */
  public String key() {
    return key;
  }

  /** The scopes the figure exists in. */
  public Set<Scope> scopes() {
    return Set.copyOf(scopes);
  }

  /** What it counts or measures. */
  public Unit unit() {
    return unit;
  }

  /** Which direction of a change is an improvement. */
  public Better better() {
    return better;
  }

  /** What the figure estimates, which decides its estimator and interval. */
  public Estimand estimand() {
    return estimand;
  }

  /** The percentage of customers a {@link Estimand#QUANTILE} figure speaks of (90 for {@code wait_p90}); NaN for others. */
  public double percent() {
    return switch (this) {
      case WAIT_P90 -> 90;
      case WAIT_P95 -> 95;
      default -> Double.NaN;
    };
  }

  /** Whether a lower value is better (waits, abandonment, cost). */
  public boolean lowerIsBetter() {
    return better == Better.LOWER;
  }

  /** The words on a page ("Mean wait"). */
  public String label() {
    return label;
  }

  /** The words as a narrow column heading of a console table ("wait mean"). */
  public String column() {
    return column;
  }

  /** The words as a row of the console table after a run ("wait, mean"). */
  public String line() {
    return line;
  }

  /** Shown only where some run has a positive value: rare events (abandonment, balking) that would be noise at zero. */
  public boolean onlyWhenPositive() {
    return this == ABANDONED || this == BALKED || this == ABANDON_RATE;
  }

  /** This figure's value in {@code figures} (key to value, of this figure's scope); null if absent. */
  public <V> V of(Map<String, V> figures) {
    return figures == null ? null : figures.get(key);
  }

  private static final Map<Scope, List<Metric>> BY_SCOPE = byScope();

  private static Map<Scope, List<Metric>> byScope() {
    Map<Scope, List<Metric>> out = new EnumMap<>(Scope.class);
    for (Scope s : Scope.values()) {
      out.put(s, Arrays.stream(values()).filter(m -> m.scopes.contains(s)).toList());
    }
    return Collections.unmodifiableMap(out);
  }

  /** The figures of {@code scope}, in results order. */
  public static List<Metric> in(Scope scope) {
    return BY_SCOPE.get(scope);
  }

  /** The figure of {@code scope} named {@code key} in results files. */
  public static Optional<Metric> of(Scope scope, String key) {
    return in(scope).stream().filter(m -> m.key.equals(key)).findFirst();
  }
}
