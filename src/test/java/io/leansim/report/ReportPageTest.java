package io.leansim.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.scenario.Scenario;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report page: content, self-containment, escaping of scenario text. */
class ReportPageTest {
  private static Study study;

  @TempDir Path tmp;

  @BeforeAll
  static void run() throws Exception {
    study = Studies.run(Studies.parse(Studies.SMALL_HALL));
  }

  private String page() throws Exception {
    return ReportPage.html(study, Studies.charts(tmp.resolve("charts")), Studies.maps(study));
  }

  @Test
  void scenarioTextIsEscapedEverywhere() throws Exception {
    String html = page();
    assertThat(html).contains("Checks &lt;script&gt;alert(1)&lt;/script&gt; &amp; 'quotes' are shown as text")
        .contains("<h1>Hall &lt;A&gt; &amp; \"B\"</h1>")
        .contains("Urgent &lt;first&gt;")
        .contains("Queue over the day &lt;peak&gt;")
        .doesNotContain("<script").doesNotContain("<A>").doesNotContain("<first>");
  }

  @Test
  void thePageNeedsNoNetwork() throws Exception {
    String html = page();
    assertThat(html).doesNotContainPattern("(src|href)=\"(https?:)?//").doesNotContain("<link").doesNotContain("@import")
        .doesNotContain("url(");
    assertThat(Pattern.compile("src=\"data:image/svg\\+xml;base64,").matcher(html).results().count())
        .as("two charts and three value stream maps").isEqualTo(5);
  }

  @Test
  void showsVerdictsKeyFiguresFairnessAndTheScenario() throws Exception {
    String html = page();
    assertThat(html).contains("<h2>Verdicts</h2>", "<h2>Key figures</h2>", "<h2>Fairness: who gains, who pays</h2>",
        "<h2>Charts</h2>", "<h2>Value stream maps</h2>", "<h2>The scenario</h2>");
    assertThat(html).contains("Mean wait", "90% wait less than", "Worst wait", "Lead time", "Service level",
        "Abandoned", "Served per hour", "Staff cost per run");
    assertThat(html).contains("Overall, the mean wait").contains("Staff cost");
    assertThat(html).contains("95% wait less than").contains(">Urgent</th>").contains(">Routine</th>");
    assertThat(html).contains("Open from 08:30 to 10:30 (2 h)").contains("40 an hour all day").contains("mix: urgent 30%")
        .contains("Resource desk, staffing: 2 all day → 3 all day.")
        .contains("Step serve, waiting line: first come, first served → by priority, then arrival.");
    assertThat(html).contains("@media print");
  }

  @Test
  void telecomHallInWords() {
    Scenario s = Studies.telecom(2);
    List<ScenarioText.Section> sections = ScenarioText.describe(s);
    String all = sections.toString();
    assertThat(all).contains("Open from 09:00 to 17:00 (8 h); customers still inside at closing time are served.")
        .contains("09:00–10:00 34/h, 10:00–11:30 50/h, 11:30–13:30 72/h")
        .contains("[card_replacement, 10% (about 41 a day), 1 (called first), waits as long as needed]")
        .contains("[bill_payment, 45% (about 186 a day), 2, gives up after exponential, mean 45 min]")
        .contains("[counter, from 09:00: 6, from 11:00: 7, from 12:00: 6, from 13:30: 7, from 15:00: 6, every type, 28, none]")
        .contains("lognormal, mean 6 min, sd 2.5")
        .contains("12% found wrong and redone at complete_documents")
        .contains("Service target: wait at most 10 min");
    assertThat(ScenarioText.changes(s, s.variant("self-service").orElseThrow()))
        .containsExactly("New resource pay_kiosk: 2 all day; bill_payment; 3; none.",
            "Step serve, served by: counter → pay_kiosk or counter.");
    assertThat(ScenarioText.changes(s, s.variant("follow-demand").orElseThrow()))
        .containsExactly("Resource counter, staffing: from 09:00: 6, from 11:00: 7, from 12:00: 6, from 13:30: 7, "
            + "from 15:00: 6 → from 09:00: 4, from 10:00: 7, from 11:30: 8, from 13:30: 6, from 16:00: 5.");
  }

  @Test
  void onlyOneRunShowsFiguresWithoutVerdicts() throws Exception {
    Study single = new Study(study.scenario(), List.of(study.baseline()), null);
    String html = ReportPage.html(single, List.of(), Studies.maps(single));
    assertThat(html).contains("Only one run: nothing to compare").doesNotContain("<h2>Fairness");
  }

  @Test
  void attributesAreEscapedToo() throws Exception {
    String html = page();
    assertThat(html).contains("alt=\"Queue over the day &lt;peak>\"").contains("<title>Hall &lt;A&gt; &amp; \"B\" — LeanSim report</title>");
  }

  @Test
  void opensOnKeyFiguresAndFoldsTheTrainersScriptAway() throws Exception {
    Study telecom = Studies.run(Studies.telecom(2));
    String html = ReportPage.html(telecom, List.of(), Map.of());
    int figures = html.indexOf("<h2>Key figures</h2>");
    int notes = html.indexOf("<details class=\"notes\"");
    int script = html.indexOf("would a separate card desk do better");
    assertThat(notes).as("the description sits in a closed Trainer notes section").isPositive().isLessThan(script);
    assertThat(html.substring(notes, script)).contains("<summary>Trainer notes").doesNotContain("</details>");
    assertThat(figures).isLessThan(html.indexOf("<h2>Verdicts</h2>"));
    // ranked by the scenario's goal (targets.wait_within: the service level), best first
    List<String> order = ReportPage.order(telecom);
    List<Double> levels = order.stream().map(v -> telecom.runs().stream().filter(r -> r.variant().equals(v))
        .findFirst().orElseThrow().overall().get("service_level").mean()).toList();
    assertThat(levels).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(html).contains("Variants ranked by service level");
    int previous = -1;
    for (String v : order) {
      int at = html.indexOf("id=\"verdict-" + v + "\"");
      assertThat(at).as(v).isGreaterThan(previous);
      previous = at;
    }
  }
}
