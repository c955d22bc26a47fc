package io.leansim.fuzz;

import io.leansim.scenario.ArrivalPattern;
import io.leansim.scenario.ArrivalStream;
import io.leansim.scenario.ResourcePool;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.Variant;
import java.util.List;

/**
 * How big a run a scenario asks for: the expected number of arrivals and outages of one
 * replication (times the replications a precision target may add), over the baseline and every
 * variant. A mutant that asks for a billion customers is not a hang but a big run the user asked
 * for (and the overload warning tells them): the fuzz suite validates it, and runs only what fits
 * its per-case bound.
 */
final class Workload {
  /** Expected events a fuzz case may run. */
  static final double LIMIT = 200_000;

  private Workload() {}

  /** Expected arrivals and outages of the run, over the baseline and every variant. */
  static double of(Scenario s) {
    double total = one(s);
    for (Variant v : s.variants()) {
      total += one(v.scenario());
    }
    return total;
  }

  private static double one(Scenario s) {
    double horizon = s.run().horizon();
    double events = 0;
    for (ArrivalStream a : s.arrivals()) {
      double batch = a.batch() == null ? 1 : Math.max(1, a.batch().mean());
      events += arrivals(a.pattern(), horizon) * batch;
    }
    for (ResourcePool p : s.resources()) {
      ResourcePool.Outages o = p.outages();
      if (o != null) {
        events += horizon / Math.max(0, o.every().mean() + o.duration().mean());
      }
    }
    int replications = s.run().precision() == null ? 1 : s.run().precision().maxReplications();
    return events * replications;
  }

  private static double arrivals(ArrivalPattern p, double horizon) {
    if (p instanceof ArrivalPattern.Poisson poisson) {
      List<ArrivalPattern.RatePeriod> periods = poisson.periods();
      double n = 0;
      for (int i = 0; i < periods.size(); i++) {
        double from = Math.max(0, periods.get(i).from());
        double to = i + 1 < periods.size() ? Math.min(horizon, periods.get(i + 1).from()) : horizon;
        n += Math.max(0, to - from) * periods.get(i).rate();
      }
      return n;
    }
    if (p instanceof ArrivalPattern.Appointments a) {
      return a.slots().count(0, horizon);
    }
    return ((ArrivalPattern.Replay) p).arrivals().size();
  }
}
