package io.leansim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --out} never destroys what is not LeanSim's (issue 14's data-loss reproductions), and a
 * results folder is complete on its own. The reproductions that would empty the working folder on
 * a faulty build ({@code --out .}, {@code --out ""}) run in a separate JVM inside a scratch folder.
 */
class SafeOutTest {
  private static final Path HALL = Path.of("scenarios/telecom-hall.yaml");

  @TempDir Path tmp;

  /** An office folder as a user has it: the scenario, a note, a data folder. */
  private Path office() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("office"));
    Files.copy(HALL, dir.resolve("office.yaml"));
    Files.writeString(dir.resolve("notes.txt"), "my notes");
    Files.createDirectories(dir.resolve("data"));
    Files.writeString(dir.resolve("data/log.csv"), "ticket\n1\n");
    return dir;
  }

  private static void assertOfficeIntact(Path dir) throws IOException {
    assertThat(Files.readString(dir.resolve("office.yaml"))).isEqualTo(Files.readString(HALL));
    assertThat(dir.resolve("notes.txt")).hasContent("my notes");
    assertThat(dir.resolve("data/log.csv")).exists();
  }

  /** {@code leansim ARGS} in a JVM of its own, working in {@code dir}; waits at most a minute. */
  private static CliTest.Outcome leansimIn(Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "io.leansim.cli.Main"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).directory(dir.toFile()).start();
    p.getOutputStream().close();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished within a minute").isTrue();
    return new CliTest.Outcome(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
        new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  @Test
  void outDotInTheScenariosFolderIsRefusedAndDeletesNothing() throws Exception {
    Path dir = office();
    CliTest.Outcome o = leansimIn(dir, "run", "office.yaml", "--replications", "2", "--out", ".");
    assertThat(o.code()).as(o.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(o.err()).contains("--out . is the working folder").contains("office.yaml")
        .contains("never writes over it, even with --force").contains("e.g. --out results/telecom-hall")
        .doesNotContain("Exception");
    assertThat(o.out()).doesNotContain("Results: /");
    assertOfficeIntact(dir);
    CliTest.Outcome forced = leansimIn(dir, "run", "office.yaml", "--replications", "2", "--out", ".", "--force");
    assertThat(forced.code()).isEqualTo(ExitCodes.USAGE);
    assertOfficeIntact(dir);
  }

  @Test
  void anEmptyOutIsRefusedAndDeletesNothing() throws Exception {
    Path dir = office();
    CliTest.Outcome o = leansimIn(dir, "run", "office.yaml", "--replications", "2", "--out", "");
    assertThat(o.code()).as(o.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(o.err()).contains("--out is empty").contains("e.g. --out results/telecom-hall");
    assertOfficeIntact(dir);
  }

  @Test
  void theFolderHoldingTheScenarioIsNeverReplacedEvenWithForce() throws Exception {
    Path dir = office();
    for (String cmd : List.of("run", "compare")) {
      CliTest.Outcome o = CliTest.leansim(cmd, dir.resolve("office.yaml").toString(), "--replications", "2", "--out",
          dir.toString(), "--force");
      assertThat(o.code()).as(o.err()).isEqualTo(ExitCodes.USAGE);
      assertThat(o.err()).contains("holds the scenario").contains("even with --force");
    }
    CliTest.Outcome above = CliTest.leansim("sweep", dir.resolve("office.yaml").toString(), "--set",
        "resources.counter.capacity=3..4", "--replications", "2", "--out", tmp.toString(), "--force");
    assertThat(above.code()).as(above.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(above.err()).contains("holds the scenario");
    assertOfficeIntact(dir);
  }

  @Test
  void aFolderOfUnrelatedFilesIsRefusedSayingWhatIsThereAndForceReplacesIt() throws Exception {
    Path mine = Files.createDirectories(tmp.resolve("mine"));
    Files.writeString(mine.resolve("budget.xlsx"), "numbers");
    Files.createDirectories(mine.resolve("photos"));
    for (List<String> command : List.of(
        List.of("run", HALL.toString()),
        List.of("compare", HALL.toString()),
        List.of("sweep", HALL.toString(), "--set", "resources.counter.capacity=3..4"),
        List.of("staff", HALL.toString(), "--resource", "counter", "--service-level", "0.8"),
        List.of("fit", "scenarios/data/service-times.csv", "--column", "account_service"))) {
      List<String> args = new ArrayList<>(command);
      args.addAll(List.of("--out", mine.toString()));
      if (!command.get(0).equals("fit")) {
        args.addAll(List.of("--replications", "2"));
      }
      CliTest.Outcome o = CliTest.leansim(args.toArray(String[]::new));
      assertThat(o.code()).as(command + o.err()).isEqualTo(ExitCodes.USAGE);
      assertThat(o.err()).as(command.get(0)).contains("holds budget.xlsx, photos/")
          .contains("not a LeanSim results folder").contains("add --force").contains("Nothing was run or written");
      assertThat(mine.resolve("budget.xlsx")).hasContent("numbers");
    }
    CliTest.Outcome forced = CliTest.leansim("run", HALL.toString(), "--replications", "2", "-q", "--out",
        mine.toString(), "--force");
    assertThat(forced.code()).as(forced.err()).isZero();
    assertThat(mine.resolve("budget.xlsx")).doesNotExist();
    assertThat(mine.resolve(".leansim-results")).exists();
  }

  @Test
  void aResultsFolderIsReplacedWithoutForceAndAFileIsNot() throws Exception {
    Path out = tmp.resolve("hall");
    assertThat(CliTest.leansim("run", HALL.toString(), "--replications", "2", "-q", "--out", out.toString()).code())
        .isZero();
    assertThat(out.resolve(".leansim-results")).exists();
    assertThat(CliTest.leansim("compare", HALL.toString(), "--replications", "2", "-q", "--out", out.toString())
        .code()).isZero();
    assertThat(out.resolve("comparison.json")).exists();
    Path file = Files.writeString(tmp.resolve("hall.txt"), "keep");
    CliTest.Outcome o = CliTest.leansim("run", HALL.toString(), "--replications", "2", "--out", file.toString(),
        "--force");
    assertThat(o.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(o.err()).contains("is a file, not a folder");
    assertThat(file).hasContent("keep");
  }

  @Test
  void animateNeverOverwritesTheScenarioOrAnotherFileButReplacesItsOwnPage() throws Exception {
    Path dir = office();
    Path scenario = dir.resolve("office.yaml");
    CliTest.Outcome o = CliTest.leansim("animate", scenario.toString(), "--out", scenario.toString());
    assertThat(o.code()).as(o.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(o.err()).contains("is the scenario");
    CliTest.Outcome notes = CliTest.leansim("animate", scenario.toString(), "--out", dir.resolve("notes.txt").toString());
    assertThat(notes.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(notes.err()).contains("notes.txt (8 bytes) exists and is not an animation page LeanSim wrote");
    CliTest.Outcome folder = CliTest.leansim("animate", scenario.toString(), "--out", dir.resolve("data").toString());
    assertThat(folder.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(folder.err()).contains("is a folder; name the file to write");
    assertOfficeIntact(dir);
    Path page = tmp.resolve("page.html");
    assertThat(CliTest.leansim("animate", scenario.toString(), "--out", page.toString()).code()).isZero();
    assertThat(CliTest.leansim("animate", scenario.toString(), "--out", page.toString()).code()).isZero();
  }

  @Test
  void calibrateNeverOverwritesItsLogEvenWithForce() throws Exception {
    Path log = tmp.resolve("log.csv");
    Files.copy(Path.of("scenarios/data/ticket-log.csv"), log);
    byte[] before = Files.readAllBytes(log);
    CliTest.Outcome o = CliTest.leansim("calibrate", log.toString(), "--out", log.toString(), "--force");
    assertThat(o.code()).as(o.err()).isEqualTo(ExitCodes.USAGE);
    assertThat(o.err()).contains("is the ticket log");
    assertThat(Files.readAllBytes(log)).isEqualTo(before);
  }

  @Test
  void aResultsFolderWithATraceIsReportableAndMergeableFromAnywhereEvenAfterTheScenarioMoved() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src"));
    Files.createDirectories(src.resolve("logs"));
    Files.writeString(src.resolve("logs/arrivals.csv"), "time,type\n09:05,walk_in\n09:20,walk_in\n10:00,walk_in\n");
    Files.writeString(src.resolve("traced.yaml"), """
        name: traced
        clock_start: "09:00"
        run: {horizon: "12:00", replications: 4, seed: 7}
        customers: {walk_in: {}}
        arrivals:
          recorded: {trace: logs/arrivals.csv}
          walk_ins: {rate: 20/h}
        resources: {counter: {capacity: 1}}
        process: {serve: {resource: counter, time: exp(4)}}
        variants:
          two:
            patch: {resources: {counter: {capacity: 2}}}
        """);
    Path whole = tmp.resolve("whole");
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    String file = src.resolve("traced.yaml").toString();
    assertThat(CliTest.leansim("compare", file, "-q", "--out", whole.toString()).code()).isZero();
    assertThat(CliTest.leansim("compare", file, "-q", "--rep-range", "0..1", "--out", a.toString()).code()).isZero();
    assertThat(CliTest.leansim("compare", file, "-q", "--rep-range", "2..3", "--out", b.toString()).code()).isZero();
    assertThat(Files.readString(whole.resolve("scenario.yaml"))).contains("trace: data/arrivals.csv");
    assertThat(whole.resolve("data/arrivals.csv")).hasSameTextualContentAs(src.resolve("logs/arrivals.csv"));
    deleteTree(src); // the original scenario and its trace are gone: the results stand on their own

    CliTest.Outcome report = CliTest.leansim("report", whole.toString());
    assertThat(report.code()).as(report.err()).isZero();
    Path merged = tmp.resolve("merged");
    CliTest.Outcome merge = CliTest.leansim("merge", a.toString(), b.toString(), "-q", "--out", merged.toString());
    assertThat(merge.code()).as(merge.err()).isZero();
    assertThat(merged.resolve("data/arrivals.csv")).exists();
    assertThat(CliTest.leansim("report", merged.toString()).code()).isZero();
    assertThat(merged.resolve("baseline/summary.json")).hasSameTextualContentAs(whole.resolve("baseline/summary.json"));
    // and from another working folder, in a JVM of its own
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    CliTest.Outcome far = leansimIn(elsewhere, "report", "../whole");
    assertThat(far.code()).as(far.err()).isZero();
    CliTest.Outcome rerun = leansimIn(elsewhere, "run", "../whole/scenario.yaml", "-q", "--out", "again");
    assertThat(rerun.code()).as(rerun.err()).isZero();
  }

  @Test
  void ctrlCSaysTheRunWasInterruptedAndLeavesNothingHalfWritten() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("work"));
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "io.leansim.cli.Main", "sweep",
        Path.of("scenarios/bank-branch.yaml").toAbsolutePath().toString(), "--set",
        "resources.vip_window.capacity=1..8", "--replications", "5000", "--threads", "1", "--out", "sweep"));
    Path log = tmp.resolve("output.txt");
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.exists(dir.resolve(".sweep.sweep-points")) && System.nanoTime() < deadline && p.isAlive()) {
      Thread.sleep(50);
    }
    p.destroy(); // SIGTERM: the JVM shuts down as on Ctrl-C (SIGINT), running its shutdown hooks
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = Files.readString(log);
    assertThat(output).contains("leansim: interrupted; previous results are intact").doesNotContain("could not write");
    assertThat(dir.resolve("sweep")).doesNotExist();
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(x -> x.getFileName().toString())).noneMatch(n -> n.contains(".partial-"));
    }
  }

  @Test
  void theWorkingFolderPrintsAsDotSlashNeverAsTheRoot() {
    assertThat(Console.folder(Path.of("").toAbsolutePath())).isEqualTo("./");
    assertThat(Console.folder(Path.of("").toAbsolutePath().resolve("results/x"))).isEqualTo("results/x/");
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
