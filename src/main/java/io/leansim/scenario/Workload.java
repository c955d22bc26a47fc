package io.leansim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demand a scenario puts on its steps and pools over a window of run time, from the scenario
 * alone (no simulation): arrival rates by type, the mean work of a visit, the mean number of busy
 * servers a step needs, and the servers a pool has on duty. The loader's steady-state load warning
 * and the staffing search's queueing estimates both read the scenario through these.
 *
 * <p>Rates are per time unit, work in time units, windows [from, to) in run time with to > from.
 * Pure functions.
 */
public final class Workload {
  private Workload() {}

  /**
   * Arrivals per time unit of each type over [from, to), before batching: a Poisson stream's
   * time-average rate times the mix; appointments: those scheduled in the window times (1 -
   * no_show), per time unit, times the mix; a replay: its rows of each type in the window per
   * time unit.
   */
  public static Map<String, Double> typeRates(ArrivalStream a, double from, double to) {
    Map<String, Double> out = new LinkedHashMap<>();
    double total;
    if (a.pattern() instanceof ArrivalPattern.Poisson) {
      total = averageRate(a.pattern(), from, to);
    } else if (a.pattern() instanceof ArrivalPattern.Appointments ap) {
      total = ap.slots().count(from, to) * (1 - ap.noShow()) / (to - from);
    } else if (a.pattern() instanceof ArrivalPattern.Replay r) {
      for (ArrivalPattern.RecordedArrival x : r.arrivals()) {
        if (x.time() >= from && x.time() < to) {
          out.merge(x.type(), 1 / (to - from), Double::sum);
        }
      }
      return out;
    } else {
      throw new AssertionError(a.pattern());
    }
    for (Map.Entry<String, Double> e : a.mix().entrySet()) {
      out.put(e.getKey(), total * e.getValue());
    }
    return out;
  }

  /**
   * Customers per time unit of each type over [from, to), every stream together, batches counted
   * (the mean batch size, at least 1, times {@link #typeRates}); in the order of the scenario's
   * customer types (any other type a replay names after them), types that do not come absent.
   */
  public static Map<String, Double> customerRates(Scenario s, double from, double to) {
    Map<String, Double> sum = new LinkedHashMap<>();
    for (ArrivalStream a : s.arrivals()) {
      double batch = a.batch() == null ? 1 : Math.max(1, a.batch().mean());
      typeRates(a, from, to).forEach((type, rate) -> sum.merge(type, rate * batch, Double::sum));
    }
    Map<String, Double> out = new LinkedHashMap<>();
    for (CustomerType c : s.customers()) {
      if (sum.containsKey(c.name())) {
        out.put(c.name(), sum.get(c.name()));
      }
    }
    sum.forEach(out::putIfAbsent);
    return out;
  }

  /**
   * Mean work one customer of {@code type} brings to {@code st}: its mean service time (0 when the
   * step has no time for it), plus p / (1 - p) redos when {@code rework} sends it back to the same
   * step with probability p (the type's own; of the redo time, or of the service time). Rework to
   * another step and
   * {@code next} routing are ignored (one visit per step).
   */
  public static double visitWork(Step st, String type) {
    DistSpec d = st.time().forType(type);
    double work = d == null ? 0 : d.mean();
    Step.Rework rw = st.rework();
    if (rw != null && rw.to().equals(st.name())) {
      double redo = rw.time() == null ? work : rw.time().mean();
      double p = rw.probability(type);
      work += redo * p / (1 - p);
    }
    return work;
  }

  /**
   * Mean number of busy servers a step needs over [from, to): the sum over the types that walk it
   * of their {@link #customerRates} times their {@link #visitWork}.
   */
  public static double stepWork(Scenario s, Step st, double from, double to) {
    double total = 0;
    for (Map.Entry<String, Double> rate : customerRates(s, from, to).entrySet()) {
      if (st.appliesTo(rate.getKey())) {
        total += rate.getValue() * visitWork(st, rate.getKey());
      }
    }
    return total;
  }

  /** Mean busy servers all steps listing {@code pool} need over [from, to) (see {@link #stepWork}). */
  public static double offeredWork(Scenario s, String pool, double from, double to) {
    return s.process().stream().filter(st -> st.resources().contains(pool))
        .mapToDouble(st -> stepWork(s, st, from, to)).sum();
  }

  /**
   * Mean servers on duty over [from, to): the capacity, or the time average of the shifts (0 before
   * the first); times the share of time the pool is up when it has outages, mean every / (mean
   * every + mean duration).
   */
  public static double availableServers(ResourcePool pool, double from, double to) {
    double staff;
    if (pool.shifts().isEmpty()) {
      staff = pool.capacity();
    } else {
      double area = 0;
      List<ResourcePool.Shift> sh = pool.shifts();
      for (int i = 0; i < sh.size(); i++) {
        double start = Math.max(from, sh.get(i).from());
        double end = Math.min(to, i + 1 < sh.size() ? sh.get(i + 1).from() : Double.POSITIVE_INFINITY);
        if (end > start) {
          area += (end - start) * sh.get(i).staff();
        }
      }
      staff = area / (to - from);
    }
    if (pool.outages() != null) {
      double up = pool.outages().every().mean();
      staff *= up / (up + pool.outages().duration().mean());
    }
    return staff;
  }

  /** Time-average rate of a Poisson pattern's piecewise-constant rate over [from, to). */
  public static double averageRate(ArrivalPattern pattern, double from, double to) {
    List<ArrivalPattern.RatePeriod> ps = ((ArrivalPattern.Poisson) pattern).periods();
    double area = 0;
    for (int i = 0; i < ps.size(); i++) {
      double start = Math.max(from, ps.get(i).from());
      double end = Math.min(to, i + 1 < ps.size() ? ps.get(i + 1).from() : Double.POSITIVE_INFINITY);
      if (end > start) {
        area += (end - start) * ps.get(i).rate();
      }
    }
    return area / (to - from);
  }
}
