package io.leansim.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.experiment.Summary;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.Step;
import io.leansim.stats.Estimate;
import io.leansim.testing.Studies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The value stream map of a real run of the two-step hall shows that run's figures, formatted with units. */
class ValueStreamMapTest {
  private static Scenario scenario;
  private static Study study;

  @BeforeAll
  static void runStudy() throws Exception {
    scenario = Studies.hall();
    study = Studies.run(scenario);
    String dir = System.getProperty("leansim.preview");
    if (dir != null) {
      Files.createDirectories(Path.of(dir));
      for (Summary run : study.runs()) {
        Files.writeString(Path.of(dir, run.variant() + "-vsm.svg"), ValueStreamMap.svg(scenario, run));
      }
    }
  }

  @Test
  void isValidSelfContainedXmlWithAViewBox() throws Exception {
    for (Summary run : study.runs()) {
      String text = ValueStreamMap.svg(scenario, run);
      Element root = ChartsTest.parse(text).getDocumentElement();
      assertThat(root.getLocalName()).isEqualTo("svg");
      assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
      assertThat(root.getAttribute("viewBox")).matches("0 0 \\d+ \\d+");
      assertThat(root.getAttribute("data-variant")).isEqualTo(run.variant());
      assertThat(text).doesNotContain("href").doesNotContain("<script").doesNotContain(" id=");
    }
  }

  @Test
  void drawsOneBoxPerStepInProcessOrderWithTheRunsFigures() throws Exception {
    Summary run = study.baseline();
    Document doc = ChartsTest.parse(ValueStreamMap.svg(scenario, run));
    List<Element> boxes = groups(doc, "process");
    assertThat(boxes).extracting(b -> b.getAttribute("data-step")).containsExactly("check", "serve");
    for (Element box : boxes) {
      String step = box.getAttribute("data-step");
      Map<String, Estimate> f = run.steps().get(step);
      Step def = scenario.process().stream().filter(s -> s.name().equals(step)).findFirst().orElseThrow();
      assertThat(box.getAttribute("data-value")).isEqualTo(def.value().key());
      assertThat(text(box, "step-name")).isEqualTo(ValueStreamMap.displayName(step));
      assertThat(text(box, "cycle-time")).isEqualTo("C/T " + ValueStreamMap.duration(f.get("cycle_time").mean(), "min"));
      double util = run.resources().get(def.resources().get(0)).get("utilization").mean();
      assertThat(text(box, "utilization")).isEqualTo(ValueStreamMap.percent(util) + " busy");
      Element triangle = group(doc, "inventory", step);
      assertThat(text(triangle, "queue")).isEqualTo(ValueStreamMap.number(f.get("queue_mean").mean()));
      assertThat(group(doc, "rung", step)).isNotNull();
    }
    // reception: one clerk all day; counter: shifts 3 (08:00-10:00), 5 (10:00-13:00), 4 (13:00-16:00)
    // averaged over the measured period [30, 480): (90 * 3 + 180 * 5 + 180 * 4) / 450 = 4.2
    assertThat(text(boxes.get(0), "servers")).isEqualTo("Reception: 1 server");
    assertThat(text(boxes.get(1), "servers")).isEqualTo("Counter: 4.2 avg servers");
    assertThat(text(groups(doc, "customers-in").get(0), "takt"))
        .isEqualTo("Takt " + ValueStreamMap.duration(run.overall().get("takt_time").mean(), "min"));
  }

  @Test
  void ladderEndsInTheRunsLeadTimeValueAddedTimeAndPce() throws Exception {
    for (Summary run : study.runs()) {
      Element totals = groups(ChartsTest.parse(ValueStreamMap.svg(scenario, run)), "totals").get(0);
      Map<String, Estimate> o = run.overall();
      assertThat(text(totals, "lead-time")).isEqualTo("Lead time " + ValueStreamMap.duration(o.get("lead_time_mean").mean(), "min"));
      assertThat(text(totals, "value-added"))
          .isEqualTo("Value-added " + ValueStreamMap.duration(o.get("value_added_mean").mean(), "min"));
      assertThat(text(totals, "pce")).isEqualTo("PCE " + ValueStreamMap.percent(o.get("pce").mean()));
    }
  }

  @Test
  void aVariantsMapShowsItsOwnStaffing() throws Exception {
    Summary moreStaff = study.runs().stream().filter(r -> r.variant().equals("more-staff")).findFirst().orElseThrow();
    Document doc = ChartsTest.parse(ValueStreamMap.svg(scenario, moreStaff));
    // shifts 4, 6, 4: (90 * 4 + 180 * 6 + 180 * 4) / 450 = 4.8
    assertThat(text(group(doc, "process", "serve"), "servers")).isEqualTo("Counter: 4.8 avg servers");
  }

