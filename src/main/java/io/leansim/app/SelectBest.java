package io.leansim.app;

import io.leansim.experiment.Experiment;
import io.leansim.experiment.RunResult;
import io.leansim.experiment.Selection;
import io.leansim.report.Study;
import io.leansim.model.UnstableSystemException;
import io.leansim.scenario.RunSpec;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.Variant;
import io.leansim.scenario.load.Hints;
import io.leansim.stats.Metric;
import io.leansim.stats.ReplicationStats;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code compare --select-best FIGURE [--delta D]}: which of the baseline and variants is best on
 * one overall figure, by Kim and Nelson's procedure ({@link Selection}) on common random numbers.
 * It starts from the replications a comparison already ran and adds replications of the variants
 * still in the race until one is left, or the cap.
 *
 * <ul>
 *   <li>First stage: n0 = max(10, the scenario's replications) replications of every variant.
 *   <li>Indifference zone: {@code --delta}, or 5% of the baseline's mean over the first stage.
 *   <li>Cap: {@code run.precision.max_replications} when set (at least n0), else 20 × n0.
 * </ul>
 */
public final class SelectBest {
  /** The default indifference zone, as a share of the baseline's mean. */
  public static final double DEFAULT_DELTA = 0.05;
  /** The default cap, as a multiple of the first stage. */
  public static final int CAP_FACTOR = 20;

  private static final Pattern NUMBER = Pattern.compile("(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

  private SelectBest() {}

  /**
   * What to select on.
   *
   * @param figure an overall figure with a better direction
   * @param delta the indifference zone in the figure's unit (a share for shares), > 0; null: the default
   */
  public record Question(Metric figure, Double delta) {}

  /**
   * A selection to run.
   *
   * @param jobs the baseline (first) and the variants
   * @param done the replications already run of each job, in job order (replication k at index k;
   *     empty lists when none)
   * @param cap the most replications of a variant, or null for the default
   */
  public record Request(List<Experiment.Job> jobs, List<List<ReplicationStats>> done, Question question, Integer cap,
      int threads) {
    public Request {
      jobs = List.copyOf(jobs);
      done = List.copyOf(done);
    }
  }

  /**
   * What the selection found.
   *
   * @param timeUnit the symbol of the scenario's time unit (durations are in it)
   * @param defaultDelta whether the indifference zone is the default (5% of the baseline's mean)
   * @param added the replications run for the selection, beyond those already done
   */
  public record Answer(Metric figure, String timeUnit, boolean defaultDelta, int added, Selection.Outcome outcome) {
    /** The answer as the report and {@code selection.json} show it. */
    public Study.Selected selected() {
      return new Study.Selected(figure, timeUnit, defaultDelta, added, outcome);
    }
  }

  /**
   * The question of {@code --select-best FIGURE [--delta D]}: {@code figure} an overall figure's
   * key, {@code delta} a number in the figure's unit (for a share also {@code 2%}), or null.
   *
   * @throws Failure of kind usage, saying what to write instead
   */
  public static Question question(String figure, String delta) {
    List<String> ranked = ranking(Metric.in(Metric.Scope.OVERALL).stream().map(Metric::key).toList());
    Metric m = Metric.of(Metric.Scope.OVERALL, figure.strip()).orElseThrow(() -> Failure.usage(
        "--select-best: unknown figure '" + figure + "'" + Hints.didYouMean(figure.strip(), ranked)
            + "; it ranks by one of: " + String.join(", ", ranked)));
    if (m.better() == Metric.Better.NEITHER) {
      throw Failure.usage("--select-best: " + m.key() + " is neither better higher nor lower, so it cannot say which"
          + " variant is best; rank by one of: " + String.join(", ", ranked));
    }
    return new Question(m, delta == null ? null : delta(m, delta));
  }

  /** Those of the overall figures {@code keys} that have a better direction. */
  private static List<String> ranking(Collection<String> keys) {
    return keys.stream().filter(k -> Metric.of(Metric.Scope.OVERALL, k)
        .map(m -> m.better() != Metric.Better.NEITHER).orElse(false)).toList();
  }

  private static double delta(Metric m, String text) {
    String t = text.strip();
    boolean percent = m.unit() == Metric.Unit.SHARE && t.endsWith("%");
    String number = percent ? t.substring(0, t.length() - 1).strip() : t;
    double d = NUMBER.matcher(number).matches() ? Double.parseDouble(number) / (percent ? 100 : 1) : Double.NaN;
    String unit = switch (m.unit()) {
      case DURATION -> "in the scenario's time unit";
      case SHARE -> "a share: 0.02 or 2% for two percentage points";
      case MONEY -> "in the currency of cost_per_hour";
      case RATE -> "customers per hour";
      default -> "in the figure's unit";
    };
    if (!(d > 0) || Double.isInfinite(d)) {
      throw Failure.usage("--delta must be a number > 0 (" + unit + "), got '" + text + "'");
    }
    if (m.unit() == Metric.Unit.SHARE && d >= 1) {
      throw Failure.usage("--delta " + t + " is 100% or more of " + m.key() + ", a share: write " + t
          + "% for " + t + " percentage points, or " + String.format(Locale.ROOT, "%.2f", d / 100));
    }
    return d;
  }

  /**
   * Runs the selection: replications of the variants still in the race, on {@code threads} threads.
   *
   * @throws Failure of kind usage when the figure is not one of the scenario's or is undefined in
   *     some replication; of kind unstable when a replication runs away
   */
  public static Answer run(Request r, Watcher watcher) throws InterruptedException {
    if (r.threads() < 1) {
      throw Failure.usage("--threads must be at least 1, got " + r.threads());
    }
    Metric figure = r.question().figure();
    RunSpec run = r.jobs().get(0).scenario().run();
    int n0 = Math.max(Experiment.FIRST_STAGE, run.replications());
    int cap = r.cap() != null ? r.cap()
        : run.precision() != null ? Math.max(n0, run.precision().maxReplications()) : CAP_FACTOR * n0;
    if (cap < n0) {
      throw Failure.usage("the cap on replications (" + cap + ") is below the first stage (" + n0 + ")");
    }
    Outputs outputs = new Outputs(r, figure, watcher);
    watcher.started(outputs.missing(n0));
    try {
      List<String> names = r.jobs().stream().map(Experiment.Job::variant).toList();
      double[] base = outputs.outputs(names, 0, n0)[0];
      double delta;
      boolean byDefault = r.question().delta() == null;
      if (byDefault) {
        double mean = 0;
        for (double x : base) {
          mean += x / n0;
        }
        delta = DEFAULT_DELTA * Math.abs(mean);
        if (!(delta > 0)) {
          throw Failure.usage("--select-best " + figure.key() + ": the baseline's mean is 0 over the first " + n0
              + " replications, so 5% of it is no indifference zone: give --delta D, the smallest difference"
              + " worth telling");
        }
      } else {
        delta = r.question().delta();
      }
      Selection.Plan plan = new Selection.Plan(names, figure.better(), delta, n0, cap, 2 * r.threads());
      Selection.Outcome outcome = Selection.run(plan, outputs);
      return new Answer(figure, r.jobs().get(0).scenario().timeUnit().symbol(), byDefault, outputs.added, outcome);
    } catch (UnstableSystemException e) {
      throw new Failure(Failure.Kind.UNSTABLE, List.of(e.getMessage()), List.of("The selection stopped."));
    } finally {
      watcher.finished();
    }
  }

  /**
   * The figure's value in each replication of each job, from the replications done before, else
   * run here (and kept: KN asks the first stage twice, and nothing is run twice).
   */
  private static final class Outputs implements Selection.Source {
    private final Map<String, Experiment.Job> jobs = new LinkedHashMap<>();
    private final Map<String, List<Double>> values = new LinkedHashMap<>();
    private final Metric figure;
    private final int threads;
    private final Experiment.Observer progress;
    int added;

    Outputs(Request r, Metric figure, Watcher watcher) {
      this.figure = figure;
      this.threads = r.threads();
      this.progress = new Experiment.Observer() {
        @Override
        public void replicationDone(String variant, int replication) {
          watcher.stepped();
        }
      };
      for (int j = 0; j < r.jobs().size(); j++) {
        Experiment.Job job = r.jobs().get(j);
        jobs.put(job.variant(), job);
        List<Double> v = new ArrayList<>();
        values.put(job.variant(), v);
        for (ReplicationStats rep : j < r.done().size() ? r.done().get(j) : List.<ReplicationStats>of()) {
          if (rep.replication() != v.size()) {
            break; // only the first replications in order
          }
          v.add(value(job, rep));
        }
      }
    }

    /** The replications to run for every job to have {@code n}. */
    int missing(int n) {
      return values.values().stream().mapToInt(v -> Math.max(0, n - v.size())).sum();
    }

    @Override
    public double[][] outputs(List<String> systems, int from, int count) throws InterruptedException {
      int have = systems.stream().mapToInt(s -> values.get(s).size()).min().orElseThrow();
      if (have < from + count) {
        List<Experiment.Job> asked = systems.stream().map(jobs::get).toList();
        List<List<ReplicationStats>> ran = Experiment.replications(asked, have, from + count - have, threads, progress);
        for (int i = 0; i < systems.size(); i++) {
          List<Double> v = values.get(systems.get(i));
          for (ReplicationStats rep : ran.get(i)) {
            if (rep.replication() == v.size()) {
              v.add(value(asked.get(i), rep));
              added++;
            }
          }
        }
      }
      double[][] out = new double[systems.size()][count];
      for (int i = 0; i < systems.size(); i++) {
        List<Double> v = values.get(systems.get(i));
        for (int j = 0; j < count; j++) {
          out[i][j] = v.get(from + j);
          if (!Double.isFinite(out[i][j])) {
            throw Failure.usage("--select-best: " + figure.key() + " is undefined in replication " + (from + j + 1)
                + " of " + systems.get(i) + " (no customer it counts there), so it cannot rank the variants:"
                + " choose a figure that every replication has");
          }
        }
      }
      return out;
    }

    private double value(Experiment.Job job, ReplicationStats rep) {
      Double x = figure.of(rep.overall());
      if (x == null) {
        throw Failure.usage("--select-best: " + figure.key() + " is not a figure of " + job.scenario().name()
            + (figure == Metric.SERVICE_LEVEL ? " (it needs targets.wait_within)"
                : figure == Metric.STAFF_COST ? " (it needs a pool with cost_per_hour)" : "")
            + "; it ranks by one of: " + String.join(", ", ranking(rep.overall().keySet())));
      }
      return x;
    }
  }
}
