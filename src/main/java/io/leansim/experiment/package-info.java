/**
 * Runs scenarios: the baseline and variants times replications on an executor, each replication a
 * pure task whose results are combined in replication order, so results are bit-identical for any
 * number of threads, and a run split into replication ranges (shards) and put back together gives
 * the very same figures. Result records ({@link Summary}) carry everything the reports need; {@link
 * RunWarnings} says what their figures leave out (nobody completed, customers still inside); {@link
 * CommonRandomNumbers} says whether a variant draws the baseline's random numbers, and why not. No I/O.
 *
 * <p>May import {@code stats}, {@code model}, {@code engine}, {@code scenario}.
 *
 * <p>{@link Selection} says which of several variants is best on one figure (Kim and Nelson's KN
 * procedure, valid with common random numbers), on outputs that {@link Experiment#replications}
 * runs a few at a time.
 */
package io.leansim.experiment;
