package io.leansim.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansim.scenario.load.YNode.YMap;
import io.leansim.scenario.load.YNode.YScalar;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MergePatchTest {
  private static YNode yaml(String text) {
    return YamlReader.read("t.yaml", text, new Sink("t.yaml", "")).orElseThrow();
  }

  private static Map<String, Object> m(Object... kv) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      out.put((String) kv[i], kv[i + 1]);
    }
    return out;
  }

  @Test
  void mapsMergeKeyByKey() {
    YMap merged = (YMap) MergePatch.apply(yaml("a: {x: 1, y: 2}\nb: 3\n"), yaml("a: {y: 5, z: 6}\n"));
    YMap a = (YMap) merged.get("a");
    assertThat(a.entries()).extracting(YNode.YEntry::name).containsExactly("x", "y", "z");
    assertThat(((YScalar) a.get("y")).value()).isEqualTo("5");
    assertThat(((YScalar) merged.get("b")).value()).isEqualTo("3");
  }

  @Test
  void listsAndScalarsReplace() {
    YMap merged = (YMap) MergePatch.apply(yaml("l: [1, 2, 3]\ns: a\n"), yaml("l: [9]\ns: {k: v}\n"));
    assertThat(((YNode.YSeq) merged.get("l")).items()).hasSize(1);
    assertThat(merged.get("s")).isInstanceOf(YMap.class);
  }

  @Test
  void nullRemovesAKeyAndNullsInsideNewMapsVanish() {
    YMap merged = (YMap) MergePatch.apply(yaml("a: 1\nb: 2\n"), yaml("a: null\nc: {d: null, e: 1}\n"));
    assertThat(merged.entries()).extracting(YNode.YEntry::name).containsExactly("b", "c");
    assertThat(((YMap) merged.get("c")).entries()).extracting(YNode.YEntry::name).containsExactly("e");
  }

  @Test
  void nodesKeepThePositionTheyCameFrom() {
    YMap merged = (YMap) MergePatch.apply(yaml("a:\n  x: 1\n  y: 2\n"), yaml("\n\na: {y: 7}\n"));
    YMap a = (YMap) merged.get("a");
    assertThat(a.get("x").line()).isEqualTo(2);
    assertThat(a.get("y").line()).isEqualTo(3);
    assertThat(a.get("y").col()).isEqualTo(8);
  }

  @Test
  void applyingTheDiffGivesTheTarget() {
    Map<String, Object> from = m("a", m("x", 1.0, "y", List.of(1, 2)), "b", "keep", "c", 3L);
    Map<String, Object> to = m("a", m("x", 2.0, "y", List.of(1, 2), "z", true), "b", "keep", "d", "new");
    Map<String, Object> patch = MergePatch.diff(from, to);
    List<String> nullKeys = new ArrayList<>();
    patch.forEach((k, v) -> {
      if (v == null) {
        nullKeys.add(k);
      }
    });
    assertThat(nullKeys).containsExactly("c");
    assertThat(patch).doesNotContainKey("b");
    assertThat(MergePatch.apply(from, patch)).isEqualTo(to);
    assertThat(MergePatch.diff(to, to)).isEmpty();
  }

  @Test
  void aBrokenVariantIsReportedWithItsNameAtThePatchPosition() {
    String text = "run: {horizon: 8h}\narrivals: {w: {rate: 1}}\nresources: {c: {capacity: 2}}\n"
        + "process: {serve: {resource: c, time: 1}}\n"
        + "variants:\n  more:\n    patch:\n      process: {serve: {resource: d}}\n";
    LoadResult r = ScenarioLoader.parse("v.yaml", text, Path.of("."));
    assertThat(r.formatted()).containsExactly(
        "v.yaml:8:35: process.serve.resource: variant 'more': unknown resource 'd'; known resources: c");
    assertThat(r.scenario()).isNull();
  }

  @Test
  void variantsResolveInFileOrderWithoutVariantsOfTheirOwn() {
    String text = "run: {horizon: 8h}\narrivals: {w: {rate: 1}}\nprocess: {serve: {time: 1}}\n"
        + "variants:\n  z-slow: {title: Slow, patch: {process: {serve: {time: 2}}}}\n"
        + "  a-fast: {patch: {process: {serve: {time: 0.5}}}}\n";
    LoadResult r = ScenarioLoader.parse("v.yaml", text, Path.of("."));
    assertThat(r.formatted()).isEmpty();
    assertThat(r.scenario().variants()).extracting(v -> v.name()).containsExactly("z-slow", "a-fast");
    assertThat(r.scenario().variants().get(1).title()).isEqualTo("a-fast");
    assertThat(r.scenario().variant("a-fast").orElseThrow().scenario().process().get(0).time().fallback().mean())
        .isEqualTo(0.5);
  }
}
