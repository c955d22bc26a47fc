package io.leansim.model;

import io.leansim.scenario.ArrivalPattern;
import io.leansim.scenario.ArrivalStream;
import io.leansim.scenario.ResourcePool;
import io.leansim.scenario.Routes;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.Step;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a scenario's random numbers are keyed by: the one place that names the random streams of a
 * run ({@link io.leansim.engine.StreamPlan} derives each from the seed, the replication and its
 * purpose name).
 *
 * <p>Each arrival stream draws its arrival epochs (and batch sizes) from {@link #arrivals(String)}
 * and its customers' needs from {@link #customers(String)}, the k-th customer on substream k; a
 * resource with outages draws them from {@link #outages(String)}. A Poisson stream with a {@code
 * batch} draws each batch size right after the gap before it. Within a customer's substream the
 * draws for its first visit to each step are laid out one block per step in the scenario's {@link
 * Scenario#draws()} order (the process order, a variant's new steps after the baseline's), so a step
 * at another place in that order reads other random numbers. Where a customer may come back
 * (rework, a route back), draws for second visits and redos come from {@link #revisits(String)},
 * the k-th customer again on substream k: apart from the blocks, so a step more or less at the end
 * of the process leaves them where they were.
 *
 * <p>Two scenarios draw common random numbers when every component agrees.
 *
 * @param seed the scenario seed ({@code run.seed})
 * @param arrivalStreams the arrival streams, in scenario order
 * @param batchesBetweenGaps the Poisson arrival streams with a {@code batch}, in scenario order
 * @param outageResources the resources with outages, in scenario order
 * @param steps the process steps, in the order that lays out each customer's draws
 * @param revisits whether a customer may visit a step twice (rework, a route back), drawing from {@link #revisits(String)}
 */
public record RandomStreams(long seed, List<String> arrivalStreams, List<String> batchesBetweenGaps,
    List<String> outageResources, List<String> steps, boolean revisits) {
  public RandomStreams {
    arrivalStreams = List.copyOf(arrivalStreams);
    batchesBetweenGaps = List.copyOf(batchesBetweenGaps);
    outageResources = List.copyOf(outageResources);
    steps = List.copyOf(steps);
  }

  /** The random streams {@code scenario} draws from. */
  public static RandomStreams of(Scenario scenario) {
    return new RandomStreams(
        scenario.run().seed(),
        scenario.arrivals().stream().map(ArrivalStream::name).toList(),
        scenario.arrivals().stream()
            .filter(a -> a.batch() != null && a.pattern() instanceof ArrivalPattern.Poisson)
            .map(ArrivalStream::name).toList(),
        scenario.resources().stream().filter(r -> r.outages() != null).map(ResourcePool::name).toList(),
        scenario.draws(),
        scenario.customers().stream().anyMatch(t -> revisits(scenario.process(), t.name())));
  }

  /** Whether a customer of {@code type} may visit some step more than once. */
  private static boolean revisits(List<Step> process, String type) {
    return Arrays.stream(Routes.of(process, type).expectedVisits()).anyMatch(v -> v > 1 + 1e-9);
  }

  /** The purpose of the stream of arrival epochs (and batch sizes) of arrival stream {@code stream}. */
  public static String arrivals(String stream) {
    return "arrivals/" + stream;
  }

  /** The purpose of the stream of needs of the customers of arrival stream {@code stream}. */
  public static String customers(String stream) {
    return "customers/" + stream;
  }

  /**
   * The purpose of the stream of needs of second visits and redos of the customers of arrival stream
   * {@code stream} (the k-th customer on substream k), drawn only where customers may come back: apart
   * from the first visits' blocks, so that a step more or less leaves them where they were.
   */
  public static String revisits(String stream) {
    return "revisits/" + stream;
  }

  /** The purpose of the stream of outages of resource {@code resource}. */
  public static String outages(String resource) {
    return "outages/" + resource;
  }

  /** Every purpose a run draws from: per arrival stream its arrivals and customers, then the outages. */
  public Set<String> purposes() {
    Set<String> p = new LinkedHashSet<>();
    for (String a : arrivalStreams) {
      p.add(arrivals(a));
      p.add(customers(a));
      if (revisits) {
        p.add(revisits(a));
      }
    }
    outageResources.forEach(r -> p.add(outages(r)));
    return Collections.unmodifiableSet(p);
  }
}
