package io.leansim.stats;

/**
 * One customer's visit to one step, as traced: when it joined the step's line, started and ended
 * service (NaN when the run ended first), the pool that served it (null for a pure delay or when
 * never served) and the service time drawn. Times are run times in scenario time units.
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
    double service) {}
