package io.leansim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.scenario.load.LoadResult;
import io.leansim.scenario.load.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FitAndCalibrateCommandTest {
  @TempDir Path tmp;

  @Test
  void fitPrintsTheRankingAndTheLineToPasteAndWritesChartsAndJson() throws Exception {
    Path csv = tmp.resolve("durations.csv");
    StringBuilder b = new StringBuilder("case,service [s]\n");
    // the account services of the sample log (lognormal in its source), in seconds
    var log = io.leansim.fit.TicketLog.read(io.leansim.csv.CsvTable.read(Path.of("scenarios/data/ticket-log.csv"), "ticket"),
        java.util.Map.of());
    log.tickets().stream().filter(t -> t.served() && t.type().equals("account")).limit(400)
        .forEach(t -> b.append(t.id()).append(',').append(Math.round((t.finished() - t.called()) * 60)).append('\n'));
    Files.writeString(csv, b.toString());
    Path out = tmp.resolve("fit");
    CliTest.Outcome o = CliTest.leansim("fit", csv.toString(), "--column", "service", "--out", out.toString());
    assertThat(o.code()).as(o.err()).isZero();
    assertThat(o.out()).contains("400 observations in s").contains("rank").contains("AIC").contains("KS p")
        .contains("Paste into your scenario (time_unit: min):").contains("  time: logn(");
    for (String f : new String[] {"histogram.png", "histogram.svg", "qq.png", "qq.svg", "fit.json"}) {
      assertThat(out.resolve(f)).isNotEmptyFile();
    }
    assertThat(Files.readString(out.resolve("fit.json"))).contains("\"best\" : \"logn(").contains("\"ks_p\"");
  }

  @Test
  void calibrateDraftsAValidScenarioAndComparesItWithTheLog() throws Exception {
    Path draft = tmp.resolve("branch.yaml");
    CliTest.Outcome o = CliTest.leansim("calibrate", "scenarios/data/ticket-log.csv", "--out", draft.toString(),
        "--replications", "4");
    assertThat(o.code()).as(o.err()).isZero();
    assertThat(o.out()).contains("3,589 tickets over 10 days, 3 types, 09:00 to 17:00").contains("Drafted: " + draft)
        .contains("mean wait (min)").contains("abandoned").contains("counter utilization").contains("13:00");
    LoadResult r = ScenarioLoader.load(draft);
    assertThat(r.formatted()).isEmpty();
    assertThat(r.scenario().customers()).hasSize(3);

    CliTest.Outcome again = CliTest.leansim("calibrate", "scenarios/data/ticket-log.csv", "--out", draft.toString());
    assertThat(again.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(again.err()).contains("exists; choose another --out, or --force");
  }

  @Test
  void calibrateMapsHeadersThatDiffer() throws Exception {
    Path log = tmp.resolve("desk-log.csv");
    String sample = Files.readString(Path.of("scenarios/data/ticket-log.csv"));
    Files.writeString(log, sample.replaceFirst("ticket,type,issued,called,finished,counter", "No,Service,Drawn,Called,Done,Desk"));
    CliTest.Outcome o = CliTest.leansim("calibrate", log.toString(), "--out", tmp.resolve("d.yaml").toString(),
        "--replications", "2", "--columns", "ticket=No,type=Service,issued=Drawn,finished=Done,counter=Desk");
    assertThat(o.code()).as(o.err()).isZero();
    CliTest.Outcome bad = CliTest.leansim("calibrate", log.toString(), "--columns", "tikket=No");
    assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err()).contains("unknown column 'tikket'");
  }
}
