package io.leansim.bench;

/**
 * The benchmark workloads of issue 6, as parameters the reference models share with
 * {@code scenarios/bench/wN.yaml}: time unit minutes, Poisson arrivals until the horizon, then
 * drain (everyone inside is served).
 */
enum Workload {
  /** M/M/4: arrivals 3.6/min, 4 servers, exponential service mean 1, FIFO. */
  W1(3.6, 277_778),
  /** W1 with two types, 20% urgent served first (non-preemptive priority). */
  W2(3.6, 277_778),
  /**
   * Arrivals 3.0/min; kiosk (1 server, exp mean 0.25), then counters (4 servers, exp mean 1.1),
   * 10% rework back to the counter queue, exponential patience mean 15 while waiting at the counter.
   */
  W3(3.0, 333_333);

  final double rate;
  final double horizon;

  Workload(double rate, double horizon) {
    this.rate = rate;
    this.horizon = horizon;
  }

  /** The horizon giving {@code customers} expected arrivals. */
  double horizonFor(long customers) {
    return customers / rate;
  }

  static Workload parse(String s) {
    return valueOf(s.toUpperCase(java.util.Locale.ROOT));
  }

  /** The result line every reference prints: parsed by {@link EndToEnd}. */
  static String resultLine(String impl, Workload w, long customers, long events, double meanWait, double seconds) {
    return String.format(java.util.Locale.ROOT,
        "RESULT impl=%s workload=%s customers=%d events=%d mean_wait=%.6f run_seconds=%.4f",
        impl, w, customers, events, meanWait, seconds);
  }
}
