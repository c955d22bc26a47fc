package io.leansim.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.scenario.load.YNode.YEntry;
import io.leansim.scenario.load.YNode.YMap;
import io.leansim.scenario.load.YNode.YSeq;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The key table covers every key the agreed format names (its copy: src/test/resources/spec). */
class KeyTableTest {
  static final Path SPEC = Path.of("src/test/resources/spec/scenario-format.md");

  /** The spec's yaml blocks, with commented-out {@code key: {...}} lines uncommented. */
  static List<String> yamlBlocks() throws IOException {
    String md = Files.readString(SPEC, StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(md);
    List<String> blocks = new ArrayList<>();
    while (m.find()) {
      blocks.add(m.group(1).replaceAll("(?m)^(\\s*)# (\\w+: \\{.*\\})\\s*$", "$1$2"));
    }
    return blocks;
  }

  /** The contract lives in ../shared/spec; where it is checked out beside us, our copy must equal it. */
  @Test
  void specCopyMatchesTheSharedContract() throws IOException {
    Path shared = Path.of("../shared/spec/scenario-format.md");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(shared), "no ../shared checkout beside the project");
    assertThat(Files.readString(SPEC, StandardCharsets.UTF_8))
        .as("src/test/resources/spec/scenario-format.md is a copy of %s: update it", shared)
        .isEqualTo(Files.readString(shared, StandardCharsets.UTF_8));
  }

  @Test
  void everyKeyOfTheSpecIsInTheTable() throws IOException {
    Set<String> missing = new TreeSet<>();
    Set<String> seen = new TreeSet<>();
    List<String> blocks = yamlBlocks();
    assertThat(blocks).hasSizeGreaterThanOrEqualTo(6);
    for (String block : blocks) {
      Sink sink = new Sink("spec", "");
      walk(YamlReader.read("spec", block, sink).orElseThrow(), "", missing, seen);
      assertThat(sink.diagnostics()).isEmpty();
    }
    assertThat(missing).isEmpty();
    assertThat(seen).contains("run.precision.relative", "process.*.rework.to", "resources.*.outages.every",
        "(dist).mean", "variants.*.patch", "arrivals.*.schedule[].from", "process.*.time.*");
  }

  private static void walk(YNode n, String pattern, Set<String> missing, Set<String> seen) {
    if (n instanceof YSeq s) {
      for (YNode item : s.items()) {
        if (item instanceof YMap) {
          walk(item, pattern + "[]", missing, seen);
        }
      }
      return;
    }
    if (!(n instanceof YMap m)) {
      return;
    }
    boolean dist = DistReader.isMapForm(m);
    for (YEntry e : m.entries()) {
      String p;
      if (dist) {
        p = KeyTable.DIST + "." + e.name();
      } else if (KeyTable.find(Paths.child(pattern, e.name())).isPresent()) {
        p = Paths.child(pattern, e.name());
      } else if (KeyTable.find(Paths.child(pattern, "*")).isPresent()) {
        p = Paths.child(pattern, "*");
      } else {
        missing.add(Paths.child(pattern, e.name()));
        continue;
      }
      if (KeyTable.find(p).isEmpty()) {
        missing.add(p);
        continue;
      }
      seen.add(p);
      if (p.equals("variants.*.patch")) {
        walk(e.value(), "", missing, seen);
      } else if (!dist) {
        walk(e.value(), p, missing, seen);
      }
    }
  }

  @Test
  void everyDistributionParameterIsInTheTable() {
    DistReader.PARAMS.values().forEach(ps -> ps.forEach(p ->
        assertThat(KeyTable.find(KeyTable.DIST + "." + p)).as(p).isPresent()));
  }

  @Test
  void tableEntriesAreUniqueAndDocumented() {
    assertThat(KeyTable.KEYS.stream().map(KeyTable.Key::path).distinct().count()).isEqualTo(KeyTable.KEYS.size());
    assertThat(KeyTable.KEYS).allSatisfy(k -> {
      assertThat(k.doc()).isNotBlank();
      assertThat(k.example()).isNotBlank();
      assertThat(k.range()).isNotBlank();
    });
  }

  @Test
  void noKeyOfTheTableIsUnsupported() {
    assertThat(KeyTable.KEYS).filteredOn(k -> !k.supported()).extracting(KeyTable.Key::path).isEmpty();
  }

  @Test
  void newKeysAreSuggested() {
    assertThat(Hints.closest("patiense", KeyTable.children("customers.*").stream().map(KeyTable.Key::name).toList()))
        .hasValue("patience");
    assertThat(Hints.closest("queue_limt", KeyTable.children("process.*").stream().map(KeyTable.Key::name).toList()))
        .hasValue("queue_limit");
  }
}
