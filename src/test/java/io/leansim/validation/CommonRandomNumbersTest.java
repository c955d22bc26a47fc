package io.leansim.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.experiment.Experiment;
import io.leansim.model.FlowListener;
import io.leansim.scenario.Discipline;
import io.leansim.scenario.ResourcePool;
import io.leansim.scenario.Scenario;
import io.leansim.stats.Visit;
import io.leansim.stats.VisitLog;
import io.leansim.testing.Models;
import io.leansim.testing.Validation;
import io.leansim.testing.ValidationModels;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Common random numbers: variants that change only how customers are served (the discipline of a
 * step, the staffing of a pool) see the same customers (ids and types), arriving at the same times,
 * with the same service needs; only what happens to them (their waits) differs.
 *
 * <p>Model: two servers, two types with priorities 1 and 2 (arrival rates 0.6 and 1.0, exponential
 * service of mean 1), run as a FIFO baseline, as a PRIORITY variant and as a FIFO variant with a
 * third server; 4 replications of 3,000 minutes, every visit traced by a {@link VisitLog}.
 */
class CommonRandomNumbersTest {
  private static final int REPLICATIONS = 4;
  /** Visits by variant, then replication, then customer id (one step, so one visit per customer). */
  private static final Map<String, Map<Integer, Map<Long, Visit>>> visits = new ConcurrentHashMap<>();

  @BeforeAll
  static void run() throws Exception {
    Scenario fifo = ValidationModels.priorityQueue(new double[] {0.6, 1.0}, 1, 2, Discipline.FIFO,
        Models.steady(3_000, 0, REPLICATIONS, Validation.SEED));
    Scenario priority = ValidationModels.priorityQueue(new double[] {0.6, 1.0}, 1, 2, Discipline.PRIORITY,
        Models.steady(3_000, 0, REPLICATIONS, Validation.SEED));
    Scenario staffed = new Scenario(fifo.name(), fifo.title(), fifo.description(), fifo.timeUnit(),
        fifo.clockStart(), fifo.run(), fifo.targets(), fifo.customers(), fifo.arrivals(),
        List.of(new ResourcePool("desk", 3)), fifo.process(), List.of());
    Experiment.Observer trace = new Experiment.Observer() {
      @Override
      public List<FlowListener> listeners(String variant, int replication) {
        Map<Long, Visit> log = new TreeMap<>();
        visits.computeIfAbsent(variant, v -> new ConcurrentHashMap<>()).put(replication, log);
        return List.of(new VisitLog(replication, v -> log.put(v.customer(), v)));
      }
    };
    Experiment.run(List.of(new Experiment.Job("baseline", "fifo", fifo),
        new Experiment.Job("priority", "priority", priority),
        new Experiment.Job("staffed", "one more server", staffed)), Validation.THREADS, trace);
  }

  private static void assertSameCustomersAndNeeds(String variant) {
    for (int r = 0; r < REPLICATIONS; r++) {
      Map<Long, Visit> base = visits.get("baseline").get(r);
      Map<Long, Visit> other = visits.get(variant).get(r);
      assertThat(base).as("replication %d traced customers", r).hasSizeGreaterThan(4_000);
      assertThat(other.keySet()).as("customer ids of %s, replication %d", variant, r).isEqualTo(base.keySet());
      int servedInBoth = 0;
      for (Visit b : base.values()) {
        Visit o = other.get(b.customer());
        assertThat(o.type()).as("type of customer %d", b.customer()).isEqualTo(b.type());
        assertThat(o.joined()).as("arrival of customer %d", b.customer()).isEqualTo(b.joined());
        if (!Double.isNaN(b.started()) && !Double.isNaN(o.started())) {
          servedInBoth++;
          assertThat(o.service()).as("service need of customer %d", b.customer()).isEqualTo(b.service());
        }
      }
      assertThat(servedInBoth).isGreaterThan(base.size() - 100);
    }
  }

  private static long differentWaits(String variant) {
    long n = 0;
    for (int r = 0; r < REPLICATIONS; r++) {
      for (Visit b : visits.get("baseline").get(r).values()) {
        Visit o = visits.get(variant).get(r).get(b.customer());
        if (Double.compare(o.started() - o.joined(), b.started() - b.joined()) != 0) {
          n++;
        }
      }
    }
    return n;
  }

  @Test
  void priorityVariantSeesTheSameCustomersArrivalsAndServiceNeeds() {
    assertSameCustomersAndNeeds("priority");
  }

  @Test
  void priorityVariantChangesTheWaits() {
    assertThat(differentWaits("priority")).isGreaterThan(1_000);
  }

  @Test
  void variantWithOneMoreServerSeesTheSameCustomersArrivalsAndServiceNeeds() {
    assertSameCustomersAndNeeds("staffed");
    assertThat(differentWaits("staffed")).isGreaterThan(1_000);
  }

  @Test
  void bothTypesArePresent() {
    List<String> types = new ArrayList<>();
    visits.get("baseline").get(0).values().forEach(v -> {
      if (!types.contains(v.type())) {
        types.add(v.type());
      }
    });
    assertThat(types).containsExactlyInAnyOrder("c1", "c2");
  }
}
