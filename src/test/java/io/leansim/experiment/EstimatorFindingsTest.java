package io.leansim.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.leansim.model.Customer;
import io.leansim.model.FlowListener;
import io.leansim.scenario.DistSpec;
import io.leansim.scenario.ResourcePool;
import io.leansim.scenario.RunSpec;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.Targets;
import io.leansim.stats.Estimate;
import io.leansim.stats.Metric;
import io.leansim.testing.Models;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The findings of issue 15 on the estimators, each checked deterministically against the customers
 * themselves (collected by an {@link Experiment.Observer} listener) or against the rule the docs
 * state (docs/statistics.md).
 */
class EstimatorFindingsTest {
  /** A drained day of M/M/2 at utilisation 0.8 with a 2-minute service-level target. */
  private static Scenario day(int replications, long seed) {
    return withTarget(Models.singleQueue(1.6, new DistSpec.Exponential(1), 2,
        new RunSpec(480, true, 0, replications, seed)), 2);
  }

  private static Scenario withTarget(Scenario s, double target) {
    return new Scenario(s.name(), s.title(), s.description(), s.timeUnit(), s.clockStart(), s.run(),
        new Targets(OptionalDouble.of(target)), s.customers(), s.arrivals(), s.resources(), s.process(), s.variants());
  }

  /** Every counted customer's total wait, by replication, as the customers leave. */
  private static final class Waits implements Experiment.Observer {
    final Map<Integer, List<Double>> byReplication = new ConcurrentHashMap<>();

    @Override
    public List<FlowListener> listeners(String variant, int replication) {
      List<Double> mine = new ArrayList<>();
      byReplication.put(replication, mine);
      return List.of(new FlowListener() {
        @Override
        public void left(Customer c, Exit how, double now) {
          if (c.counted() && how != Exit.BALKED) {
            mine.add(c.waiting());
          }
        }
      });
    }

    double[] all() {
      return byReplication.values().stream().flatMap(List::stream).mapToDouble(Double::doubleValue).sorted().toArray();
    }
  }

  private static Summary run(Scenario s, Experiment.Observer observer) throws InterruptedException {
    return Experiment.run(List.of(new Experiment.Job("baseline", "b", s)), 2, observer).get(0);
  }

  @Test
  void waitP90IsThe90thPercentileOfAllCustomersOfAllReplications() throws InterruptedException {
    Waits waits = new Waits();
    Summary s = run(day(8, 3), waits);
    double[] all = waits.all();
    double exact = all[(int) Math.ceil(0.9 * all.length) - 1];
    Estimate p90 = Metric.WAIT_P90.of(s.overall());
    assertThat(p90.customers()).isEqualTo(all.length);
    // The histogram keeps 3 significant digits: within 0.1% of the customers' own percentile.
    assertThat(p90.mean()).isCloseTo(exact, within(0.001 * exact));
    // Not the mean of the days' own 90th percentiles (biased low on a busy queue).
    double meanOfDays = waits.byReplication.values().stream().mapToDouble(w -> {
      double[] d = w.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      return d[(int) Math.ceil(0.9 * d.length) - 1];
    }).average().orElseThrow();
    assertThat(Math.abs(meanOfDays - exact)).isGreaterThan(0.01 * exact);
  }

  @Test
  void waitMeanIsTheWaitOfAllCustomersOverTheirNumberNotTheMeanOfDailyMeans() throws InterruptedException {
    Waits waits = new Waits();
    Summary s = run(day(8, 5), waits);
    double[] all = waits.all();
    double perCustomer = Arrays.stream(all).sum() / all.length;
    double meanOfDailyMeans = waits.byReplication.values().stream()
        .mapToDouble(w -> w.stream().mapToDouble(Double::doubleValue).average().orElseThrow()).average().orElseThrow();
    Estimate mean = Metric.WAIT_MEAN.of(s.overall());
    assertThat(mean.mean()).isCloseTo(perCustomer, within(1e-9 * perCustomer));
    assertThat(mean.customers()).isEqualTo(all.length);
    assertThat(Math.abs(meanOfDailyMeans - perCustomer)).as("the two estimands differ on these days")
        .isGreaterThan(1e-6 * perCustomer);
  }

  @Test
  void oneReplicationGivesNoInterval() throws InterruptedException {
    Summary s = run(day(1, 7), Experiment.QUIET);
    for (Estimate e : List.of(Metric.WAIT_MEAN.of(s.overall()), Metric.WAIT_P90.of(s.overall()),
        Metric.SERVICE_LEVEL.of(s.overall()), Metric.ARRIVED.of(s.overall()),
        Metric.UTILIZATION.of(s.resources().get("desk")))) {
      assertThat(e.hasInterval()).isFalse();
      assertThat(e.halfWidth()).isNaN();
      assertThat(e.low()).isNaN();
      assertThat(e.high()).isNaN();
      assertThat(e.mean()).isFinite();
    }
  }

  @Test
  void aServiceLevelOf100PercentEveryDayHasAnIntervalBelow100Percent() throws InterruptedException {
    // Light load and a target no wait reaches: every customer of every day is served within it.
    Scenario s = withTarget(Models.singleQueue(0.2, new DistSpec.Exponential(1), 2,
        new RunSpec(60, true, 0, 3, 9)), 1_000);
    Estimate sl = Metric.SERVICE_LEVEL.of(run(s, Experiment.QUIET).overall());
    assertThat(sl.mean()).isEqualTo(1);
    assertThat(sl.min()).isEqualTo(1);
    assertThat(sl.hasInterval()).isTrue();
    assertThat(sl.high()).isEqualTo(1);
    assertThat(sl.low()).as("not 100%% +- 0 from %d customers", sl.customers()).isLessThan(1).isGreaterThan(0);
  }

  private static Scenario withPrecision(Scenario s, int replications, double relative) {
    RunSpec r = s.run();
    return s.withRun(new RunSpec(r.horizon(), r.drain(), r.warmup(), replications, r.seed(),
        new RunSpec.Precision("wait_mean", relative, 400)));
  }

  @Test
  void aPrecisionTargetMetAtTwoReplicationsStillRunsTheFirstStage() throws InterruptedException {
    // +-50% is met by any two days of this queue; the rule still runs its first stage.
    Summary s = run(withPrecision(day(2, 11), 2, 0.5), Experiment.QUIET);
    assertThat(s.precision().met()).isTrue();
    assertThat(s.replications()).isGreaterThanOrEqualTo(Experiment.FIRST_STAGE);
  }

  @Test
  void inACompareEveryVariantRunsTheSameReplications() throws InterruptedException {
    Scenario base = withPrecision(day(2, 13), 2, 0.05);
    Scenario more = base.withResource(new ResourcePool("desk", 3));
    Scenario reseeded = base.withRun(base.run().withSeed(99));
    List<Summary> runs = Experiment.run(List.of(new Experiment.Job("baseline", "b", base),
        new Experiment.Job("more", "3 servers", more), new Experiment.Job("reseeded", "other seed", reseeded)), 2,
        Experiment.QUIET);
    int n = runs.get(0).replications();
    assertThat(n).isGreaterThanOrEqualTo(Experiment.FIRST_STAGE);
    assertThat(runs).allSatisfy(r -> assertThat(r.replications()).isEqualTo(n));
    assertThat(runs).allSatisfy(r -> assertThat(r.precision()).isEqualTo(runs.get(0).precision()));
    assertThat(runs.get(0).precision().difference()).isTrue();
  }
}
