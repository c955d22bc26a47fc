package io.leansim.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leansim.report.StagedFolder;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.load.LoadResult;
import io.leansim.scenario.load.ScenarioLoader;
import io.leansim.scenario.load.ScenarioWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules of {@code --out} ({@link Outputs}), and what a results folder holds ({@link ScenarioData}). */
class OutputsTest {
  private static final Path FALLBACK = Path.of("results", "hall");

  @TempDir Path tmp;

  private static String refusal(Runnable check) {
    try {
      check.run();
    } catch (Failure f) {
      assertThat(f.kind()).isEqualTo(Failure.Kind.USAGE);
      return String.join("\n", f.problems()) + "\n" + String.join("\n", f.notes());
    }
    throw new AssertionError("not refused");
  }

  @Test
  void theRootHomeAndWorkingFolderAndWhatHoldsThemAreNeverResultsFolders() {
    Path home = Path.of(System.getProperty("user.home"));
    Path cwd = Path.of("").toAbsolutePath();
    assertThat(refusal(() -> Outputs.folder(Path.of("/"), FALLBACK, true, List.of())))
        .contains("--out / is the root of the file system").contains("even with --force")
        .contains("e.g. --out results/hall");
    assertThat(refusal(() -> Outputs.folder(home, FALLBACK, true, List.of()))).contains("is your home folder");
    assertThat(refusal(() -> Outputs.folder(Path.of("."), FALLBACK, true, List.of())))
        .contains("--out . is the working folder");
    assertThat(refusal(() -> Outputs.folder(Path.of("x/.."), FALLBACK, true, List.of())))
        .contains("is the working folder");
    assertThat(refusal(() -> Outputs.folder(cwd.getParent(), FALLBACK, true, List.of())))
        .contains("holds the working folder");
    assertThat(refusal(() -> Outputs.folder(Path.of(""), FALLBACK, true, List.of()))).contains("--out is empty");
    assertThat(refusal(() -> Outputs.folder(Path.of(" "), FALLBACK, true, List.of()))).contains("--out is empty");
  }

  @Test
  void aNewOrEmptyFolderOrResultsFolderIsFine() throws IOException {
    assertThat(Outputs.folder(tmp.resolve("new/deeper"), FALLBACK, false, List.of())).isEqualTo(tmp.resolve("new/deeper"));
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    assertThat(Outputs.folder(empty, FALLBACK, false, List.of())).isEqualTo(empty);
    Path results = Files.createDirectories(tmp.resolve("results"));
    Files.writeString(results.resolve("summary.json"), "{}");
    StagedFolder.mark(results);
    assertThat(Outputs.folder(results, FALLBACK, false, List.of())).isEqualTo(results);
    assertThat(Outputs.folder(null, tmp.resolve("default"), false, List.of())).isEqualTo(tmp.resolve("default"));
  }

