package io.leansim.engine;

/**
 * Draws a value from one uniform by inversion: {@code sample(u) = F^-1(u)}. One uniform per draw,
 * so that the random numbers of variants stay aligned (common random numbers).
 */
@FunctionalInterface
public interface Sampler {
  /** The value whose cumulative probability is {@code u}, for u in (0, 1). */
  double sample(double u);
}
