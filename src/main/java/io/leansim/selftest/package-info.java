/**
 * The self-test: small models whose figures queueing theory knows exactly, run through the real
 * engine ({@link io.leansim.experiment.Experiment}) and compared with {@link io.leansim.theory}
 * under a stated confidence rule. No I/O: the {@code selftest} command prints the verdicts.
 *
 * <p>May import {@code experiment}, {@code stats}, {@code theory}, {@code scenario}.
 */
package io.leansim.selftest;
