package io.leansim.stats;

import io.leansim.model.Customer;
import io.leansim.model.FlowListener;
import io.leansim.model.Pool;
import io.leansim.model.ServiceSystem;
import io.leansim.model.StepNode;

/**
 * Sample-path identities checked on every run, over the whole run (warm-up included), exactly up
 * to floating-point rounding:
 *
 * <ul>
 *   <li>conservation: customers arrived = customers left (completed, abandoned or balked) +
 *       customers the model holds at the end (counted from its walkways, lines, servers and
 *       delays);
 *   <li>Little's law as an area identity: the integral of the number in the system over [0, T]
 *       equals the sum over customers of their time in the system within [0, T];
 *   <li>lean ledger: for every completed customer, value-added + necessary + over-processing +
 *       waiting + motion + defects = lead time;
 *   <li>per visit, joined <= started <= ended; a service starts only on a server on duty.
 * </ul>
 *
 * A violation is a bug in LeanSim, never in the user's scenario, and throws {@link
 * IllegalStateException}.
 */
public final class SamplePathCheck implements FlowListener {
  /** Relative tolerance of the identities: rounding of sums of many doubles, not statistics. */
  private static final double ROUNDING = 1e-9;

  private long arrived;
  private long left;
  private long inside;
  private double area;
  private double lastChange;
  private double sojournOfLeft;
  private double arrivalTimesInside;

  @Override
  public void arrived(Customer c, double now) {
    change(now, +1);
    arrived++;
    arrivalTimesInside += c.arrivedAt();
  }

  @Override
  public void started(Customer c, StepNode step, Pool pool, double now) {
    if (now < c.joinedAt()) {
      fail("customer " + c.id() + " started at " + now + " before joining at " + c.joinedAt());
    }
    if (pool != null && (pool.busy() > pool.onDuty() || pool.isDown())) {
      fail("pool " + pool.name() + " starts a service with " + pool.busy() + " held, " + pool.onDuty()
          + " on duty, down " + pool.isDown());
    }
  }

  @Override
  public void finished(Customer c, StepNode step, Pool pool, double now) {
    if (now < c.startedAt()) {
      fail("customer " + c.id() + " ended at " + now + " before starting at " + c.startedAt());
    }
  }

  @Override
  public void left(Customer c, Exit how, double now) {
    change(now, -1);
    left++;
    double sojourn = now - c.arrivedAt();
    sojournOfLeft += sojourn;
    arrivalTimesInside -= c.arrivedAt();
    if (how == Exit.COMPLETED) {
      double ledger = c.valueAdded() + c.necessary() + c.overprocessing() + c.waiting() + c.motion() + c.defects();
      if (Math.abs(ledger - sojourn) > ROUNDING * Math.max(1, sojourn) * 100) {
        fail("lean ledger of customer " + c.id() + ": parts sum to " + ledger + " but lead time is " + sojourn);
      }
    }
  }

  @Override
  public void ended(ServiceSystem system, double now) {
    change(now, 0);
    long held = system.inside();
    if (arrived != left + held || inside != held) {
      fail("conservation: arrived " + arrived + " != left " + left + " + inside " + held);
    }
    double sojourn = sojournOfLeft + (inside * now - arrivalTimesInside);
    if (Math.abs(area - sojourn) > ROUNDING * Math.max(1, Math.abs(area)) + ROUNDING * now * inside) {
      fail("Little's law area identity: integral of N(t) = " + area + " but total time in system = " + sojourn);
    }
  }

  private void change(double now, int delta) {
    area += inside * (now - lastChange);
    lastChange = now;
    inside += delta;
  }

  private static void fail(String what) {
    throw new IllegalStateException("sample-path check failed (a LeanSim bug, please report it): " + what);
  }
}
