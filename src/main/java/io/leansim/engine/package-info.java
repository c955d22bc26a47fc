/**
 * The kernel on SSJ: one {@link umontreal.ssj.simevents.Simulator} per replication ({@link Kernel}),
 * the random streams of a run ({@link StreamPlan}) and sampling of scenario distributions by
 * inversion ({@link Samplers}).
 *
 * <p>The only package that touches SSJ's {@code simevents} and {@code rng}. May import {@code
 * io.leansim.scenario} and SSJ; nothing above it.
 */
package io.leansim.engine;
