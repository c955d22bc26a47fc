/**
 * Exact (or numerically exact) results of queueing theory that the simulator is checked against:
 * Erlang B and C, M/M/c waits and tails, Cobham's non-preemptive priorities, Pollaczek-Khinchine,
 * preemptive-resume priorities, Erlang-A (abandonment), M/M/c/K (balking), Bernoulli feedback, and
 * the transient M/M/c queue from empty (also with a rising number of servers); and staffing rules
 * for a service level (the smallest c meeting P(wait <= t) >= target under Erlang C or Erlang A,
 * square-root staffing).
 *
 * <p>Pure functions of their parameters; no state, no I/O. May import {@code scenario} and Commons
 * Math only.
 */
package io.leansim.theory;
