package io.leansim.report;

import io.leansim.experiment.Selection;
import io.leansim.stats.Metric;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code selection.json} of {@code compare --select-best} (docs/results-format.md): which variant is
 * best on one figure by Kim and Nelson's fully sequential procedure, every variant's place, and the
 * plan it followed; and the same in one sentence for the report.
 */
public final class SelectionFiles {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private SelectionFiles() {}

  /** Writes {@code selection.json} into {@code dir}. */
  public static void write(Study.Selected s, Path dir) throws IOException {
    Files.writeString(dir.resolve("selection.json"),
        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json(s)) + "\n", StandardCharsets.UTF_8);
  }

  /** The selection as a JSON tree. */
  static ObjectNode json(Study.Selected s) {
    Selection.Outcome o = s.outcome();
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("format", SummaryFiles.FORMAT);
    root.put("figure", s.figure().key());
    root.put("better", s.figure().lowerIsBetter() ? "lower" : "higher");
    root.put("basis", "the figure of each replication (a day's value), paired by replication");
    root.put("time_unit", s.timeUnit());
    root.put("procedure", "KN (Kim and Nelson 2001), fully sequential, replications paired by index (common random"
        + " numbers where the comparison has them)");
    root.put("probability_of_correct_selection", 1 - Selection.ALPHA);
    root.put("delta", o.plan().delta());
    root.put("delta_default", s.defaultDelta());
    root.put("first_stage", o.plan().firstStage());
    root.put("cap", o.plan().cap());
    root.put("replications", o.replications());
    root.put("added_replications", s.added());
    root.put("stop", o.stop().name().toLowerCase(Locale.ROOT));
    if (o.best() != null && o.stop() == Selection.Stop.SELECTED) {
      root.put("best", o.best());
    } else {
      root.putNull("best");
    }
    o.survivors().forEach(root.putArray("survivors")::add);
    ArrayNode ranking = root.putArray("ranking");
    for (Selection.Ranked r : o.ranking()) {
      ObjectNode node = ranking.addObject();
      node.put("variant", r.system());
      SummaryFiles.put(node, "mean", r.mean());
      node.put("replications", r.replications());
      if (r.eliminatedBy() == null) {
        node.putNull("eliminated_by");
      } else {
        node.put("eliminated_by", r.eliminatedBy());
      }
    }
    return root;
  }

  /** The answer in one sentence for the report: which variant is best, with what confidence, after what. */
  static String statement(Study.Selected s) {
    Selection.Outcome o = s.outcome();
    Metric f = s.figure();
    String zone = zone(s, o.plan().delta());
    String which = "Which variant is best on “" + f.label() + "” (" + (f.lowerIsBetter() ? "lower" : "higher")
        + " is better): ";
    return which + switch (o.stop()) {
      case SELECTED -> o.best() + ", with a probability of correct selection of at least 95% within " + zone
          + " (Kim–Nelson procedure, " + o.replications() + " replications).";
      case TIED -> String.join(", ", o.survivors()) + " gave the same value in every replication: no difference to"
          + " tell.";
      case CAP -> String.join(", ", o.survivors()) + " cannot be told apart within " + zone + " after "
          + o.replications() + " replications.";
      case NOTHING_TO_SELECT -> "only one run, nothing to select.";
    } + " The verdicts below are in its order, best first.";
  }

  private static String zone(Study.Selected s, double delta) {
    return switch (s.figure().unit()) {
      case SHARE -> String.format(Locale.ROOT, "%.2g percentage points", 100 * delta);
      case DURATION -> String.format(Locale.ROOT, "%.2g %s", delta, s.timeUnit());
      default -> String.format(Locale.ROOT, "%.2g", delta);
    };
  }
}
