package io.leansim.fuzz;

import java.time.Duration;
import org.quicktheories.QuickTheory;

/**
 * How much the fuzz suite tries. The default fits in {@code mvn verify} (well under a minute, with
 * a fixed seed so that the build is reproducible); a longer run, with another seed:
 *
 * <pre>mvn -B test -Dtest='io.leansim.fuzz.*' -Dfuzz.examples=5000 -Dfuzz.seed=7</pre>
 *
 * A failure prints the smallest case QuickTheories shrank it to (the scenario YAML, or the mutated
 * file), the command and its output, and the seed to rerun it.
 */
final class Fuzz {
  /** Per case: one validation and a short run; a hang fails the case after this long. */
  static final Duration BOUND = Duration.ofSeconds(Long.getLong("fuzz.bound.seconds", 60));

  private Fuzz() {}

  /** A theory with {@code examples} cases by default (scaled by {@code -Dfuzz.examples=N} for all suites). */
  static QuickTheory theory(int examples) {
    int n = Integer.getInteger("fuzz.examples", 0);
    return QuickTheory.qt()
        .withFixedSeed(Long.getLong("fuzz.seed", 20261207L))
        .withExamples(n > 0 ? n : examples)
        .withShrinkCycles(Integer.getInteger("fuzz.shrinks", 40))
        .withGenerateAttempts(20_000);
  }
}
