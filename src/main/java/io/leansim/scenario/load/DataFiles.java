package io.leansim.scenario.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The data files a scenario file refers to: every {@code trace} (arrivals replayed) and every
 * {@code file} (an empirical distribution's observations), in the baseline and in the variants'
 * patches, resolved against the scenario's folder as the loader resolves them. What a command
 * reads besides the scenario, so that it never writes over it.
 */
public final class DataFiles {
  private static final Set<String> KEYS = Set.of("trace", "file");

  private DataFiles() {}

  /** The data files {@code scenarioFile} names, each once, in file order; none when it cannot be read. */
  public static List<Path> of(Path scenarioFile) {
    String text;
    try {
      text = Files.readString(scenarioFile, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
    String label = scenarioFile.toString();
    Path dir = scenarioFile.toAbsolutePath().getParent();
    Set<Path> found = new LinkedHashSet<>();
    YamlReader.read(label, text, new Sink(label, "")).ifPresent(root -> collect(root, dir, found));
    return new ArrayList<>(found);
  }

  private static void collect(YNode node, Path dir, Set<Path> found) {
    if (node instanceof YNode.YMap m) {
      for (YNode.YEntry e : m.entries()) {
        if (KEYS.contains(e.name()) && e.value() instanceof YNode.YScalar s && !s.value().isBlank()) {
          try {
            found.add(dir.resolve(s.value()).normalize());
          } catch (RuntimeException notAPath) {
            // the loader reports it
          }
        } else {
          collect(e.value(), dir, found);
        }
      }
    } else if (node instanceof YNode.YSeq q) {
      q.items().forEach(item -> collect(item, dir, found));
    }
  }
}
