package io.leansim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.app.SelectBest;
import io.leansim.experiment.Selection;
import io.leansim.experiment.Selection.Ranked;
import io.leansim.stats.Metric;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words of each ending of a selection. */
class SelectionTextTest {
  private static String text(Metric figure, Selection.Stop stop, double delta, boolean byDefault, List<Ranked> ranking) {
    Selection.Plan plan = new Selection.Plan(List.of("baseline", "a", "b"), figure.better(), delta, 10, 200, 2);
    StringWriter out = new StringWriter();
    SelectionText.print(new SelectBest.Answer(figure, "min", byDefault, 0,
        new Selection.Outcome(plan, stop, 200, ranking)), true, new PrintWriter(out, true));
    return out.toString();
  }

  @Test
  void theCapNamesTheSurvivorsThatCannotBeToldApart() {
    String t = text(Metric.WAIT_MEAN, Selection.Stop.CAP, 0.004, false, List.of(new Ranked("a", 7.31, 200, null),
        new Ranked("b", 7.32, 200, null), new Ranked("baseline", 8.25, 200, null)));
    assertThat(t).contains("indifference zone 0.0040 min, Kim-Nelson")
        .contains("  a, b and baseline cannot be told apart within 0.0040 min after 200 replications (the cap;")
        .contains("    a         7.31 min  still in\n");
  }

  @Test
  void aTieSaysTheFirstStageGaveTheSameValues() {
    String t = text(Metric.SERVICE_LEVEL, Selection.Stop.TIED, 0.02, true, List.of(new Ranked("a", 0.9, 200, null),
        new Ranked("b", 0.9, 200, null), new Ranked("baseline", 0.8, 10, "a")));
    assertThat(t).contains("(service_level, higher is better, indifference zone 2.0 percentage points (5% of the"
            + " baseline's mean), Kim-Nelson")
        .contains("  a and b cannot be told apart: the same service_level in each of the first 10 replications")
        .contains("    baseline  80.0%  out after 10 replications, worse than a\n");
  }
}
