package io.leansim.stats;

/**
 * One customer's visit to one step, as traced: when it joined the step's line, first started and
 * ended service (NaN when it never started, or the run ended first), the pool that served it (null
 * for a pure delay or when never served), the service time drawn, and how the visit ended: {@code
 * served}, {@code abandoned}, {@code balked}, or {@code open} when the run ended first. Times are
 * run times in scenario time units.
 */
public record Visit(
    int replication,
    long customer,
    String type,
    String step,
    double joined,
    double started,
    double ended,
    String pool,
    double service,
    String outcome) {}
