package io.leansim.scenario.load;

import io.leansim.scenario.Scenario;
import io.leansim.scenario.Variant;
import io.leansim.scenario.load.YNode.YEntry;
import io.leansim.scenario.load.YNode.YMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code variants} section: each variant's title and merge patch, resolved against the
 * baseline tree and read like a scenario of its own into a {@link Variant}. The names the patch
 * gives to pools, steps, types and streams are checked against the baseline first ({@link
 * PatchNames}): a misspelt name would otherwise add something new without a word.
 */
final class VariantsReader {
  private VariantsReader() {}

  /**
   * The variants of section {@code node}, each resolved by merging its patch into {@code
   * baselineTree} (then the command line's {@code setPatches}) and reading the result. Adds to
   * {@code all} the variants' own mistakes, and each resolved tree's mistakes that the baseline
   * does not already have (prefixed with {@code variant 'NAME': }).
   */
  static List<Variant> variants(YNode node, YNode baselineTree, List<YNode> setPatches, String label, Path baseDir,
      String defaultName, List<Diagnostic> all) {
    Sink sink = new Sink(label, "");
    List<Variant> out = new ArrayList<>();
    if (!(node instanceof YMap vm)) {
      sink.error(node, "variants", "expected a map of variants like {card-priority: {title: ..., patch: {...}}}, got "
          + YNode.describe(node));
      all.addAll(sink.diagnostics());
      return out;
    }
    Set<String> baselineFindings = new HashSet<>();
    for (Diagnostic d : all) {
      baselineFindings.add(d.format());
    }
    for (YEntry e : vm.entries()) {
      String name = e.name();
      String p = Paths.child("variants", name);
      if (name.equals(Variant.BASELINE)) {
        sink.error(e.key(), p, "'baseline' is reserved for the scenario without variants; choose another name");
        continue;
      }
      if (!ScenarioReader.NAME.matcher(name).matches()) {
        sink.error(e.key(), p, "'" + name + "' is not a valid variant name: use only a-z, 0-9, '-' and '_' (e.g. '"
            + ScenarioLoader.sanitize(name) + "')");
      }
      if (!(e.value() instanceof YMap v)) {
        sink.error(e.value(), p, "expected a map like {title: ..., patch: {...}}, got " + YNode.describe(e.value()));
        continue;
      }
      for (YEntry k : v.entries()) {
        if (!k.name().equals("title") && !k.name().equals("patch")) {
          String hint = Hints.didYouMean(k.name(), List.of("title", "patch"));
          sink.error(k.key(), Paths.child(p, k.name()), "unknown key '" + k.name() + "'"
              + (hint.isEmpty() ? "; allowed keys here: title, patch" : hint));
        }
      }
      String title = name;
      YNode t = v.get("title");
      if (t != null) {
        if (t instanceof YNode.YScalar s && !s.isNull()) {
          title = s.value();
        } else {
          sink.error(t, Paths.child(p, "title"), "expected text, got " + YNode.describe(t));
        }
      }
      YNode patch = v.get("patch");
      if (patch == null) {
        sink.error(v, Paths.child(p, "patch"), "missing required key 'patch'; add e.g. patch: "
            + KeyTable.find("variants.*.patch").orElseThrow().example());
        continue;
      }
      if (!(patch instanceof YMap pm)) {
        sink.error(patch, Paths.child(p, "patch"), "expected a map (a merge patch of the scenario), got "
            + YNode.describe(patch));
        continue;
      }
      if (pm.has("variants")) {
        sink.error(pm.entry("variants").orElseThrow().key(), Paths.child(p, "patch.variants"),
            "a patch cannot contain 'variants' (variants do not nest); remove it");
        pm = pm.without("variants");
      }
      String prefix = "variant '" + name + "': ";
      Sink vs = new Sink(label, prefix);
      YNode tree = MergePatch.apply(baselineTree, pm);
      for (YNode sp : setPatches) {
        tree = MergePatch.apply(tree, sp);
      }
      PatchNames.check(baselineTree, pm, tree, vs);
      Scenario resolved = new ScenarioReader(vs, baseDir, defaultName).read(tree);
      for (Diagnostic d : vs.diagnostics()) {
        Diagnostic plain = new Diagnostic(d.file(), d.line(), d.column(), d.path(), d.severity(),
            d.message().substring(prefix.length()));
        if (!baselineFindings.contains(plain.format())) {
          all.add(d);
        }
      }
      if (resolved != null) {
        out.add(new Variant(name, title, resolved));
      }
    }
    all.addAll(sink.diagnostics());
    return out;
  }
}
