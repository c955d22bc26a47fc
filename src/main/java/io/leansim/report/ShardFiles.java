package io.leansim.report;

import io.leansim.experiment.ReplicationRange;
import io.leansim.scenario.Scenario;
import io.leansim.stats.ReplicationStats;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Shards: a run split by replications ({@code --rep-range}) over processes or machines, and
 * merged back. A shard's folder is a results folder of its replications plus {@code shard.json},
 * the manifest, and {@code <variant>/replications.json} ({@link ReplicationFiles}) for every
 * variant it ran. The manifest:
 *
 * <pre>
 * {"format": 1, "command": "run" | "compare", "scenario": "telecom-hall",
 *  "scenario_sha256": "...",   SHA-256 of the shard's scenario.yaml (the scenario as run, after
 *                              --replications and --seed)
 *  "seed": 20261122, "replications": 100, "from": 0, "to": 49,   this shard: replications from..to of 100
 *  "leansim": "0.1.0",         the LeanSim version that ran it
 *  "bin": 15.0,                --bin, in minutes
 *  "variants": ["baseline", ...], in the order run
 *  "trace": false}             whether it ran with --trace (then each variant has customers.csv)
 * </pre>
 *
 * {@link #merge} reads a set of shards and refuses, with one line per problem, shards that do not
 * make up exactly one whole run together.
 */
public final class ShardFiles {
  /** The manifest's file name, at the top of a shard's folder. */
  public static final String FILE = "shard.json";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ShardFiles() {}

  /** What a shard ran; {@code range} is which replications of the whole run it holds. */
  public record Manifest(
      String command,
      String scenario,
      String scenarioSha256,
      long seed,
      ReplicationRange range,
      String version,
      double binMinutes,
      List<String> variants,
      boolean trace) {
    public Manifest {
      variants = List.copyOf(variants);
    }
  }

  /** Shards that cannot be merged, or a folder that is not a shard: one line per problem, for users. */
  public static final class ShardException extends IOException {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    ShardException(String problem) {
      this(List.of(problem));
    }

    ShardException(List<String> problems) {
      super(String.join("\n", problems));
      this.problems = List.copyOf(problems);
    }

    /** The problems, one line each. */
    public List<String> problems() {
      return problems;
    }
  }

  /** A shard on disk: its folder (as given) and its manifest. */
  public record Shard(Path dir, Manifest manifest) {}

  /**
   * The whole run that a set of shards makes up: the scenario as run (its text, byte for byte, and
   * loaded), the manifest of the whole run ({@code range} 0..N-1), the shards in replication order,
   * and every variant's replications 0..N-1 in order.
   */
  public record Merged(
      Scenario scenario,
      byte[] scenarioYaml,
      Manifest manifest,
      List<Shard> shards,
      Map<String, List<ReplicationStats>> replications) {
    public Merged {
      scenarioYaml = scenarioYaml.clone();
      shards = List.copyOf(shards);
      Map<String, List<ReplicationStats>> copy = new LinkedHashMap<>();
      replications.forEach((k, v) -> copy.put(k, List.copyOf(v)));
      replications = java.util.Collections.unmodifiableMap(copy);
    }

    @Override
    public byte[] scenarioYaml() {
      return scenarioYaml.clone();
    }

    /** The shard holding replication 0 (the one whose day the animations replay). */
    public Shard first() {
      return shards.get(0);
    }
  }

  /** The SHA-256 of {@code bytes}, in lower-case hexadecimal. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** Writes {@code shard.json} into {@code dir}. */
  public static void write(Manifest m, Path dir) throws IOException {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("format", SummaryFiles.FORMAT);
    root.put("command", m.command());
    root.put("scenario", m.scenario());
    root.put("scenario_sha256", m.scenarioSha256());
    root.put("seed", m.seed());
    root.put("replications", m.range().of());
    root.put("from", m.range().from());
    root.put("to", m.range().to());
    root.put("leansim", m.version());
    root.put("bin", m.binMinutes());
    ArrayNode variants = root.putArray("variants");
    m.variants().forEach(variants::add);
    root.put("trace", m.trace());
    Files.writeString(dir.resolve(FILE), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n",
        StandardCharsets.UTF_8);
  }

  /**
   * Reads the manifest of the shard in {@code dir}.
   *
   * @throws ShardException when {@code dir} is not a shard (missing, not a folder, no or a broken {@code shard.json})
   */
  public static Manifest read(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      throw new ShardException(dir + " does not exist");
    }
    if (!Files.isDirectory(dir)) {
      throw new ShardException(dir + " is not a folder, so not a shard");
    }
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw new ShardException(dir + " is not a shard: it has no " + FILE + (Files.exists(dir.resolve("scenario.yaml"))
          ? " (it holds the results of a whole run; only folders written with --rep-range can be merged)"
          : " (make shards with 'leansim run FILE --replications N --rep-range FROM..TO --out DIR')"));
    }
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (JacksonException e) {
      throw new ShardException(file + " is not valid JSON (" + e.getOriginalMessage() + "): run the shard again");
    }
    String broken = file + " is not a LeanSim shard manifest of format " + SummaryFiles.FORMAT;
    if (root == null || !root.isObject() || root.path("format").asInt(-1) != SummaryFiles.FORMAT) {
      throw new ShardException(broken + ": run the shard again with this LeanSim");
    }
    for (String field : List.of("command", "scenario", "scenario_sha256", "leansim")) {
      if (!root.path(field).isString()) {
        throw new ShardException(broken + " (\"" + field + "\" is missing): run the shard again");
      }
    }
    for (String field : List.of("seed", "replications", "from", "to")) {
      if (!root.path(field).isIntegralNumber()) {
        throw new ShardException(broken + " (\"" + field + "\" is missing): run the shard again");
      }
    }
    if (!root.path("bin").isNumber() || !root.path("variants").isArray() || root.path("variants").isEmpty()
        || !root.path("trace").isBoolean()) {
      throw new ShardException(broken + " (\"bin\", \"variants\" or \"trace\" is missing): run the shard again");
    }
    ReplicationRange range;
    try {
      range = new ReplicationRange(root.get("from").asInt(), root.get("to").asInt(), root.get("replications").asInt());
    } catch (IllegalArgumentException e) {
      throw new ShardException(file + ": " + e.getMessage() + ": run the shard again");
    }
    List<String> variants = new ArrayList<>();
    root.get("variants").forEach(v -> variants.add(v.asString()));
    return new Manifest(root.get("command").asString(), root.get("scenario").asString(),
        root.get("scenario_sha256").asString(), root.get("seed").asLong(), range, root.get("leansim").asString(),
        root.get("bin").asDouble(), variants, root.get("trace").asBoolean());
  }

  /**
   * Reads the shards in {@code dirs} (any order) and puts the whole run back together.
   *
   * @throws ShardException with every problem found, one line each: a folder that is not a shard
   *     (or an incomplete one) or is given twice, shards of different scenarios, seeds, numbers of replications, bin
   *     widths, LeanSim versions, commands, variants or trace options, overlapping ranges, and
   *     replications in no shard
   */
  public static Merged merge(List<Path> dirs) throws IOException {
    List<String> problems = new ArrayList<>();
    List<Shard> shards = new ArrayList<>();
    List<Path> seen = new ArrayList<>();
    for (Path dir : dirs) {
      Path same = dir.toAbsolutePath().normalize();
      if (seen.contains(same)) {
        problems.add(dir + " is given twice");
        continue;
      }
      seen.add(same);
      try {
        shards.add(new Shard(dir, read(dir)));
      } catch (ShardException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new ShardException(problems);
    }
    for (Shard s : shards) {
      problems.addAll(scenarioFileProblems(s));
    }
    problems.addAll(problems(shards));
    if (!problems.isEmpty()) {
      throw new ShardException(problems);
    }
    shards.sort(Comparator.comparingInt(s -> s.manifest().range().from()));
    Shard first = shards.get(0);
    Manifest whole = first.manifest();
    Scenario scenario;
    try {
      scenario = ResultsReader.scenario(first.dir());
    } catch (ResultsReader.NotResultsException e) {
      throw new ShardException(List.of(e.getMessage().split("\n")));
    }
    Map<String, List<ReplicationStats>> reps = new LinkedHashMap<>();
    for (String variant : whole.variants()) {
      List<ReplicationStats> all = new ArrayList<>();
      for (Shard s : shards) {
        Path dir = s.dir().resolve(variant);
        List<ReplicationStats> part = ReplicationFiles.read(dir);
        ReplicationRange r = s.manifest().range();
        boolean inOrder = part.size() == r.count();
        for (int i = 0; inOrder && i < part.size(); i++) {
          inOrder = part.get(i).replication() == r.from() + i;
        }
        if (!inOrder) {
          problems.add(dir.resolve(ReplicationFiles.FILE) + " does not hold replications " + r + " as " + FILE
              + " says: run the shard again");
        }
        Path trace = dir.resolve("customers.csv");
        if (whole.trace() && !Files.isRegularFile(trace)) {
          problems.add(trace + " is missing, though the shard ran with --trace: run the shard again");
        } else if (whole.trace() && !TraceFiles.hasHeader(trace)) {
          problems.add(trace + " is not a trace LeanSim wrote (its header differs): run the shard again");
        }
        all.addAll(part);
      }
      reps.put(variant, all);
    }
    if (!problems.isEmpty()) {
      throw new ShardException(problems);
    }
    Manifest manifest = new Manifest(whole.command(), whole.scenario(), whole.scenarioSha256(), whole.seed(),
        ReplicationRange.all(whole.range().of()), whole.version(), whole.binMinutes(), whole.variants(), whole.trace());
    return new Merged(scenario, Files.readAllBytes(first.dir().resolve("scenario.yaml")), manifest, shards, reps);
  }

  /** A shard whose scenario.yaml is missing or is not the one its manifest hashed. */
  private static List<String> scenarioFileProblems(Shard s) throws IOException {
    Path yaml = s.dir().resolve("scenario.yaml");
    if (!Files.isRegularFile(yaml)) {
      return List.of(s.dir() + " has no scenario.yaml: the shard is incomplete; run it again");
    }
    if (!sha256(Files.readAllBytes(yaml)).equals(s.manifest().scenarioSha256())) {
      return List.of(yaml + " was changed after the shard ran (it is not the file " + FILE
          + " records): run the shard again");
    }
    return List.of();
  }

  /**
   * Why {@code shards} do not make up one whole run together, one line per problem (empty when
   * they do): every shard against the first on what must agree, then the ranges.
   */
  static List<String> problems(List<Shard> shards) {
    List<String> out = new ArrayList<>();
    Shard a = shards.get(0);
    Manifest m = a.manifest();
    for (Shard b : shards.subList(1, shards.size())) {
      Manifest n = b.manifest();
      if (!m.scenario().equals(n.scenario())) {
        // everything else may differ with the scenario: this says it all
        out.add(a.dir() + " and " + b.dir() + " are shards of different scenarios (" + m.scenario() + ", "
            + n.scenario() + ")");
        continue;
      }
      int before = out.size();
      if (!m.version().equals(n.version())) {
        out.add(a.dir() + " was made by LeanSim " + m.version() + " and " + b.dir() + " by LeanSim " + n.version()
            + ": run every shard with the same version");
      }
      if (m.seed() != n.seed()) {
        out.add(a.dir() + " and " + b.dir() + " used different seeds (" + m.seed() + ", " + n.seed()
            + "): give every shard the same --seed");
      }
      if (m.range().of() != n.range().of()) {
        out.add(a.dir() + " and " + b.dir() + " split different numbers of replications (" + m.range().of() + ", "
            + n.range().of() + "): give every shard the same --replications");
      }
      if (Double.compare(m.binMinutes(), n.binMinutes()) != 0) {
        out.add(a.dir() + " and " + b.dir() + " used different bin widths (--bin " + number(m.binMinutes()) + ", "
            + number(n.binMinutes()) + " minutes): give every shard the same --bin");
      }
      if (!m.command().equals(n.command())) {
        out.add(a.dir() + " is a '" + m.command() + "' shard and " + b.dir() + " a '" + n.command()
            + "' shard: merge shards of one command");
      }
      if (!m.variants().equals(n.variants())) {
        out.add(a.dir() + " ran " + String.join(", ", m.variants()) + " and " + b.dir() + " ran "
            + String.join(", ", n.variants()) + ": give every shard the same --variant (or --all) options");
      }
      if (m.trace() != n.trace()) {
        Shard traced = m.trace() ? a : b;
        Shard not = m.trace() ? b : a;
        out.add(traced.dir() + " ran with --trace and " + not.dir() + " without: run every shard with --trace, or none");
      }
      if (out.size() == before && !m.scenarioSha256().equals(n.scenarioSha256())) {
        out.add(a.dir() + " and " + b.dir() + " ran different scenario files (their scenario.yaml differ):"
            + " run every shard from the same file with the same options");
      }
    }
    if (shards.stream().anyMatch(s -> s.manifest().range().of() != m.range().of())) {
      return out;
    }
    List<Shard> sorted = new ArrayList<>(shards);
    sorted.sort(Comparator.comparingInt((Shard s) -> s.manifest().range().from())
        .thenComparingInt(s -> s.manifest().range().to()));
    List<String> gaps = new ArrayList<>();
    int covered = -1;
    Shard reaching = null;
    for (Shard s : sorted) {
      ReplicationRange r = s.manifest().range();
      if (r.from() <= covered) {
        out.add(reaching.dir() + " (replications " + reaching.manifest().range() + ") and " + s.dir()
            + " (replications " + r + ") overlap: replications " + r.from() + ".." + Math.min(covered, r.to())
            + " are in both");
      } else if (r.from() > covered + 1) {
        gaps.add((covered + 1) + ".." + (r.from() - 1));
      }
      if (r.to() > covered) {
        covered = r.to();
        reaching = s;
      }
    }
    if (covered < m.range().of() - 1) {
      gaps.add((covered + 1) + ".." + (m.range().of() - 1));
    }
    if (!gaps.isEmpty()) {
      out.add("replications " + String.join(", ", gaps) + " (of 0.." + (m.range().of() - 1)
          + ") are in no shard: run " + (gaps.size() == 1 ? "that shard" : "those shards") + " (--rep-range "
          + String.join(", ", gaps) + ") and merge " + (gaps.size() == 1 ? "it" : "them") + " too");
    }
    return out;
  }

  private static String number(double x) {
    return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
  }
}
