package io.leansim.scenario.load;

import io.leansim.scenario.RunSpec;
import io.leansim.scenario.Targets;
import io.leansim.scenario.load.YNode.YMap;
import io.leansim.scenario.load.YNode.YScalar;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The {@code run} and {@code targets} sections: the horizon, warmup, replications, seed and
 * precision target into a {@link io.leansim.scenario.RunSpec}, the service-level target into
 * {@link io.leansim.scenario.Targets}.
 */
final class RunReader {
  /** The seed when the file gives none. */
  static final long DEFAULT_SEED = 12345;
  /** The overall metrics of docs/results-format.md a precision target may name. */
  static final List<String> METRICS = List.of("arrived", "completed", "abandoned", "balked", "abandon_rate",
      "wait_mean", "wait_p90", "wait_p95", "wait_max", "lead_time_mean", "value_added_mean", "pce",
      "service_level", "throughput_per_hour", "waste_waiting", "waste_motion", "waste_defects",
      "waste_overprocessing", "wip_mean");
  /** max_replications when the file gives none: this, or the replications when more. */
  static final int DEFAULT_MAX_REPLICATIONS = 400;

  private final Fields in;
  private final Sink sink;

  RunReader(Fields in) {
    this.in = in;
    this.sink = in.sink();
  }

  /** The {@code run} section of {@code root} (required), or null after reporting what is wrong. */
  RunSpec run(YMap root) {
    YNode n = root.get("run");
    if (n == null) {
      in.missing(root, "", "run", "");
      return null;
    }
    YMap m = in.map(n, "run", "a map like {horizon: 8h}");
    if (m == null) {
      return null;
    }
    in.checkKeys(m, "run", "run");
    Double horizon = null;
    if (!m.has("horizon")) {
      in.missing(m, "run", "horizon", "run");
    } else {
      horizon = in.clock(m.get("horizon"), "run.horizon");
      if (horizon != null && !(horizon > 0)) {
        sink.error(m.get("horizon"), "run.horizon", "must be > 0; give the length of the run, e.g. 8h");
        horizon = null;
      }
    }
    Boolean drain = m.has("drain") ? in.bool(m.get("drain"), "run.drain") : Boolean.TRUE;
    Double warmup = m.has("warmup") ? in.duration(m.get("warmup"), "run.warmup", false) : Double.valueOf(0);
    if (warmup != null && horizon != null && !(warmup < horizon)) {
      sink.error(m.get("warmup"), "run.warmup", "warmup (" + Units.show(warmup) + ") must be less than horizon ("
          + Units.show(horizon) + "); shorten the warmup or lengthen the run");
      warmup = null;
    }
    Long reps = m.has("replications") ? in.integer(m.get("replications"), "run.replications", 1)
        : Long.valueOf(RunSpec.DEFAULT_REPLICATIONS);
    if (reps != null && reps > Integer.MAX_VALUE) {
      sink.error(m.get("replications"), "run.replications", "too many replications; use at most " + Integer.MAX_VALUE);
      reps = null;
    }
    Long seed = m.has("seed") ? in.integer(m.get("seed"), "run.seed", Long.MIN_VALUE) : Long.valueOf(DEFAULT_SEED);
    RunSpec.Precision precision = null;
    boolean precisionOk = true;
    if (m.has("precision")) {
      precision = precision(m.get("precision"), reps);
      precisionOk = precision != null;
    }
    if (horizon == null || drain == null || warmup == null || reps == null || seed == null || !precisionOk) {
      return null;
    }
    return new RunSpec(horizon, drain, warmup, (int) (long) reps, seed, precision);
  }

  private RunSpec.Precision precision(YNode n, Long reps) {
    String p = "run.precision";
    YMap m = in.map(n, p, "a map like {metric: wait_mean, relative: 0.05, max_replications: 400}");
    if (m == null) {
      return null;
    }
    in.checkKeys(m, p, p);
    String metric = null;
    if (!m.has("metric")) {
      in.missing(m, p, "metric", p);
    } else {
      YScalar s = in.scalar(m.get("metric"), p + ".metric", "a metric name like wait_mean");
      if (s != null && !METRICS.contains(s.value())) {
        String hint = Hints.didYouMean(s.value(), METRICS);
        sink.error(s, p + ".metric", "unknown metric '" + s.value() + "'" + (hint.isEmpty()
            ? "; use an overall metric: " + String.join(", ", METRICS) : hint));
      } else if (s != null) {
        metric = s.value();
      }
    }
    Double relative = null;
    if (!m.has("relative")) {
      in.missing(m, p, "relative", p);
    } else {
      relative = in.number(m.get("relative"), p + ".relative");
      if (relative != null && !(relative > 0)) {
        sink.error(m.get("relative"), p + ".relative", "must be > 0, got " + Units.show(relative)
            + "; give the target half-width relative to the mean, e.g. 0.05");
        relative = null;
      }
    }
    Long max = reps == null ? null : Math.max(DEFAULT_MAX_REPLICATIONS, reps);
    if (m.has("max_replications")) {
      max = in.integer(m.get("max_replications"), p + ".max_replications", 2);
      if (max != null && reps != null && max < reps) {
        sink.error(m.get("max_replications"), p + ".max_replications", "must be >= run.replications (" + reps
            + "), got " + max + "; raise it or lower replications");
        max = null;
      } else if (max != null && max > Integer.MAX_VALUE) {
        sink.error(m.get("max_replications"), p + ".max_replications", "too many replications; use at most "
            + Integer.MAX_VALUE);
        max = null;
      }
    }
    if (metric == null || relative == null || max == null || max > Integer.MAX_VALUE) {
      return null;
    }
    return new RunSpec.Precision(metric, relative, (int) (long) max);
  }

  /** The {@code targets} section {@code n} (none when null), or null after reporting what is wrong. */
  Targets targets(YNode n) {
    if (n == null) {
      return Targets.NONE;
    }
    YMap m = in.map(n, "targets", "a map like {wait_within: 10min}");
    if (m == null) {
      return null;
    }
    in.checkKeys(m, "targets", "targets");
    if (!m.has("wait_within")) {
      return Targets.NONE;
    }
    Double w = in.duration(m.get("wait_within"), "targets.wait_within", false);
    return w == null ? null : new Targets(OptionalDouble.of(w));
  }
}
