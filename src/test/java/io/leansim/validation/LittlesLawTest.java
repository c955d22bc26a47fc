package io.leansim.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leansim.engine.Kernel;
import io.leansim.engine.StreamPlan;
import io.leansim.experiment.Replication;
import io.leansim.model.Customer;
import io.leansim.model.FlowListener;
import io.leansim.model.Pool;
import io.leansim.model.ServiceSystem;
import io.leansim.model.StepNode;
import io.leansim.scenario.DistSpec;
import io.leansim.scenario.Scenario;
import io.leansim.stats.Estimate;
import io.leansim.stats.ReplicationStats;
import io.leansim.stats.SamplePathCheck;
import io.leansim.testing.Models;
import io.leansim.testing.Validation;
import io.leansim.testing.ValidationModels;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Little's law L = lambda W on the estimates, and proof that the exact sample-path check of every
 * run ({@link SamplePathCheck}) can fail.
 *
 * <p>On estimates, L = lambda W holds only in steady state, so it is checked statistically, on the
 * paired per-replication differences D = wip_mean - lambda x lead_time_mean (and queue_mean -
 * lambda x step wait_mean): their mean must be within K half-widths of 0, where pairing removes
 * the common noise of both figures. Model: the tandem line of {@link TandemValidationTest}
 * (lambda = 0.7), 20 replications of 40,000 minutes, warm-up 1,000.
 */
class LittlesLawTest {
  private static final double LAMBDA = 0.7;
  /** Largest half-width of a difference accepted, as a fraction of the quantity (L or Lq). */
  private static final double PRECISION = 0.05;

  private static List<ReplicationStats> replications(Scenario s) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(Validation.THREADS);
    try {
      StreamPlan plan = new StreamPlan(s.run().seed());
      List<Future<ReplicationStats>> futures = new ArrayList<>();
      for (int r = 0; r < s.run().replications(); r++) {
        int index = r;
        futures.add(pool.submit(() -> Replication.run(s, index, plan, List.of())));
      }
      List<ReplicationStats> out = new ArrayList<>();
      for (Future<ReplicationStats> f : futures) {
        out.add(f.get());
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private static void assertZero(String what, List<Double> differences, double scale) {
    Estimate d = Estimate.of(differences);
    System.out.printf("[validation] %s: mean difference %.4g +- %.3g (scale %.4g)%n", what, d.mean(), d.halfWidth(),
        scale);
    assertThat(d.halfWidth()).as("half-width of %s", what).isLessThan(PRECISION * scale);
    assertThat(Math.abs(d.mean())).as("%s: |mean difference| <= K half-widths", what)
        .isLessThanOrEqualTo(Validation.K * d.halfWidth());
  }

  @Test
  void wipIsLambdaTimesLeadTimeAndQueueIsLambdaTimesWaitInSteadyState() throws Exception {
    Scenario s = ValidationModels.tandem(LAMBDA, new int[] {1, 2},
        new DistSpec[] {new DistSpec.Exponential(1), new DistSpec.Exponential(2)},
        Models.steady(40_000, 1_000, 20, Validation.SEED));
    List<ReplicationStats> reps = replications(s);
    List<Double> system = new ArrayList<>();
    List<Double> queue0 = new ArrayList<>();
    List<Double> queue1 = new ArrayList<>();
    double wip = 0;
    double lq0 = 0;
    double lq1 = 0;
    for (ReplicationStats r : reps) {
      system.add(r.overall().get("wip_mean") - LAMBDA * r.overall().get("lead_time_mean"));
      queue0.add(r.steps().get("s0").get("queue_mean") - LAMBDA * r.steps().get("s0").get("wait_mean"));
      queue1.add(r.steps().get("s1").get("queue_mean") - LAMBDA * r.steps().get("s1").get("wait_mean"));
      wip += r.overall().get("wip_mean") / reps.size();
      lq0 += r.steps().get("s0").get("queue_mean") / reps.size();
      lq1 += r.steps().get("s1").get("queue_mean") / reps.size();
    }
    assertZero("L - lambda W", system, wip);
    assertZero("Lq - lambda Wq at s0", queue0, lq0);
    assertZero("Lq - lambda Wq at s1", queue1, lq1);
  }

  /** Forwards every event to {@code target} except those {@code drop} rejects, and shifts arrival times. */
  private static final class Tamper implements FlowListener {
    private final FlowListener target;
    private final long dropLeftOf;
    private final long lateArrivalOf;

    Tamper(FlowListener target, long dropLeftOf, long lateArrivalOf) {
      this.target = target;
      this.dropLeftOf = dropLeftOf;
      this.lateArrivalOf = lateArrivalOf;
    }

    @Override
    public void arrived(Customer c, double now) {
      target.arrived(c, c.id() == lateArrivalOf ? now + 0.5 : now);
    }

    @Override
    public void joined(Customer c, StepNode step, double now) {
      target.joined(c, step, now);
    }

    @Override
    public void started(Customer c, StepNode step, Pool pool, double now) {
      target.started(c, step, pool, now);
    }

    @Override
    public void finished(Customer c, StepNode step, Pool pool, double now) {
      target.finished(c, step, pool, now);
    }

    @Override
    public void left(Customer c, Exit how, double now) {
      if (c.id() != dropLeftOf) {
        target.left(c, how, now);
      }
    }

    @Override
    public void warmupEnded(double now) {
      target.warmupEnded(now);
    }

    @Override
    public void ended(ServiceSystem system, double now) {
      target.ended(system, now);
    }
  }

  private static void runWith(FlowListener listener) {
    Scenario s = Models.singleQueue(0.7, new DistSpec.Exponential(1), 1, Models.steady(1_000, 0, 1, Validation.SEED));
    new ServiceSystem(s, new Kernel(), new StreamPlan(s.run().seed()), 0, List.of(listener)).run();
  }

  @Test
  void samplePathCheckPassesOnAnUntamperedRun() {
    runWith(new Tamper(new SamplePathCheck(), -1, -1));
  }

  @Test
  void samplePathCheckFailsWhenADepartureIsLost() {
    assertThatThrownBy(() -> runWith(new Tamper(new SamplePathCheck(), 5, -1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("conservation");
  }

  @Test
  void samplePathCheckFailsWhenAnArrivalIsRecordedAtTheWrongTime() {
    assertThatThrownBy(() -> runWith(new Tamper(new SamplePathCheck(), -1, 5)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Little's law");
  }
}
