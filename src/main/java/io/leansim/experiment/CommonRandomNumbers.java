package io.leansim.experiment;

import io.leansim.model.RandomStreams;
import io.leansim.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether a variant draws the baseline's random numbers (common random numbers), and if not, why,
 * in words a trainer can read out: the paired differences of a compare are narrow because both
 * runs see the same customers at the same times with the same needs, which holds only when the
 * variant keeps the baseline's seed, its arrival streams (and their batches), its outage streams and
 * the places of its steps ({@link RandomStreams}). A variant that changes only disciplines, staffing,
 * pools, times or routing, or adds steps after the baseline's, keeps them.
 *
 * <p>Pure: compares the two scenarios, runs nothing.
 *
 * @param causes why the variant's random numbers are not the baseline's, one plain-English clause
 *     each (for example "its seed differs (run.seed 7 vs 20261122)"); empty when they are common
 * @param shared the streams still shared when some are not (for example "arrival stream 'phone'");
 *     empty when common or when nothing is shared
 */
public record CommonRandomNumbers(List<String> causes, List<String> shared) {
  /** The baseline's own random numbers. */
  public static final CommonRandomNumbers COMMON = new CommonRandomNumbers(List.of(), List.of());

  public CommonRandomNumbers {
    causes = List.copyOf(causes);
    shared = causes.isEmpty() ? List.of() : List.copyOf(shared);
  }

  /** Whether {@code variant} draws exactly the random numbers of {@code baseline}. */
  public static CommonRandomNumbers check(Scenario baseline, Scenario variant) {
    RandomStreams b = RandomStreams.of(baseline);
    RandomStreams v = RandomStreams.of(variant);
    List<String> causes = new ArrayList<>();
    List<String> shared = new ArrayList<>();
    boolean sameSeed = b.seed() == v.seed();
    if (!sameSeed) {
      causes.add("its seed differs (run.seed " + v.seed() + " vs " + b.seed() + ")");
    }
    for (String a : v.arrivalStreams()) {
      boolean batched = v.batchesBetweenGaps().contains(a);
      if (!b.arrivalStreams().contains(a)) {
        causes.add("its arrival stream '" + a + "' is not in the baseline (renamed?)");
      } else if (batched != b.batchesBetweenGaps().contains(a)) {
        causes.add("arrival stream '" + a + "' " + (batched ? "gains" : "loses")
            + " its batches, so its arrival times are drawn afresh");
      } else if (sameSeed) {
        shared.add("arrival stream '" + a + "'");
      }
    }
    for (String a : b.arrivalStreams()) {
      if (!v.arrivalStreams().contains(a)) {
        causes.add("the baseline's arrival stream '" + a + "' is missing");
      }
    }
    for (String r : v.outageResources()) {
      if (!b.outageResources().contains(r)) {
        causes.add("resource '" + r + "' draws outages from its own stream");
      } else if (sameSeed) {
        shared.add("outages of '" + r + "'");
      }
    }
    for (String r : b.outageResources()) {
      if (!v.outageResources().contains(r)) {
        causes.add("the baseline's outages of resource '" + r + "' are missing");
      }
    }
    for (int i = 0; i < v.steps().size(); i++) {
      int was = b.steps().indexOf(v.steps().get(i));
      if (was >= 0 && was != i) {
        causes.add(String.format(Locale.ROOT,
            "step '%s' moved from place %d to place %d in the order of the customers' draws, so their times there are drawn afresh",
            v.steps().get(i), was + 1, i + 1));
      }
    }
    return new CommonRandomNumbers(causes, shared);
  }

  /** Whether the variant draws exactly the baseline's random numbers. */
  public boolean common() {
    return causes.isEmpty();
  }

  /**
   * Why the random numbers are not common, as one sentence without a capital or a full stop
   * ({@code "its seed differs (run.seed 7 vs 20261122)"}), ending with what is still shared
   * ({@code "; still shared: arrival stream 'phone'"}) when some streams are; empty when common.
   */
  public String reason() {
    String why = String.join("; ", causes);
    return shared.isEmpty() ? why : why + "; still shared: " + String.join(", ", shared);
  }
}
