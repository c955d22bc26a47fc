package io.leansim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.cli.Main;
import io.leansim.experiment.Experiment;
import io.leansim.experiment.RunResult;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.Variant;
import io.leansim.scenario.load.ScenarioLoader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under {@code -Pspark}: replications run as Spark tasks on {@code local[2]} give the results of a
 * local run to the bit, through the experiment layer, {@code leansim sweep --spark} and {@code
 * leansim staff --spark}.
 */
class SparkRunnerTest {
  @TempDir Path tmp;

  @Test
  void sparkGivesTheLocalResultsToTheBit() throws Exception {
    Scenario s = ScenarioLoader.load(Path.of("scenarios/telecom-hall.yaml")).scenario();
    List<Experiment.Job> jobs = new ArrayList<>();
    jobs.add(new Experiment.Job(Variant.BASELINE, s.title(), s.withoutVariants().withRun(s.run().withReplications(3))));
    // the greeter is placed in the middle of the process: its customers' draws are laid out as the baseline's
    for (String name : List.of("card-priority", "greeter")) {
      var v = s.variant(name).orElseThrow();
      jobs.add(new Experiment.Job(v.name(), v.title(), v.scenario().withRun(v.scenario().run().withReplications(3))));
    }
    List<RunResult> local = Experiment.runAll(jobs, 2, 15, Experiment.QUIET);
    List<RunResult> spark = new SparkRunner("local[2]").runAll(jobs, 15);
    for (int j = 0; j < jobs.size(); j++) {
      assertThat(spark.get(j).summary()).isEqualTo(local.get(j).summary());
    }
  }

  @Test
  void aSweepOnSparkWritesTheSameFilesAsALocalSweep() throws Exception {
    String[] args = {"sweep", "scenarios/telecom-hall.yaml", "--set", "resources.side_table.capacity=2,4", "--variant",
        "card-priority", "--replications", "2", "-q", "--out"};
    assertThat(run(concat(args, tmp.resolve("local").toString()))).isZero();
    assertThat(run(concat(concat(args, tmp.resolve("spark").toString()), "--spark", "local[2]"))).isZero();
    assertThat(Files.readString(tmp.resolve("spark/sweep.json"))).isEqualTo(Files.readString(tmp.resolve("local/sweep.json")));
    assertThat(Files.readString(tmp.resolve("spark/sweep.csv"))).isEqualTo(Files.readString(tmp.resolve("local/sweep.csv")));
  }

  @Test
  void aSweepIsOneSparkJob() throws Exception {
    String[] args = {"sweep", "scenarios/telecom-hall.yaml", "--set", "resources.side_table.capacity=2,3,4",
        "--replications", "2", "-q", "--spark", "local[2]", "--out"};
    run(concat(args, tmp.resolve("warm").toString())); // the context of this JVM, on local[2]
    SparkContext sc = SparkContext.getOrCreate();
    int before = sc.statusTracker().getJobIdsForGroup(null).length;
    run(concat(args, tmp.resolve("sweep").toString()));
    assertThat(sc.statusTracker().getJobIdsForGroup(null)).hasSize(before + 1);
  }

  /** Issue 17: the executors re-read a trace relative to their working folder, and failed (even on local[2]). */
  @Test
  void aTraceTravelsWithTheTaskAndGivesTheLocalResults() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("élan vital"));
    Files.createDirectories(dir.resolve("data"));
    Path good = Path.of("src/test/resources/good");
    Files.copy(good.resolve("data/arrivals.csv"), dir.resolve("data/arrivals.csv"));
    Files.copy(good.resolve("data/service.csv"), dir.resolve("data/service.csv"));
    String yaml = Files.readString(good.resolve("full.yaml")).lines().filter(l -> !l.contains("precision"))
        .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
    Files.writeString(dir.resolve("traced.yaml"), yaml);
    Scenario s = ScenarioLoader.load(dir.resolve("traced.yaml")).scenario(); // the trace as written: data/arrivals.csv
    List<Experiment.Job> jobs = List.of(new Experiment.Job(Variant.BASELINE, s.title(),
        s.withoutVariants().withRun(s.run().withReplications(3))));
    List<RunResult> local = Experiment.runAll(jobs, 2, 15, Experiment.QUIET);
    List<RunResult> spark = new SparkRunner("local[2]").runAll(jobs, 15);
    assertThat(spark.get(0).summary()).isEqualTo(local.get(0).summary());
  }

  @Test
  void aStaffingSearchOnSparkFindsTheSameStaff() throws Exception {
    Path file = tmp.resolve("doubling.yaml");
    Files.writeString(file, io.leansim.staffing.Doubling.yaml(4, 20261204L));
    String[] args = {"staff", file.toString(), "--resource", "desk", "--service-level", "0.8", "-q", "--out"};
    assertThat(run(concat(args, tmp.resolve("staff-local").toString()))).isZero();
    assertThat(run(concat(concat(args, tmp.resolve("staff-spark").toString()), "--spark", "local[2]"))).isZero();
    assertThat(Files.readString(tmp.resolve("staff-spark/staffing.json")))
        .isEqualTo(Files.readString(tmp.resolve("staff-local/staffing.json")));
  }

  /** Issue 17: Spark's own failures were "internal error, a bug in LeanSim" (exit 70). */
  @Test
  void aMasterSparkDoesNotKnowIsAClusterError() {
    StringWriter err = new StringWriter();
    int code = Main.execute(new String[] {"run", "scenarios/bank-branch.yaml", "--replications", "2", "-q", "--out",
        tmp.resolve("none").toString(), "--spark", "nowhere"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(code).as(err.toString()).isEqualTo(7);
    assertThat(err.toString()).startsWith("leansim run: cannot start Spark on nowhere: Could not parse Master URL")
        .contains("Check the master URL").contains("Spark's log: ").doesNotContain("internal error");
  }

  /** An unstable system on an executor is the scenario's problem, exit 5 as in a local run, not a cluster error. */
  @Test
  void anUnstableSystemOnSparkIsExitFiveAsLocally() throws Exception {
    Path file = tmp.resolve("unstable.yaml");
    Files.writeString(file, "name: unstable\nrun: {horizon: 1000000, warmup: 100, drain: false, replications: 2}\n"
        + "arrivals: {walk_in: {rate: 3}}\nresources: {desk: {capacity: 1}}\n"
        + "process: {serve: {resource: desk, time: exp(1)}}\n");
    StringWriter err = new StringWriter();
    int code = Main.execute(new String[] {"run", file.toString(), "-q", "--out", tmp.resolve("u").toString(),
        "--spark", "local[2]"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(code).as(err.toString()).isEqualTo(5);
    assertThat(err.toString()).contains("the system is unstable").doesNotContain("Spark's log");
    assertThat(tmp.resolve("u")).doesNotExist();
  }

  private static int run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    assertThat(code).as(err.toString()).isZero();
    return code;
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
