package io.leansim.scenario.load;

import io.leansim.scenario.Scenario;
import io.leansim.scenario.Variant;
import io.leansim.scenario.load.YNode.YEntry;
import io.leansim.scenario.load.YNode.YMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads and validates scenario files. Every mistake of the baseline and of each variant is
 * reported at once, as {@link Diagnostic}s sorted by position; the scenario is built only when
 * there is no error. Never throws for bad input.
 */
public final class ScenarioLoader {
  private ScenarioLoader() {}

  /** Reads and validates a scenario file; never throws for bad input (I/O problems become a diagnostic at FILE:1:1). */
  public static LoadResult load(Path file) {
    String label = file.toString();
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return new LoadResult(null, List.of(new Diagnostic(label, 1, 1, "(file)", Diagnostic.Severity.ERROR,
          "cannot read the file (" + e.getClass().getSimpleName() + "); check the path and that it is UTF-8 text")));
    }
    Path dir = file.toAbsolutePath().getParent();
    return parse(label, text, dir == null ? Path.of(".") : dir);
  }

  /**
   * Loads {@code file} with every entry of {@code sets} set in it: a key path through maps ({@code
   * resources.counter.capacity}) to a value written in YAML ({@code 7}, {@code 30/h}, {@code
   * "exp(4)"}), merged as a patch into the baseline and over each variant's patch (so the set value
   * wins over a variant's). How a sweep point is made; validated like any scenario.
   */
  public static LoadResult load(Path file, Map<String, String> sets) {
    String label = file.toString();
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return load(file);
    }
    Sink sink = new Sink(label, "");
    List<YNode> patches = new ArrayList<>();
    for (Map.Entry<String, String> set : sets.entrySet()) {
      Optional<YNode> value = YamlReader.read(label, set.getValue(), sink);
      YNode node = value.orElse(new YNode.YScalar(set.getValue(), YNode.Kind.STR, 1, 1));
      String[] keys = set.getKey().split("\\.");
      for (int i = keys.length - 1; i >= 0; i--) {
        node = new YMap(List.of(new YEntry(new YNode.YScalar(keys[i], YNode.Kind.STR, 1, 1), node)), 1, 1);
      }
      patches.add(node); // applied one by one: a null (remove the key) must survive
    }
    // every key of a path but the last must already be in the file: a typo would add a new pool
    Optional<YNode> tree = YamlReader.read(label, text, new Sink(label, ""));
    for (String path : sets.keySet()) {
      YNode at = tree.orElse(null);
      String[] keys = path.split("\\.");
      for (int i = 0; i < keys.length - 1 && at != null; i++) {
        YNode next = at instanceof YMap m ? m.get(keys[i]) : null;
        if (next == null) {
          List<String> known = at instanceof YMap m ? m.entries().stream().map(YEntry::name).toList() : List.of();
          sink.error(at, path, "--set " + path + ": '" + keys[i] + "' is not in the file here"
              + Hints.didYouMean(keys[i], known) + "; a sweep sets keys of the scenario (only the last one may be new)");
          break;
        }
        at = next;
      }
    }
    if (sink.hasErrors()) {
      return result(null, sink.diagnostics(), label);
    }
    Path dir = file.toAbsolutePath().getParent();
    return parse(label, text, dir == null ? Path.of(".") : dir, patches);
  }

  /**
   * A duration written as the scenario format writes one ({@code 90s}, {@code 15min}, {@code 1.5h},
   * {@code 2h30m}), or a bare number of minutes, in minutes (for command-line options).
   *
   * @throws IllegalArgumentException with what is wrong and the forms accepted
   */
  public static double minutes(String text) {
    try {
      return Units.duration(new YNode.YScalar(text, YNode.Kind.STR, 1, 1), io.leansim.scenario.DurationUnit.MINUTES);
    } catch (Units.Bad e) {
      throw new IllegalArgumentException(e.getMessage());
    }
  }

  /** Same on text; {@code fileLabel} is what diagnostics print as FILE; {@code baseDir} resolves relative data files (empirical {@code file:}). */
  public static LoadResult parse(String fileLabel, String text, Path baseDir) {
    return parse(fileLabel, text, baseDir, List.of());
  }

  private static LoadResult parse(String fileLabel, String text, Path baseDir, List<YNode> setPatches) {
    Sink sink = new Sink(fileLabel, "");
    Optional<YNode> root = YamlReader.read(fileLabel, text, sink);
    if (root.isEmpty()) {
      if (!sink.hasErrors()) {
        sink.error(1, 1, "(root)", "the file is empty; a scenario needs at least run, arrivals and process");
      }
      return result(null, sink.diagnostics(), fileLabel);
    }
    String defaultName = sanitize(stem(fileLabel));
    YNode baselineTree = root.get();
    YNode variantsNode = null;
    if (baselineTree instanceof YMap m) {
      variantsNode = m.get("variants");
      baselineTree = m.without("variants");
    }
    YNode unset = baselineTree;
    for (YNode p : setPatches) {
      baselineTree = MergePatch.apply(baselineTree, p);
    }
    Scenario baseline = new ScenarioReader(sink, baseDir, defaultName).read(baselineTree);
    List<Diagnostic> all = new ArrayList<>(sink.diagnostics());
    List<Variant> variants = variantsNode == null ? List.of()
        : VariantsReader.variants(variantsNode, unset, setPatches, fileLabel, baseDir, defaultName, all);
    boolean failed = all.stream().anyMatch(Diagnostic::isError);
    if (baseline != null) { // a variant's new steps draw after the baseline's, wherever they stand
      variants = variants.stream()
          .map(v -> new Variant(v.name(), v.title(), v.scenario().drawingAsVariantOf(baseline))).toList();
    }
    Scenario scenario = failed || baseline == null ? null : new Scenario(baseline.name(), baseline.title(),
        baseline.description(), baseline.timeUnit(), baseline.clockStart(), baseline.run(), baseline.targets(),
        baseline.customers(), baseline.arrivals(), baseline.resources(), baseline.process(), variants,
        baseline.draws());
    return result(scenario, all, fileLabel);
  }

  private static LoadResult result(Scenario scenario, List<Diagnostic> diagnostics, String mainFile) {
    List<Diagnostic> sorted = new ArrayList<>(diagnostics);
    sorted.sort(Comparator.comparing((Diagnostic d) -> !d.file().equals(mainFile))
        .thenComparing(Diagnostic::file)
        .thenComparingInt(Diagnostic::line)
        .thenComparingInt(Diagnostic::column));
    return new LoadResult(scenario, sorted);
  }

  private static String stem(String label) {
    Path f = Path.of(label).getFileName();
    String s = f == null ? label : f.toString();
    int dot = s.lastIndexOf('.');
    return dot > 0 ? s.substring(0, dot) : s;
  }

  /** {@code text} lower-cased with every character outside [a-z0-9_-] replaced by '-'. */
  static String sanitize(String text) {
    String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "-");
    return s.isEmpty() ? "scenario" : s;
  }
}
