package io.leansim.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.testing.Studies;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ChartsTest {
  private static Study study;

  @BeforeAll
  static void runStudy() throws Exception {
    study = Studies.run(Studies.hall());
  }

  @Test
  void writesEveryChartAsPngAndSvg(@TempDir Path dir) throws Exception {
    List<ChartFile> charts = Charts.write(study, dir);
    assertThat(charts).extracting(ChartFile::id).containsExactly("wait-by-type", "wait-distribution",
        "queue-check", "queue-serve", "staff-and-arrivals", "utilization", "lead-time-composition");
    for (ChartFile c : charts) {
      assertThat(c.png()).isEqualTo(dir.resolve(c.id() + ".png"));
      assertThat(c.svg()).isEqualTo(dir.resolve(c.id() + ".svg"));
      byte[] png = Files.readAllBytes(c.png());
      assertThat(png.length).as(c.id()).isGreaterThan(1000);
      assertThat(Arrays.copyOf(png, 8)).as(c.id() + " PNG signature")
          .isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
      Document svg = parse(Files.readString(c.svg()));
      assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
      assertThat(Arrays.stream(svg.getDocumentElement().getAttribute("viewBox").split(" "))
          .mapToDouble(Double::parseDouble).toArray()).containsExactly(0, 0, ChartStyle.WIDTH, ChartStyle.HEIGHT);
      assertThat(c.title()).isNotBlank();
      assertThat(c.caption()).endsWith(".").doesNotContain("\n");
    }
  }

  @Test
  void svgTextIsStableAcrossRenders(@TempDir Path a, @TempDir Path b) throws Exception {
    List<ChartFile> first = Charts.write(study, a);
    List<ChartFile> second = Charts.write(study, b);
    assertThat(first).hasSameSizeAs(second);
    for (int i = 0; i < first.size(); i++) {
      assertThat(Files.readString(second.get(i).svg())).as(first.get(i).id())
          .isEqualTo(Files.readString(first.get(i).svg()));
    }
  }

  @Test
  void svgDefsAreKeyedByChartIdSoInlinedChartsNeverClash(@TempDir Path dir) throws Exception {
    for (ChartFile c : Charts.write(study, dir)) {
      String svg = Files.readString(c.svg());
      assertThat(svg).as(c.id()).doesNotContainPattern("id=\"(?!" + java.util.regex.Pattern.quote(c.id()) + "-)");
    }
  }

  @Test
  void skipsChartsWhoseDataIsAbsent(@TempDir Path dir) throws Exception {
    java.util.List<io.leansim.experiment.Summary> bare = study.runs().stream().map(s -> new io.leansim.experiment.Summary(
        s.scenario(), s.variant(), s.title(), s.timeUnit(), s.clockStart(), s.replications(), s.seed(), s.overall(),
        s.types(), s.steps(), s.resources(), s.precision(), null, null)).toList();
    List<ChartFile> charts = Charts.write(new Study(study.scenario(), bare, study.comparison()), dir);
    assertThat(charts).extracting(ChartFile::id)
        .containsExactly("wait-by-type", "utilization", "lead-time-composition");
  }

  @Test
  void drawsASingleRunWithoutComparison(@TempDir Path dir) throws Exception {
    List<ChartFile> charts = Charts.write(new Study(study.scenario(), List.of(study.baseline()), null), dir);
    assertThat(charts).extracting(ChartFile::id).containsExactly("wait-by-type", "wait-distribution",
        "queue-check", "queue-serve", "staff-and-arrivals", "utilization", "lead-time-composition");
    for (ChartFile c : charts) {
      parse(Files.readString(c.svg()));
    }
  }

  @Test
  void necessaryTimeIsTheLeadTimeLeftAfterValueAddedAndWastesClampedAtZero() {
    var overall = study.baseline().overall();
    double[] parts = Charts.composition(overall);
    double lead = overall.get("lead_time_mean").mean();
    assertThat(parts[1]).isGreaterThanOrEqualTo(0);
    assertThat(parts[0]).isEqualTo(overall.get("value_added_mean").mean());
    assertThat(parts[2]).isEqualTo(overall.get("waste_waiting").mean());
    if (parts[1] > 0) {
      assertThat(Arrays.stream(parts).sum()).isCloseTo(lead, org.assertj.core.data.Offset.offset(1e-9 * lead));
    }
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void everyStepAndPoolOfAnyVariantAppearsAndAnEmptyQueueGetsANote(@TempDir Path dir) throws Exception {
    Study telecom = io.leansim.report.Studies.run(io.leansim.report.Studies.telecom(2));
    List<ChartFile> charts = Charts.write(telecom, dir);
    assertThat(charts).extracting(ChartFile::id).contains("queue-take_ticket", "queue-serve", "queue-pre_check");
    ChartFile sideTable = charts.stream().filter(c -> c.id().equals("queue-complete_documents")).findFirst().orElseThrow();
    assertThat(sideTable.png()).as("nobody waits at the side table: a note, not a flat chart").isNull();
    assertThat(sideTable.caption()).contains("Nobody ever waited at Complete documents");
    String utilization = Files.readString(dir.resolve("utilization.svg"));
    assertThat(utilization).contains("Card desk", "Greeter", "Pay kiosk", "Ticket machine");
    assertThat(Files.readString(dir.resolve("lead-time-composition.svg"))).contains("follow-demand")
        .doesNotContain("follow-dema...");
  }

  @Test
  void variantColoursAreNeverTheWorseRedAndLinesDifferByDash() {
    for (int i = 0; i < 8; i++) {
      java.awt.Color c = ChartStyle.variantColour(i);
      assertThat(c.getRed() > 150 && c.getGreen() < 110 && c.getBlue() < 110).as("variant %d is red: %s", i, c).isFalse();
      assertThat(c).isNotEqualTo(ChartStyle.BASELINE_COLOUR);
    }
    assertThat(ChartStyle.line(3f, 0).getDashArray()).isNull();
    java.util.Set<String> dashes = new java.util.HashSet<>();
    for (int k = 1; k <= 7; k++) {
      dashes.add(Arrays.toString(ChartStyle.line(3f, k).getDashArray()));
    }
    assertThat(dashes).hasSize(7);
  }
}
