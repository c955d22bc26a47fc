package io.leansim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code --rep-range} and {@code leansim merge}: shards put back together are, byte for byte, one
 * run of all replications; shards that do not make up one whole run are refused, one line per
 * problem, exit code 3, nothing written.
 */
class MergeCommandTest {
  private static final String HALL = "scenarios/telecom-hall.yaml";

  /** Shards of the baseline of the bundled hall, 4 replications, for the refusals. */
  @TempDir static Path shards;

  @TempDir Path tmp;

  static CliTest.Outcome leansim(String... args) {
    return CliTest.leansim(args);
  }

  private static Path shard(String name, String... args) {
    Path dir = shards.resolve(name);
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--out", dir.toString(), "--threads", "2", "-q"));
    CliTest.Outcome o = leansim(all.toArray(new String[0]));
    assertThat(o.code()).as(name + ": " + o.err()).isZero();
    return dir;
  }

  private static Path hallShard(String name, String range, String... more) {
    List<String> args = new ArrayList<>(List.of("run", HALL, "--rep-range", range));
    args.addAll(List.of(more));
    if (!args.contains("--replications")) {
      args.addAll(List.of("--replications", "4"));
    }
    return shard(name, args.toArray(new String[0]));
  }

  @BeforeAll
  static void makeShards() {
    hallShard("a", "0..1");
    hallShard("b", "2..3");
    hallShard("overlapping", "1..3");
    hallShard("last", "3..3");
    hallShard("other-seed", "2..3", "--seed", "7");
    hallShard("other-total", "2..4", "--replications", "5");
    hallShard("other-bin", "2..3", "--bin", "30");
    hallShard("other-variants", "2..3", "--variant", "baseline", "--variant", "card-priority");
    hallShard("traced", "2..3", "--trace");
    shard("other-scenario", "run", "scenarios/bank-branch.yaml", "--replications", "4", "--rep-range", "2..3");
    // the test hall is named telecom-hall too, with the same seed: only its file differs
    shard("other-file", "run", "src/test/resources/good/hall.yaml", "--replications", "4", "--rep-range", "2..3");
    shard("whole", "run", HALL, "--replications", "4");
  }

