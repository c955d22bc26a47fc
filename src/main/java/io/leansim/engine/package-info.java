/**
 * The kernel: one event executive per replication ({@link io.leansim.engine.Kernel}, a clock and a
 * heap of reusable actions, no allocation per event), time averages on its clock, the random streams
 * of a run ({@link io.leansim.engine.StreamPlan}: MRG32k3a as SSJ computes it, with substreams read
 * in order, on demand ({@link io.leansim.engine.Substreams}) or by position ({@link
 * io.leansim.engine.Lookahead})) and sampling of scenario distributions by inversion on SSJ's {@code
 * probdist} ({@link io.leansim.engine.Samplers}).
 *
 * <p>The only package that may touch SSJ's {@code simevents} and {@code rng} (its tests check the kernel and the generator against them). May
 * import {@code io.leansim.scenario} and SSJ; nothing above it.
 */
package io.leansim.engine;