  @Test
  void aLinkToAnInputsFolderIsSeenThrough() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("office"));
    Path scenario = Files.writeString(dir.resolve("office.yaml"), "name: x\n");
    Path link = Files.createSymbolicLink(tmp.resolve("link"), dir);
    assertThat(refusal(() -> Outputs.folder(link, FALLBACK, true, List.of(new Outputs.Input("the scenario", scenario)))))
        .contains("holds the scenario");
  }

  @Test
  void theDataFilesOfAScenarioAreInputsToo() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("office"));
    Files.createDirectories(dir.resolve("data"));
    Path yaml = Files.writeString(dir.resolve("office.yaml"), """
        arrivals: {a: {trace: data/arrivals.csv}}
        process: {serve: {time: {dist: empirical, file: data/service.csv}}}
        variants: {v: {patch: {arrivals: {a: {trace: other.csv}}}}}
        """);
    assertThat(Outputs.Input.scenario(yaml)).extracting(Outputs.Input::path).containsExactly(yaml,
        dir.resolve("data/arrivals.csv").toAbsolutePath(), dir.resolve("data/service.csv").toAbsolutePath(),
        dir.resolve("other.csv").toAbsolutePath());
    assertThat(refusal(() -> Outputs.folder(dir.resolve("data"), FALLBACK, true, Outputs.Input.scenario(yaml))))
        .contains("holds the data file");
  }

  @Test
  void aFileIsReplacedOnlyWhenItIsOfTheKindTheCommandWritesOrWithForce() throws IOException {
    Path page = Files.writeString(tmp.resolve("page.html"), "<!DOCTYPE html>");
    Path other = Files.writeString(tmp.resolve("other.html"), "mine");
    assertThat(Outputs.file(page, null, "a page", p -> p.equals(page), false, null, List.of())).isEqualTo(page);
    assertThat(refusal(() -> Outputs.file(other, null, "a page", p -> false, false, null, List.of())))
        .contains("(4 bytes) exists and is not a page LeanSim wrote; choose another --out");
    assertThat(Outputs.file(other, null, null, p -> false, true, "--force", List.of())).isEqualTo(other);
    assertThat(refusal(() -> Outputs.file(other, null, null, p -> false, true, "--force",
        List.of(new Outputs.Input("the ticket log", other))))).contains("is the ticket log");
    assertThat(refusal(() -> Outputs.file(tmp, Path.of("x.html"), null, p -> true, true, "--force", List.of())))
        .contains("is a folder; name the file to write, e.g. --out " + tmp.resolve("x.html"));
  }

  @Test
  void aDefaultFolderMadeToHoldResultsIsAResultsFolder() throws IOException {
    Path dir = tmp.resolve("results/hall");
    Results.ensureFolder(dir);
    assertThat(StagedFolder.isResults(dir)).isTrue();
    assertThat(StagedFolder.isResults(tmp.resolve("results"))).isFalse();
  }

  @Test
  void aLoadedScenarioRefersToItsTracesByAbsolutePathSoItsYamlLoadsAnywhere() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("office"));
    Files.writeString(dir.resolve("arrivals.csv"), "time,type\n1,a\n2,a\n");
    Path yaml = Files.writeString(dir.resolve("office.yaml"), """
        name: office
        run: {horizon: 60, replications: 2, seed: 1}
        customers: {a: {}}
        arrivals: {recorded: {trace: arrivals.csv}}
        resources: {desk: {capacity: 1}}
        process: {serve: {resource: desk, time: 1}}
        """);
    Scenario s = Jobs.load(yaml, Watcher.NONE);
    // what a Spark executor does: the YAML text, loaded in a folder that is not the scenario's
    LoadResult there = ScenarioLoader.parse("job.yaml", ScenarioWriter.toYaml(s), tmp.resolve("elsewhere"));
    assertThat(there.ok()).as(there.formatted().toString()).isTrue();
    Path results = Files.createDirectories(tmp.resolve("results"));
    Scenario copied = ScenarioData.copyInto(s, results);
    assertThat(ScenarioWriter.toYaml(copied)).contains("trace: data/arrivals.csv").doesNotContain(dir.toString());
    assertThat(results.resolve("data/arrivals.csv")).hasSameTextualContentAs(dir.resolve("arrivals.csv"));
  }

  @Test
  void twoTracesOfTheSameNameGetTwoCopies() throws IOException {
    for (String d : List.of("a", "b")) {
      Files.createDirectories(tmp.resolve(d));
      Files.writeString(tmp.resolve(d + "/arrivals.csv"), "time,type\n1,x\n");
    }
    Path yaml = Files.writeString(tmp.resolve("two.yaml"), """
        name: two
        run: {horizon: 60, replications: 2, seed: 1}
        customers: {x: {}}
        arrivals: {one: {trace: a/arrivals.csv}, two: {trace: b/arrivals.csv}}
        resources: {desk: {capacity: 1}}
        process: {serve: {resource: desk, time: 1}}
        """);
    Path results = Files.createDirectories(tmp.resolve("results"));
    String text = ScenarioWriter.toYaml(ScenarioData.copyInto(Jobs.load(yaml, Watcher.NONE), results));
    assertThat(text).contains("trace: data/arrivals.csv").contains("trace: data/arrivals-2.csv");
  }
}
