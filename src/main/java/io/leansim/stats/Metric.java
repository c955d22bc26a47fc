package io.leansim.stats;

/**
 * Every figure of docs/results-format.md, by scope, in the order summaries list them. Durations are in
 * the scenario's time unit.
 */
public final class Metric {
  private Metric() {}

  /** Per-customer figures, overall and per type. */
  public enum Customer {
    ARRIVED("arrived"),
    COMPLETED("completed"),
    ABANDONED("abandoned"),
    BALKED("balked"),
    ABANDON_RATE("abandon_rate"),
    WAIT_MEAN("wait_mean"),
    WAIT_P90("wait_p90"),
    WAIT_P95("wait_p95"),
    WAIT_MAX("wait_max"),
    LEAD_TIME_MEAN("lead_time_mean"),
    VALUE_ADDED_MEAN("value_added_mean"),
    PCE("pce"),
    SERVICE_LEVEL("service_level"),
    THROUGHPUT_PER_HOUR("throughput_per_hour"),
    WASTE_WAITING("waste_waiting"),
    WASTE_MOTION("waste_motion"),
    WASTE_DEFECTS("waste_defects"),
    WASTE_OVERPROCESSING("waste_overprocessing"),
    WIP_MEAN("wip_mean");

    /** Overall only: available time (horizon after warm-up) / customers arrived, the pace of demand. */
    public static final String TAKT_TIME = "takt_time";

    /** Overall only, when some pool has {@code cost_per_hour}: the staff cost of all pools. */
    public static final String STAFF_COST = "staff_cost";

    private final String key;

    Customer(String key) {
      this.key = key;
    }

    /** The name in results files. */
    public String key() {
      return key;
    }
  }

  /** Per-step figures (per step visit). */
  public enum Step {
    VISITS("visits"),
    WAIT_MEAN("wait_mean"),
    WAIT_SERVED_MEAN("wait_served_mean"),
    QUEUE_MEAN("queue_mean"),
    QUEUE_MAX("queue_max"),
    SERVICE_MEAN("service_mean"),
    ABANDONED("abandoned"),
    BALKED("balked"),
    REWORKED("reworked"),
    /** Mean service time / servers on duty (time-average over the run): must stay below takt. */
    CYCLE_TIME("cycle_time");

    private final String key;

    Step(String key) {
      this.key = key;
    }

    /** The name in results files. */
    public String key() {
      return key;
    }
  }

  /** Per-resource figures. */
  public enum Resource {
    UTILIZATION("utilization"),
    STAFF_HOURS("staff_hours"),
    IDLE_HOURS("idle_hours"),
    COST("cost");

    private final String key;

    Resource(String key) {
      this.key = key;
    }

    /** The name in results files. */
    public String key() {
      return key;
    }
  }
}