  @Test
  void aStepAVariantAddsIsDrawnWhereCustomersVisitIt() throws Exception {
    Scenario telecom = io.leansim.report.Studies.telecom(2);
    Study t = io.leansim.report.Studies.run(telecom);
    Summary greeter = t.runs().stream().filter(r -> r.variant().equals("greeter")).findFirst().orElseThrow();
    Document doc = ChartsTest.parse(ValueStreamMap.svg(telecom, greeter));
    // the greeter's pre_check comes last in the file but between the ticket and the counter on the way
    assertThat(x(group(doc, "process", "take_ticket"))).isLessThan(x(group(doc, "process", "pre_check")));
    assertThat(x(group(doc, "process", "pre_check"))).isLessThan(x(group(doc, "process", "serve")));
    assertThat(y(group(doc, "process", "pre_check"))).isEqualTo(y(group(doc, "process", "serve")));
    // the form only new contracts fill is a branch beside the main line, not in series on it
    assertThat(y(group(doc, "process", "fill_form"))).isGreaterThan(y(group(doc, "process", "serve")));
    // rework: serve sends work down to complete_documents, drawn under it, which sends it back
    assertThat(x(group(doc, "process", "complete_documents"))).isEqualTo(x(group(doc, "process", "serve")));
    assertThat(y(group(doc, "process", "complete_documents"))).isGreaterThan(y(group(doc, "process", "fill_form")));
    assertThat(groups(doc, "loop rework")).extracting(g -> g.getAttribute("data-from") + ">" + g.getAttribute("data-to"))
        .containsExactly("serve>complete_documents");
    assertThat(groups(doc, "loop")).extracting(g -> g.getAttribute("data-from") + ">" + g.getAttribute("data-to"))
        .containsExactly("complete_documents>serve");
    assertThat(text(groups(doc, "loop rework").get(0), "loop-label")).startsWith("sent back ");

    // a step served by two pools: each pool's own servers and utilization, not the sum and the first
    Summary desk = t.runs().stream().filter(r -> r.variant().equals("card-desk")).findFirst().orElseThrow();
    Document d = ChartsTest.parse(ValueStreamMap.svg(telecom, desk));
    List<Element> pools = groups(d, "pool").stream()
        .filter(p -> ((Element) p.getParentNode()).getAttribute("data-step").equals("serve")).toList();
    assertThat(pools).extracting(p -> p.getAttribute("data-pool")).containsExactly("card_desk", "counter");
    for (Element p : pools) {
      double util = desk.resources().get(p.getAttribute("data-pool")).get("utilization").mean();
      assertThat(text(p, "utilization")).isEqualTo(ValueStreamMap.percent(util) + " busy");
    }
    assertThat(text(pools.get(0), "servers")).isEqualTo("Card desk: 1 server");
    assertThat(text(group(d, "inventory", "serve"), "queue")).isNotBlank();
    assertThat(d.getDocumentElement().getTextContent()).contains("people waiting").doesNotContain("take_ticket");
  }

  @Test
  void theLadderAddsUpToTheLeadTimePerCompletedCustomer() throws Exception {
    Scenario telecom = io.leansim.report.Studies.telecom(2);
    Study t = io.leansim.report.Studies.run(telecom);
    for (Summary run : t.runs()) {
      Scenario ran = telecom.variant(run.variant()).map(io.leansim.scenario.Variant::scenario).orElse(telecom);
      List<ValueStreamMap.Rung> rungs = ValueStreamMap.rungs(Flow.of(ran, s -> 0), run);
      double sum = rungs.stream().mapToDouble(r -> r.waiting() + r.service()).sum();
      assertThat(sum).as(run.variant()).isCloseTo(run.overall().get("lead_time_mean").mean(),
          org.assertj.core.data.Offset.offset(1e-9));
      assertThat(rungs.get(rungs.size() - 1).step()).isNull();
      assertThat(Math.abs(rungs.get(rungs.size() - 1).waiting()))
          .as("the rest is small: the steps' times per completed customer carry the lead time")
          .isLessThan(0.1 * run.overall().get("lead_time_mean").mean());
    }
  }

  @Test
  void alternativesAreParallelBranches() {
    Scenario s = io.leansim.report.Studies.bundled(Path.of("scenarios", "self-service.yaml"), 2);
    Scenario kiosks = s.variant("self-service").orElseThrow().scenario();
    Flow flow = Flow.of(kiosks, step -> 0);
    Flow.Cell kiosk = flow.cell("self_service");
    Flow.Cell ticket = flow.cell("take_ticket");
    Flow.Cell serve = flow.cell("serve");
    assertThat(kiosk.column()).as("the kiosk is an alternative to the ticket and the counter").isEqualTo(ticket.column());
    assertThat(kiosk.row()).isNotEqualTo(ticket.row());
    assertThat(serve.column()).isEqualTo(ticket.column() + 1);
    assertThat(serve.row()).isEqualTo(ticket.row());
    assertThat(flow.edges()).contains(new Flow.Edge(null, "self_service", false), new Flow.Edge(null, "take_ticket", false),
        new Flow.Edge("self_service", null, false), new Flow.Edge("serve", null, false));
  }

