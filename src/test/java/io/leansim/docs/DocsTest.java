package io.leansim.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.scenario.load.KeyTable;
import io.leansim.scenario.load.LoadResult;
import io.leansim.scenario.load.ScenarioLoader;
import io.leansim.stats.Metric;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The project's own docs stay true: {@code docs/scenario-format.md} documents exactly the keys the
 * loader accepts and its examples load, {@code docs/results-format.md} documents every figure of
 * the registry, and every relative link of the README and the docs leads to a file (and heading)
 * that exists.
 */
class DocsTest {
  private static final Path DOCS = Path.of("docs");
  private static final Path SCENARIO_FORMAT = DOCS.resolve("scenario-format.md");
  private static final Path RESULTS_FORMAT = DOCS.resolve("results-format.md");

  /** Every key pattern the loader accepts ({@code process.*.rework.to}, {@code (dist).mean}). */
  static Set<String> loaderKeys() {
    return KeyTable.KEYS.stream().map(KeyTable.Key::path).collect(Collectors.toCollection(TreeSet::new));
  }

  /** Whether the loader accepts this key pattern. */
  static boolean loaderAccepts(String pattern) {
    return KeyTable.find(pattern).isPresent();
  }

  /** The pattern prefix of a distribution's parameters in the key table. */
  static final String DIST = KeyTable.DIST;

  /**
   * Every figure of the registry, by the heading of the table of results-format.md that must
   * document it (a heading starting with the key). Overall-only figures belong to the per-customer
   * table. When the registry changes shape, only this method follows it.
   */
  static Map<String, Set<String>> registryFigures() {
    Set<String> customer = new TreeSet<>();
    for (Metric m : Metric.values()) {
      if (m.scopes().contains(Metric.Scope.OVERALL) || m.scopes().contains(Metric.Scope.TYPE)) {
        customer.add(m.key());
      }
    }
    Map<String, Set<String>> byTable = new LinkedHashMap<>();
    byTable.put("overall and types", customer);
    byTable.put("steps", keys(Metric.Scope.STEP));
    byTable.put("resources", keys(Metric.Scope.RESOURCE));
    return byTable;
  }

  private static Set<String> keys(Metric.Scope scope) {
    return Metric.in(scope).stream().map(Metric::key).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void theKeyReferenceListsExactlyTheKeysTheLoaderAccepts() throws IOException {
    Set<String> documented = firstColumn(section(read(SCENARIO_FORMAT), "## Key reference"));
    assertThat(documented).as("keys in the key reference of %s", SCENARIO_FORMAT).isNotEmpty();
    assertThat(difference(loaderKeys(), documented))
        .as("keys the loader accepts but %s does not document (add a row to its key reference)", SCENARIO_FORMAT)
        .isEmpty();
    assertThat(difference(documented, loaderKeys()))
        .as("keys %s documents but the loader does not accept", SCENARIO_FORMAT)
        .isEmpty();
  }

  @Test
  void theExamplesOfTheScenarioFormatLoadAndUseEveryKey() throws IOException {
    List<String> blocks = fenced(read(SCENARIO_FORMAT), "yaml");
    assertThat(blocks).hasSizeGreaterThanOrEqualTo(6);
    String scenario = String.join("\n", blocks);
    LoadResult loaded = ScenarioLoader.parse(SCENARIO_FORMAT.toString(), scenario, DOCS);
    assertThat(loaded.errors()).as("the yaml blocks of %s, one after the other", SCENARIO_FORMAT).isEmpty();

    Set<String> used = new TreeSet<>();
    Set<String> unknown = new TreeSet<>();
    walk(new Load(LoadSettings.builder().build()).loadFromString(scenario), "", used, unknown);
    assertThat(unknown).as("keys of the examples the loader does not accept").isEmpty();
    assertThat(difference(loaderKeys(), used))
        .as("keys the examples of %s never use (show each in a yaml block)", SCENARIO_FORMAT)
        .isEmpty();
  }

  @Test
  void everyFigureOfTheRegistryIsDocumented() throws IOException {
    String md = read(RESULTS_FORMAT);
    for (Map.Entry<String, Set<String>> table : registryFigures().entrySet()) {
      Set<String> documented = firstColumn(section(md, "### " + table.getKey()));
      assertThat(difference(table.getValue(), documented))
          .as("figures of the registry missing from the table '%s' of %s", table.getKey(), RESULTS_FORMAT)
          .isEmpty();
      assertThat(difference(documented, table.getValue()))
          .as("figures the table '%s' of %s documents but the registry does not have", table.getKey(), RESULTS_FORMAT)
          .isEmpty();
    }
  }

  @Test
  void everyRelativeLinkLeadsToAFileAndHeadingThatExist() throws IOException {
    List<Path> pages = new ArrayList<>();
    pages.add(Path.of("README.md"));
    try (Stream<Path> docs = Files.list(DOCS)) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    assertThat(pages).contains(SCENARIO_FORMAT, RESULTS_FORMAT, DOCS.resolve("architecture.md"));
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (Path page : pages) {
      String md = withoutCode(read(page));
      Matcher m = Pattern.compile("\\]\\(([^)\\s]+)\\)").matcher(md);
      while (m.find()) {
        String link = m.group(1);
        if (link.matches("^[a-z]+:.*")) {
          continue; // https:, mailto:
        }
        checked++;
        int hash = link.indexOf('#');
        String file = hash < 0 ? link : link.substring(0, hash);
        Path target = file.isEmpty() ? page : page.toAbsolutePath().getParent().resolve(file).normalize();
        if (!Files.exists(target)) {
          broken.add(page + ": " + link + " (no such file)");
        } else if (hash >= 0 && target.toString().endsWith(".md")
            && !anchors(read(target)).contains(link.substring(hash + 1))) {
          broken.add(page + ": " + link + " (no such heading in " + target.getFileName() + ")");
        }
      }
    }
    assertThat(checked).isGreaterThan(20);
    assertThat(broken).as("broken relative links").isEmpty();
  }

  @Test
  void theReadmeStartsWithTheTwoSetUpCommands() throws IOException {
    assertThat(fenced(read(Path.of("README.md")), "sh")).first()
        .isEqualTo("./leansim compare scenarios/telecom-hall.yaml\nmvn -B verify\n");
  }

  @Test
  void noPageSendsTheReaderOutsideTheProject() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
    try (Stream<Path> docs = Files.list(DOCS)) {
      docs.filter(p -> p.toString().endsWith(".md")).forEach(pages::add);
    }
    for (Path page : pages) {
      assertThat(read(page)).as(page.toString()).doesNotContain("../shared");
    }
  }

