package io.leansim.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.scenario.Scenario;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hall's order comes from the routes: an added step where customers meet it, alternatives as lanes, rework as a loop. */
class FlowOrderTest {
  private static Scenario variant(Scenario s, String name) {
    return s.variant(name).orElseThrow().scenario();
  }

  @Test
  void theGreetersCheckComesBeforeTheCounterInBothPanels() {
    Scenario hall = Studies.telecom(1);
    FlowOrder order = FlowOrder.of(List.of(hall.withoutVariants(), variant(hall, "greeter")));
    // the file lists pre_check last; customers meet it right after the ticket
    assertThat(order.places().get("take_ticket").column()).isEqualTo(0);
    assertThat(order.places().get("pre_check").column()).isEqualTo(1);
    assertThat(order.places().get("fill_form").column()).isEqualTo(2);
    assertThat(order.places().get("serve").column()).isEqualTo(3);
    assertThat(order.places().get("complete_documents").column()).isEqualTo(4);
    // the way back from the side table to the counter is a loop
    Scenario greeter = variant(hall, "greeter");
    int serve = indexOf(greeter, "serve");
    int documents = indexOf(greeter, "complete_documents");
    assertThat(order.edges(greeter)).contains(new FlowOrder.Edge(serve, documents, true, false),
        new FlowOrder.Edge(documents, serve, false, true));
  }

  @Test
  void alternativesAreParallelLanes() {
    Scenario s = Studies.bundled(Path.of("scenarios/self-service.yaml"), 1);
    FlowOrder order = FlowOrder.of(List.of(s.withoutVariants(), variant(s, "self-service")));
    assertThat(order.places().get("self_service").column()).isEqualTo(order.places().get("take_ticket").column());
    assertThat(order.places().get("self_service").lane()).isEqualTo(1);
    assertThat(order.lanes().get(0)).isEqualTo(2);
  }

  @Test
  void aRedoAtTheSameStepIsALoop() {
    Scenario s = Studies.telecom(1);
    FlowOrder order = FlowOrder.of(List.of(s.withoutVariants()));
    assertThat(order.columns()).isEqualTo(4);
    assertThat(order.edges(s.withoutVariants())).allSatisfy(e -> assertThat(e.loop()).isEqualTo(
        e.from() >= 0 && e.to() >= 0 && e.from() == indexOf(s, "complete_documents")));
  }

  private static int indexOf(Scenario s, String step) {
    for (int i = 0; i < s.process().size(); i++) {
      if (s.process().get(i).name().equals(step)) {
        return i;
      }
    }
    throw new AssertionError(step);
  }
}
