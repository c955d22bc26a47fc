package io.leansim.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.experiment.Comparison;
import io.leansim.experiment.PairedDifference;
import io.leansim.scenario.Scenario;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Verdicts from hand-made comparisons: who gains, who pays, significance said honestly, cost. */
class VerdictsTest {
  private static final String HALL = """
      name: hall
      time_unit: min
      run: {horizon: 8h, replications: 10, seed: 1}
      %s
      customers:
        card_replacement: {priority: 1}
        bill_payment: {}
        plan_change: {}
      arrivals:
        walk_in: {rate: 1, mix: {card_replacement: 0.2, bill_payment: 0.5, plan_change: 0.3}}
      resources:
        counter: {capacity: 7%s}
      process:
        serve: {resource: counter, time: exp(3), value: value_added}
      """;

  private static final Scenario PLAIN = Studies.parse(HALL.formatted("", ""));
  private static final Scenario COSTED = Studies.parse(HALL.formatted("targets: {wait_within: 10}", ", cost_per_hour: 30"));

  /** A paired difference; significant when |diff| > half-width. */
  private static PairedDifference d(double baseline, double variant, double halfWidth) {
    double diff = variant - baseline;
    boolean significant = Math.abs(diff) > halfWidth;
    return new PairedDifference(baseline, variant, diff, halfWidth, diff / Math.abs(baseline),
        significant ? 0.001 : 0.5, significant ? 0.001 : 0.5, significant, 10);
  }

  private static Comparison.Variant variant(Map<String, PairedDifference> overall,
      Map<String, Map<String, PairedDifference>> types, Map<String, Map<String, PairedDifference>> resources) {
    return new Comparison.Variant("v", overall, types, Map.of(), resources);
  }

  private static Map<String, Map<String, PairedDifference>> types(PairedDifference card, PairedDifference bill,
      PairedDifference plan) {
    Map<String, Map<String, PairedDifference>> m = new LinkedHashMap<>();
    m.put("card_replacement", Map.of("wait_mean", card));
    m.put("bill_payment", Map.of("wait_mean", bill));
    m.put("plan_change", Map.of("wait_mean", plan));
    return m;
  }

  @Test
  void priorityNamesTheTypeThatGainsAndTheTypeThatPaysWithHonestSignificance() {
    var v = variant(Map.of("wait_mean", d(6.2, 5.9, 0.1), "wait_max", d(31, 44, 5)),
        types(d(18.2, 4.1, 1.5), d(5.0, 5.9, 1.2), d(6.0, 6.05, 0.4)), Map.of());

    Verdicts.Verdict verdict = Verdicts.of(PLAIN, v);

    assertThat(verdict.sentences()).containsExactly(
        "Overall, the mean wait falls from 6.2 to 5.9 min (significant).",
        "Who gains: Card replacement customers wait 4.1 min instead of 18.2 (significant).",
        "Who pays: Bill payment customers wait 0.9 min longer (5.0 to 5.9, not significant).",
        "No significant change for Plan change customers.",
        "The worst wait rises from 31.0 to 44.0 min (significant).");
    assertThat(verdict.tone()).isEqualTo(Verdicts.Tone.BETTER);
    assertThat(verdict.text()).doesNotContain("cost");
  }

  @Test
  void aTypeThatPaysSignificantlyMakesATradeOff() {
    var v = variant(Map.of("wait_mean", d(6.2, 5.0, 0.3)),
        types(d(18.2, 4.1, 1.5), d(5.0, 7.5, 0.8), d(6.0, 6.8, 0.5)), Map.of());

    Verdicts.Verdict verdict = Verdicts.of(PLAIN, v);

    assertThat(verdict.text()).contains(
        "Who pays: Bill payment customers wait 2.5 min longer (5.0 to 7.5, significant); "
            + "Plan change customers wait 0.8 min longer (6.0 to 6.8, significant).");
    assertThat(verdict.tone()).isEqualTo(Verdicts.Tone.TRADE_OFF);
  }

  @Test
  void nothingSignificantIsSaidPlainly() {
    var v = variant(Map.of("wait_mean", d(6.2, 6.0, 0.5)),
        types(d(18.2, 17.9, 2), d(5.0, 4.9, 1.2), d(6.0, 6.1, 0.4)), Map.of());

    Verdicts.Verdict verdict = Verdicts.of(PLAIN, v);

    assertThat(verdict.sentences()).containsExactly(
        "Overall, the mean wait falls from 6.2 to 6.0 min (not significant).",
        "No customer type's mean wait changes significantly.");
    assertThat(verdict.tone()).isEqualTo(Verdicts.Tone.NO_CLEAR_CHANGE);
  }

  @Test
  void aSignificantRiseIsWorse() {
    var v = variant(Map.of("wait_mean", d(6.2, 9.0, 0.5)), types(d(18, 20, 1), d(5, 8, 1), d(6, 9, 1)), Map.of());
    Verdicts.Verdict verdict = Verdicts.of(PLAIN, v);
    assertThat(verdict.sentences().get(0)).isEqualTo("Overall, the mean wait rises from 6.2 to 9.0 min (significant).");
    assertThat(verdict.tone()).isEqualTo(Verdicts.Tone.WORSE);
  }

  @Test
  void costServiceLevelAndAbandonmentAreMentionedWhenTheScenarioHasThem() {
    Map<String, PairedDifference> overall = new LinkedHashMap<>();
    overall.put("wait_mean", d(6.2, 4.0, 0.3));
    overall.put("service_level", d(0.62, 0.81, 0.04));
    overall.put("abandon_rate", d(0.05, 0.049, 0.01));
    overall.put("staff_cost", d(1680, 1920, 0));
    var v = variant(overall, types(d(18.2, 9, 1.5), d(5, 3.2, 0.6), d(6, 4, 0.5)), Map.of());

    Verdicts.Verdict verdict = Verdicts.of(COSTED, v);

    assertThat(verdict.sentences()).contains(
        "The share served within 10 min rises from 62.0% to 81.0% (significant).",
        "Abandonment falls from 5.0% to 4.9% (not significant).",
        "Staff cost rises from 1,680 to 1,920 per run (significant).");
    assertThat(verdict.tone()).as("faster but dearer").isEqualTo(Verdicts.Tone.TRADE_OFF);
  }

  @Test
  void unchangedCostIsSaidToo() {
    var v = variant(Map.of("wait_mean", d(6.2, 4.0, 0.3), "staff_cost", d(1680, 1680, 0)),
        types(d(18.2, 9, 1.5), d(5, 3.2, 0.6), d(6, 4, 0.5)), Map.of());
    Verdicts.Verdict verdict = Verdicts.of(COSTED, v);
    assertThat(verdict.sentences()).contains("Staff cost is unchanged at 1,680 per run.");
    assertThat(verdict.tone()).isEqualTo(Verdicts.Tone.BETTER);
  }

  @Test
  void totalCostIsThePairedOverallStaffCostSoPoolsOnlyOneRunHasCount() {
    var v = variant(Map.of("staff_cost", d(1468, 1463, 4)), Map.of(),
        Map.of("counter", Map.of("cost", d(1468, 1235, 5))));
    PairedDifference total = Verdicts.totalCost(COSTED, v);
    assertThat(total.variant()).as("the card desk a variant adds costs too").isEqualTo(1463);
    assertThat(Verdicts.totalCost(PLAIN, variant(Map.of(), Map.of(), Map.of()))).as("no cost").isNull();
  }
}