  /** Every file under {@code dir} by relative path, with its bytes. */
  private static Map<String, byte[]> files(Path dir) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return out;
  }

  private static void assertSameFiles(Path merged, Path whole) throws IOException {
    Map<String, byte[]> m = files(merged);
    Map<String, byte[]> w = files(whole);
    assertThat(m.keySet()).isEqualTo(w.keySet());
    w.forEach((name, bytes) -> assertThat(new String(m.get(name), java.nio.charset.StandardCharsets.UTF_8))
        .as(name).isEqualTo(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
    w.forEach((name, bytes) -> assertThat(m.get(name)).as(name).isEqualTo(bytes));
  }

  @Test
  void unevenShardsOfEveryVariantMergeToTheBytesOfOneRun() throws Exception {
    String[] run = {"run", HALL, "--all", "--replications", "5", "--threads", "2", "-q"};
    Path whole = tmp.resolve("whole");
    assertThat(leansim(concat(run, "--out", whole.toString())).code()).isZero();
    List<String> dirs = new ArrayList<>();
    for (String range : List.of("3..4", "0..0", "1..2")) {
      Path dir = tmp.resolve("shard-" + range);
      CliTest.Outcome o = leansim(concat(run, "--rep-range", range, "--out", dir.toString()));
      assertThat(o.code()).as(o.err()).isZero();
      dirs.add(dir.toString());
    }
    Path merged = tmp.resolve("merged");
    List<String> args = new ArrayList<>(List.of("merge"));
    args.addAll(dirs);
    args.addAll(List.of("--out", merged.toString()));

    CliTest.Outcome o = leansim(args.toArray(new String[0]));

    assertThat(o.code()).as(o.err()).isZero();
    assertThat(o.err()).isEmpty();
    assertThat(o.out()).contains("5 replications, seed 20261122").contains("Merged 3 shards: replications 0..4")
        .contains("Results: ");
    assertThat(files(merged).keySet()).contains("baseline/summary.json", "baseline/summary.csv",
        "follow-demand/summary.json", "self-service/summary.csv", "scenario.yaml");
    assertSameFiles(merged, whole);
  }

  @Test
  void compareShardsWithTracesMergeToTheBytesOfOneComparison() throws Exception {
    String[] compare = {"compare", HALL, "--variant", "card-priority", "--variant", "greeter", "--replications", "3",
        "--trace", "--threads", "2", "-q"};
    Path whole = tmp.resolve("whole");
    assertThat(leansim(concat(compare, "--out", whole.toString())).code()).isZero();
    Path first = tmp.resolve("first");
    Path rest = tmp.resolve("rest");
    assertThat(leansim(concat(compare, "--rep-range", "0..1", "--out", first.toString())).code()).isZero();
    assertThat(leansim(concat(compare, "--rep-range", "2..2", "--out", rest.toString())).code()).isZero();
    assertThat(rest.resolve("animation-greeter.html")).as("only the shard with replication 0 animates").doesNotExist();
    Path merged = tmp.resolve("merged");

    CliTest.Outcome o = leansim("merge", rest.toString(), first.toString(), "--out", merged.toString());

    assertThat(o.code()).as(o.err()).isZero();
    assertThat(o.out()).contains("card-priority").contains("greeter");
    assertThat(files(merged).keySet()).contains("comparison.json", "comparison.csv", "report.html",
        "animation-greeter.html", "baseline/customers.csv", "greeter/vsm.svg");
    assertSameFiles(merged, whole);
  }

  @Test
  void aShardsFolderSaysWhatItHolds() throws Exception {
    JsonMapper json = new JsonMapper();
    JsonNode manifest = json.readTree(shards.resolve("b/shard.json").toFile());
    assertThat(manifest.get("command").asString()).isEqualTo("run");
    assertThat(manifest.get("scenario").asString()).isEqualTo("telecom-hall");
    assertThat(manifest.get("scenario_sha256").asString()).hasSize(64);
    assertThat(manifest.get("seed").asLong()).isEqualTo(20261122L);
    assertThat(manifest.get("replications").asInt()).isEqualTo(4);
    assertThat(manifest.get("from").asInt()).isEqualTo(2);
    assertThat(manifest.get("to").asInt()).isEqualTo(3);
    assertThat(manifest.get("leansim").asString()).isNotBlank();
    assertThat(manifest.get("bin").asDouble()).isEqualTo(15.0);
    assertThat(manifest.get("variants").get(0).asString()).isEqualTo("baseline");
    assertThat(manifest.get("trace").asBoolean()).isFalse();
    JsonNode summary = json.readTree(shards.resolve("b/baseline/summary.json").toFile());
    assertThat(summary.get("replications").asInt()).isEqualTo(2);
    assertThat(summary.get("shard").toString()).isEqualTo("{\"from\":2,\"to\":3,\"of\":4}");
    assertThat(shards.resolve("b/baseline/replications.json")).exists();
    assertThat(Files.readString(shards.resolve("b/scenario.yaml")))
        .isEqualTo(Files.readString(shards.resolve("whole/scenario.yaml")));
    assertThat(json.readTree(shards.resolve("whole/baseline/summary.json").toFile()).has("shard")).isFalse();
    assertThat(shards.resolve("whole/shard.json")).doesNotExist();
    assertThat(shards.resolve("whole/baseline/replications.json")).doesNotExist();
  }

  // --- refusals: exit 3, one line per problem, nothing written ---

  private CliTest.Outcome refused(String... names) {
    List<String> args = new ArrayList<>(List.of("merge"));
    for (String n : names) {
      args.add(n.startsWith("/") ? n : shards.resolve(n).toString());
    }
    Path out = tmp.resolve("merged");
    args.addAll(List.of("--out", out.toString()));
    CliTest.Outcome o = leansim(args.toArray(new String[0]));
    assertThat(o.code()).as(o.out() + o.err()).isEqualTo(3);
    assertThat(o.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(o.err().strip()).endsWith("Nothing was written.");
    assertThat(out).doesNotExist();
    return o;
  }

  /** The problem lines of a refusal, without the program name and the closing line. */
  private static List<String> problems(CliTest.Outcome o) {
    List<String> lines = o.err().strip().lines().toList();
    assertThat(lines.subList(0, lines.size() - 1)).allMatch(l -> l.startsWith("leansim merge: "));
    return lines.subList(0, lines.size() - 1).stream().map(l -> l.substring("leansim merge: ".length())).toList();
  }

  private static String at(String name) {
    return shards.resolve(name).toString();
  }

  @Test
  void refusesShardsOfDifferentScenarios() {
    assertThat(problems(refused("a", "other-scenario"))).containsExactly(
        at("a") + " and " + at("other-scenario") + " are shards of different scenarios (telecom-hall, bank-branch)");
  }

  @Test
  void refusesShardsOfDifferentScenarioFilesUnderTheSameName() {
    assertThat(problems(refused("a", "other-file"))).containsExactly(
        at("a") + " and " + at("other-file") + " ran different scenario files (their scenario.yaml differ):"
            + " run every shard from the same file with the same options");
  }

  @Test
  void refusesShardsWithDifferentSeeds() {
    assertThat(problems(refused("a", "other-seed"))).containsExactly(
        at("a") + " and " + at("other-seed") + " used different seeds (20261122, 7): give every shard the same --seed");
  }

  @Test
  void refusesShardsOfDifferentNumbersOfReplications() {
    assertThat(problems(refused("a", "other-total"))).containsExactly(at("a") + " and " + at("other-total")
        + " split different numbers of replications (4, 5): give every shard the same --replications");
  }

  @Test
  void refusesShardsWithDifferentBinWidths() {
    assertThat(problems(refused("a", "other-bin"))).containsExactly(at("a") + " and " + at("other-bin")
        + " used different bin widths (--bin 15, 30 minutes): give every shard the same --bin");
  }

  @Test
  void refusesShardsOfDifferentVersions() throws Exception {
    Path copy = copyOf("b", "other-version");
    Path manifest = copy.resolve("shard.json");
    Files.writeString(manifest, Files.readString(manifest).replaceFirst("\"leansim\" : \"[^\"]*\"", "\"leansim\" : \"0.0.1\""));
    List<String> p = problems(refused("a", copy.toString()));
    assertThat(p).hasSize(1);
    assertThat(p.get(0)).startsWith(at("a") + " was made by LeanSim ")
        .endsWith(" and " + copy + " by LeanSim 0.0.1: run every shard with the same version");
  }

  @Test
  void refusesShardsOfDifferentCommandsVariantsOrTraceOptions() throws Exception {
    Path copy = copyOf("b", "compare-shard");
    Path manifest = copy.resolve("shard.json");
    Files.writeString(manifest, Files.readString(manifest).replace("\"command\" : \"run\"", "\"command\" : \"compare\""));
    assertThat(problems(refused("a", copy.toString()))).containsExactly(
        at("a") + " is a 'run' shard and " + copy + " a 'compare' shard: merge shards of one command");
    assertThat(problems(refused("a", "other-variants"))).containsExactly(at("a") + " ran baseline and "
        + at("other-variants") + " ran baseline, card-priority: give every shard the same --variant (or --all) options");
    assertThat(problems(refused("a", "traced"))).containsExactly(
        at("traced") + " ran with --trace and " + at("a") + " without: run every shard with --trace, or none");
  }

  @Test
  void refusesOverlappingRanges() {
    assertThat(problems(refused("overlapping", "a"))).containsExactly(at("a") + " (replications 0..1) and "
        + at("overlapping") + " (replications 1..3) overlap: replications 1..1 are in both");
    assertThat(problems(refused("a", "b", "a"))).containsExactly(at("a") + " is given twice");
  }

  @Test
  void refusesMissingReplications() {
    assertThat(problems(refused("a", "last"))).containsExactly(
        "replications 2..2 (of 0..3) are in no shard: run that shard (--rep-range 2..2) and merge it too");
    assertThat(problems(refused("a"))).containsExactly(
        "replications 2..3 (of 0..3) are in no shard: run that shard (--rep-range 2..3) and merge it too");
    assertThat(problems(refused("b"))).containsExactly(
        "replications 0..1 (of 0..3) are in no shard: run that shard (--rep-range 0..1) and merge it too");
    assertThat(problems(refused("last"))).containsExactly(
        "replications 0..2 (of 0..3) are in no shard: run that shard (--rep-range 0..2) and merge it too");
  }

  @Test
  void refusesFoldersThatAreNotShards() throws Exception {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    Path file = Files.writeString(tmp.resolve("notes.txt"), "hello");
    Path nowhere = tmp.resolve("nowhere");
    assertThat(problems(refused("whole", "b"))).containsExactly(at("whole") + " is not a shard: it has no shard.json"
        + " (it holds the results of a whole run; only folders written with --rep-range can be merged)");
    assertThat(problems(refused(empty.toString(), file.toString(), nowhere.toString()))).containsExactly(
        empty + " is not a shard: it has no shard.json"
            + " (make shards with 'leansim run FILE --replications N --rep-range FROM..TO --out DIR')",
        file + " is not a folder, so not a shard",
        nowhere + " does not exist");
    Path broken = copyOf("b", "broken-manifest");
    Files.writeString(broken.resolve("shard.json"), "{\"format\": 1}");
    assertThat(problems(refused("a", broken.toString()))).containsExactly(broken.resolve("shard.json")
        + " is not a LeanSim shard manifest of format 1 (\"command\" is missing): run the shard again");
  }

  @Test
  void refusesAShardWhoseFilesWereChangedOrLost() throws Exception {
    Path edited = copyOf("b", "edited");
    Files.writeString(edited.resolve("scenario.yaml"), "# edited\n" + Files.readString(edited.resolve("scenario.yaml")));
    assertThat(problems(refused("a", edited.toString()))).containsExactly(edited.resolve("scenario.yaml")
        + " was changed after the shard ran (it is not the file shard.json records): run the shard again");
    Path lost = copyOf("b", "lost");
    Files.delete(lost.resolve("baseline/replications.json"));
    assertThat(problems(refused("a", lost.toString()))).containsExactly(
        lost.resolve("baseline/replications.json") + " is missing: the shard is incomplete; run it again");
  }

  @Test
  void refusesToWriteOverAShard() {
    CliTest.Outcome onto = leansim("merge", at("a"), at("b"), "--out", at("b"));
    assertThat(onto.code()).isEqualTo(2);
    assertThat(onto.err().strip()).isEqualTo(
        "leansim merge: --out " + at("b") + " is one of the shards; write the merged results elsewhere");
    CliTest.Outcome above = leansim("merge", at("a"), at("b"), "--out", shards.toString());
    assertThat(above.code()).isEqualTo(2);
    assertThat(above.err().strip()).isEqualTo("leansim merge: --out " + shards + " holds the shard " + at("a")
        + ", and the merged results would replace it; write them elsewhere");
    assertThat(shards.resolve("a/shard.json")).exists();
  }

  @Test
  void aBadRangeOrAPrecisionTargetIsAUsageError() {
    for (String range : List.of("0..4", "3..2", "-1..2", "x", "2")) {
      CliTest.Outcome o = leansim("run", HALL, "--replications", "4", "--rep-range", range, "--out",
          tmp.resolve("x").toString());
      assertThat(o.code()).as(range).isEqualTo(2);
      assertThat(o.err().strip()).isEqualTo("leansim run: --rep-range must be FROM..TO with 0 <= FROM <= TO < 4"
          + " (the replications of the run), got '" + range + "'");
    }
    CliTest.Outcome precise = leansim("run", "src/test/resources/good/full.yaml", "--rep-range", "0..1", "--out",
        tmp.resolve("x").toString());
    assertThat(precise.code()).isEqualTo(2);
    assertThat(precise.err()).contains("--rep-range cannot split the baseline: it has a precision target");
    assertThat(tmp.resolve("x")).doesNotExist();
  }

  @Test
  void helpTeachesShardsAndMerging() {
    CliTest.Outcome o = leansim("merge", "--help");
    assertThat(o.code()).isZero();
    assertThat(o.out()).contains("Examples:").contains("--rep-range 0..49").contains("leansim merge s/a s/b");
    assertThat(leansim("run", "--help").out()).contains("--rep-range=FROM..TO");
    assertThat(leansim("compare", "--help").out()).contains("--rep-range=FROM..TO");
    assertThat(leansim("--help").out()).contains("merge").contains("--rep-range");
  }

  private Path copyOf(String name, String as) throws IOException {
    Path from = shards.resolve(name);
    Path to = tmp.resolve(as);
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return to;
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
