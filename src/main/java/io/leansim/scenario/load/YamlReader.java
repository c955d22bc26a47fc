package io.leansim.scenario.load;

import io.leansim.scenario.load.YNode.Kind;
import io.leansim.scenario.load.YNode.YEntry;
import io.leansim.scenario.load.YNode.YMap;
import io.leansim.scenario.load.YNode.YScalar;
import io.leansim.scenario.load.YNode.YSeq;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * YAML text to the positioned tree, under the YAML 1.2 Core schema (so {@code .5} is a number and
 * {@code 9:30} a string). Reports syntax errors and duplicate keys (SnakeYAML's low-level composer
 * does not) into the sink; keeps the first of duplicate keys.
 */
final class YamlReader {
  private YamlReader() {}

  /** The document's root node, or empty when the text is empty or has a syntax error (reported). */
  static Optional<YNode> read(String label, String text, Sink sink) {
    LoadSettings settings =
        LoadSettings.builder().setLabel(label).setSchema(new CoreSchema()).build();
    Optional<Node> root;
    try {
      root = new Compose(settings).composeString(text);
    } catch (MarkedYamlEngineException e) {
      Mark m = e.getProblemMark().or(e::getContextMark).orElse(null);
      int line = m == null ? 1 : m.getLine() + 1;
      int col = m == null ? 1 : m.getColumn() + 1;
      String problem = e.getProblem() == null ? "malformed YAML"
          : e.getProblem().trim().replaceAll("but got (\\S+)$", "but got '$1'");
      String context = e.getContext() == null ? "" : " " + e.getContext().trim();
      String opened = e.getContextMark()
          .filter(c -> e.getProblemMark().isPresent() && c.getLine() + 1 != line)
          .map(c -> " (started at line " + (c.getLine() + 1) + ", column " + (c.getColumn() + 1) + ")")
          .orElse("");
      sink.error(line, col, "(yaml)", "YAML syntax error" + context + opened + ": " + problem
          + "; check the indentation, the brackets and the quoting of values that contain ': ' or ' #'");
      return Optional.empty();
    } catch (YamlEngineException e) {
      sink.error(1, 1, "(yaml)", "YAML syntax error: " + e.getMessage()
          + "; check the indentation and quoting");
      return Optional.empty();
    }
    return root.map(n -> convert(n, "", sink));
  }

  private static YNode convert(Node node, String path, Sink sink) {
    int line = node.getStartMark().map(m -> m.getLine() + 1).orElse(1);
    int col = node.getStartMark().map(m -> m.getColumn() + 1).orElse(1);
    if (node instanceof ScalarNode s) {
      return new YScalar(s.getValue(), kindOf(s.getTag()), line, col);
    }
    if (node instanceof SequenceNode q) {
      List<YNode> items = new ArrayList<>();
      for (int i = 0; i < q.getValue().size(); i++) {
        items.add(convert(q.getValue().get(i), path + "[" + i + "]", sink));
      }
      return new YSeq(items, line, col);
    }
    MappingNode m = (MappingNode) node;
    List<YEntry> entries = new ArrayList<>();
    Map<String, YScalar> seen = new HashMap<>();
    for (NodeTuple t : m.getValue()) {
      YNode k = convert(t.getKeyNode(), path, sink);
      if (!(k instanceof YScalar key) || key.isNull()) {
        sink.error(k.line(), k.col(), path.isEmpty() ? "(root)" : path,
            "a key must be a plain word, got " + YNode.describe(k) + "; write 'name: value'");
        continue;
      }
      String childPath = Paths.child(path, key.value());
      YScalar first = seen.get(key.value());
      if (first != null) {
        sink.error(key.line(), key.col(), childPath, "duplicate key '" + key.value()
            + "' (first at line " + first.line() + ", column " + first.col()
            + "); keep only one of them");
        continue;
      }
      seen.put(key.value(), key);
      entries.add(new YEntry(key, convert(t.getValueNode(), childPath, sink)));
    }
    return new YMap(entries, line, col);
  }

  private static Kind kindOf(Tag tag) {
    if (Tag.INT.equals(tag)) {
      return Kind.INT;
    }
    if (Tag.FLOAT.equals(tag)) {
      return Kind.FLOAT;
    }
    if (Tag.BOOL.equals(tag)) {
      return Kind.BOOL;
    }
    if (Tag.NULL.equals(tag)) {
      return Kind.NULL;
    }
    return Kind.STR;
  }
}
