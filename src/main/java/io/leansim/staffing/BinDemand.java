package io.leansim.staffing;

import io.leansim.scenario.CustomerType;
import io.leansim.scenario.DistSpec;
import io.leansim.scenario.ResourcePool;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.Step;
import io.leansim.scenario.Workload;
import io.leansim.theory.StaffingTheory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One time bin's demand on a pool and what queueing theory staffs it with, bin by bin as if each
 * bin were a steady state of its own (the stationary independent period-by-period approximation).
 *
 * <p>From the scenario alone ({@link Workload}): {@code arrivalRate} is the customers per time unit
 * arriving in the bin who need the pool (types it serves that walk a step it serves; batches
 * counted); {@code offeredLoad} (Erlangs) the mean busy servers they need, the sum over the pool's
 * steps and those types of rate × mean work per visit (service, plus redos of rework to the same
 * step), so the mean service time is offeredLoad / arrivalRate; {@code theta} the abandonment rate
 * of one waiting customer, the arrival-weighted mean over those types of 1 / mean patience at the
 * pool's first step they walk (the step's {@code patience}, else the type's; 0 for the patient).
 *
 * <p>{@code erlangEstimate} is the smallest c with P(wait <= wait_within) >= target: Erlang A with
 * theta when some type has patience, Erlang C otherwise ({@link StaffingTheory#smallestStaff});
 * {@code squareRoot} the square-root staffing reference c = a + beta sqrt(a) (Halfin-Whitt, without
 * patience). Both are 0 in a bin without demand.
 *
 * @param start run time the bin starts
 * @param end run time it ends (the horizon for the last bin)
 */
public record BinDemand(int index, double start, double end, double arrivalRate, double offeredLoad, double theta,
    int erlangEstimate, StaffingTheory.SquareRoot squareRoot) {

  /** The largest count the Erlang estimate searches (far beyond any hall). */
  static final int ESTIMATE_CAP = 1_000_000;

  /** Length of the bin in time units. */
  public double length() {
    return end - start;
  }

  /**
   * The bins of width {@code binWidth} (time units) over [0, horizon) of {@code s}, the last one
   * ending at the horizon, with their demand on {@code pool} and the estimates for P(wait <=
   * {@code waitWithin}) >= {@code target}.
   */
  static List<BinDemand> profile(Scenario s, ResourcePool pool, double binWidth, double waitWithin, double target) {
    double horizon = s.run().horizon();
    int n = StaffingSearch.binCount(horizon, binWidth);
    List<BinDemand> out = new ArrayList<>(n);
    for (int b = 0; b < n; b++) {
      double start = b * binWidth;
      double end = Math.min(horizon, (b + 1) * binWidth);
      double lambda = 0;
      double load = 0;
      double abandon = 0;
      for (Map.Entry<String, Double> e : Workload.customerRates(s, start, end).entrySet()) {
        String type = e.getKey();
        double rate = e.getValue();
        if (!pool.serves(type) || rate == 0) {
          continue;
        }
        Step first = null;
        for (Step st : s.process()) {
          if (st.resources().contains(pool.name()) && st.appliesTo(type)) {
            load += rate * Workload.visitWork(st, type);
            first = first == null ? st : first;
          }
        }
        if (first != null) {
          lambda += rate;
          abandon += rate * patienceRate(s, first, type);
        }
      }
      double theta = lambda > 0 ? abandon / lambda : 0;
      int estimate = 0;
      StaffingTheory.SquareRoot sqrt = new StaffingTheory.SquareRoot(0, 0);
      if (lambda > 0 && load > 0) {
        double mu = lambda / load;
        estimate = StaffingTheory.smallestStaff(lambda, mu, theta, waitWithin, target, ESTIMATE_CAP)
            .orElse(ESTIMATE_CAP);
        sqrt = StaffingTheory.squareRoot(lambda, mu, waitWithin, target);
      }
      out.add(new BinDemand(b, start, end, lambda, load, theta, estimate, sqrt));
    }
    return List.copyOf(out);
  }

  /** 1 / mean patience of {@code type} at {@code step} (the step's, else the type's); 0 without one. */
  private static double patienceRate(Scenario s, Step step, String type) {
    DistSpec patience = step.patience();
    if (patience == null) {
      patience = s.customer(type).map(CustomerType::patience).orElse(null);
    }
    if (patience == null || !(patience.mean() > 0) || Double.isInfinite(patience.mean())) {
      return 0;
    }
    return 1 / patience.mean();
  }
}
