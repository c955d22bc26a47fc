/**
 * The self-test: small models whose figures queueing theory knows exactly, run through the real
 * engine ({@link io.leansim.experiment.Experiment}) and compared with {@link io.leansim.theory}
 * under a stated confidence rule ({@link io.leansim.selftest.Selftest}); and the statistics checking
 * themselves ({@link io.leansim.selftest.Coverage}, {@code selftest --coverage}): how often the 95%
 * intervals cover a known truth and how often a compare marks variants that change nothing, over
 * macro-replications. No I/O: the {@code selftest} command prints the verdicts.
 *
 * <p>May import {@code experiment}, {@code stats}, {@code theory}, {@code scenario} (and Commons
 * Math for the binomial intervals).
 */
package io.leansim.selftest;