  @Test
  void reworkToItsOwnQueueAndARouteBackAreLoops() throws Exception {
    Scenario s = io.leansim.report.Studies.parse("""
        name: loops
        time_unit: min
        run: {horizon: 2h, replications: 2, seed: 3}
        customers: {walk_in: {}}
        arrivals: {door: {rate: 20/h}}
        resources: {clerk: {capacity: 2}, café_table: {capacity: 1}}
        process:
          kontrolle_ä:
            resource: clerk
            time: exp(1)
          prüfen:
            resource: clerk
            time: exp(1)
            rework: {probability: 0.2}
          café_check:
            resource: café_table
            time: exp(1)
            next: {kontrolle_ä: 0.1, exit: 0.9}
        """);
    Flow flow = Flow.of(s, step -> 0);
    assertThat(flow.cells()).extracting(c -> c.step().name()).containsExactly("kontrolle_ä", "prüfen", "café_check");
    assertThat(flow.loops()).contains(new Flow.Edge("prüfen", "prüfen", true), new Flow.Edge("café_check", "kontrolle_ä", false));
    Study run = io.leansim.report.Studies.run(s);
    Document doc = ChartsTest.parse(ValueStreamMap.svg(s, run.baseline()));
    assertThat(groups(doc, "loop rework")).extracting(g -> g.getAttribute("data-from")).containsExactly("prüfen");
    assertThat(groups(doc, "loop")).extracting(g -> g.getAttribute("data-to")).containsExactly("kontrolle_ä");
    assertThat(text(group(doc, "process", "café_check"), "step-name")).isEqualTo("Café check");
  }

  @Test
  void namesAreWrittenAsPeopleWriteThem() {
    assertThat(ValueStreamMap.displayName("take_ticket")).isEqualTo("Take ticket");
    assertThat(ValueStreamMap.displayName("pre-check")).isEqualTo("Pre-check");
    assertThat(ValueStreamMap.wrap("Value stream map: a very long title that cannot fit on one line", 300, 26))
        .hasSizeGreaterThan(1).allSatisfy(l -> assertThat(l.length() * 26 * 0.54).isLessThanOrEqualTo(300));
  }

  private static double x(Element g) {
    return Double.parseDouble(((Element) g.getElementsByTagNameNS("*", "rect").item(0)).getAttribute("x"));
  }

  private static double y(Element g) {
    return Double.parseDouble(((Element) g.getElementsByTagNameNS("*", "rect").item(0)).getAttribute("y"));
  }

  @Test
  void formatsFiguresWithUnits() {
    assertThat(ValueStreamMap.duration(1.2345, "min")).isEqualTo("1.23 min");
    assertThat(ValueStreamMap.duration(12.345, "s")).isEqualTo("12.3 s");
    assertThat(ValueStreamMap.duration(123.45, "min")).isEqualTo("123 min");
    assertThat(ValueStreamMap.duration(Double.NaN, "min")).isEqualTo("–");
    assertThat(ValueStreamMap.percent(0.0734)).isEqualTo("7.3%");
    assertThat(ValueStreamMap.servers(3)).isEqualTo("3");
  }

  @Test
  void sameSummaryGivesTheSameText() {
    for (Summary run : study.runs()) {
      assertThat(ValueStreamMap.svg(scenario, run)).isEqualTo(ValueStreamMap.svg(scenario, run));
    }
  }

  @Test
  void escapesNamesThatLookLikeMarkup() throws Exception {
    assertThat(Svg.escape("a<b & \"c\" 'd'>")).isEqualTo("a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;");
    Summary run = study.baseline();
    Summary renamed = new Summary(run.scenario(), run.variant(), "<Tom & Jerry's> \"hall\"", run.timeUnit(),
        run.clockStart(), run.replications(), run.seed(), run.overall(), run.types(), run.steps(), run.resources(),
        run.precision(), run.timeline(), run.waitPercentiles());
    Document doc = ChartsTest.parse(ValueStreamMap.svg(scenario, renamed));
    assertThat(doc.getDocumentElement().getElementsByTagNameNS("*", "title").item(0).getTextContent())
        .contains("<Tom & Jerry's> \"hall\"");
  }

  private static List<Element> groups(Document doc, String cls) {
    List<Element> out = new ArrayList<>();
    NodeList gs = doc.getElementsByTagNameNS("*", "g");
    for (int i = 0; i < gs.getLength(); i++) {
      Element g = (Element) gs.item(i);
      if (g.getAttribute("class").equals(cls)) {
        out.add(g);
      }
    }
    return out;
  }

  private static Element group(Document doc, String cls, String step) {
    return groups(doc, cls).stream().filter(g -> g.getAttribute("data-step").equals(step)).findFirst().orElseThrow();
  }

  private static String text(Element parent, String cls) {
    NodeList ts = parent.getElementsByTagNameNS("*", "text");
    for (int i = 0; i < ts.getLength(); i++) {
      Element t = (Element) ts.item(i);
      if (List.of(t.getAttribute("class").split(" ")).contains(cls)) {
        return t.getTextContent();
      }
    }
    throw new AssertionError("no text of class " + cls + " in " + parent.getAttribute("class"));
  }
}