  /** Walks a loaded YAML tree as the loader's key table names its keys; collects used and unknown keys. */
  private static void walk(Object node, String pattern, Set<String> used, Set<String> unknown) {
    if (node instanceof List<?> items) {
      for (Object item : items) {
        if (item instanceof Map) {
          walk(item, pattern + "[]", used, unknown);
        }
      }
      return;
    }
    if (!(node instanceof Map<?, ?> map)) {
      return;
    }
    boolean dist = map.containsKey("dist");
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String name = String.valueOf(e.getKey());
      String key = dist ? DIST + "." + name : child(pattern, name);
      if (!dist && !loaderAccepts(key) && loaderAccepts(child(pattern, "*"))) {
        key = child(pattern, "*");
      }
      if (!loaderAccepts(key)) {
        unknown.add(key);
        continue;
      }
      used.add(key);
      if (!dist) {
        walk(e.getValue(), key.equals("variants.*.patch") ? "" : key, used, unknown);
      }
    }
  }

  private static String child(String pattern, String name) {
    return pattern.isEmpty() ? name : pattern + "." + name;
  }

  private static String read(Path page) throws IOException {
    return Files.readString(page, StandardCharsets.UTF_8);
  }

  /** The text from a heading line starting with {@code heading} to the next heading of the same or a higher level. */
  static String section(String md, String heading) {
    int level = heading.indexOf(' ');
    List<String> lines = withoutFences(md).lines().toList();
    StringBuilder out = new StringBuilder();
    boolean in = false;
    for (String line : lines) {
      if (line.startsWith("#")) {
        int l = line.indexOf(' ');
        if (in && l > 0 && l <= level) {
          break;
        }
        if (line.startsWith(heading)) {
          in = true;
          continue;
        }
      }
      if (in) {
        out.append(line).append('\n');
      }
    }
    assertThat(in).as("a heading '%s'", heading).isTrue();
    return out.toString();
  }

  /** The {@code `names`} in the first column of a markdown table's rows (several per cell allowed). */
  static Set<String> firstColumn(String md) {
    Set<String> names = new TreeSet<>();
    for (String line : md.lines().toList()) {
      if (line.startsWith("| `")) {
        String cell = line.substring(1, line.indexOf('|', 1));
        Matcher m = Pattern.compile("`([^`]+)`").matcher(cell);
        while (m.find()) {
          names.add(m.group(1));
        }
      }
    }
    return names;
  }

  /** The bodies of the fenced code blocks of one language. */
  static List<String> fenced(String md, String language) {
    Matcher m = Pattern.compile("(?m)^```" + language + "\\n(.*?)^```", Pattern.DOTALL).matcher(md);
    List<String> blocks = new ArrayList<>();
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }

  private static String withoutCode(String md) {
    return md.replaceAll("(?ms)^```.*?^```", "").replaceAll("`[^`\\n]*`", "");
  }

  /** The anchors of a page's headings, as GitHub makes them. */
  static Set<String> anchors(String md) {
    Set<String> anchors = new TreeSet<>();
    for (String line : withoutFences(md).lines().toList()) {
      if (line.matches("^#{1,6} .*")) {
        String text = line.replaceFirst("^#+ ", "").trim().toLowerCase(Locale.ROOT);
        anchors.add(text.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
      }
    }
    return anchors;
  }

  private static String withoutFences(String md) {
    return md.replaceAll("(?ms)^```.*?^```", "");
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> d = new TreeSet<>(a);
    d.removeAll(b);
    return d;
  }
}
