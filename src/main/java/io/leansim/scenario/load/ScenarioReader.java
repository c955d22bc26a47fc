package io.leansim.scenario.load;

import io.leansim.scenario.ArrivalStream;
import io.leansim.scenario.CustomerType;
import io.leansim.scenario.DurationUnit;
import io.leansim.scenario.ResourcePool;
import io.leansim.scenario.RunSpec;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.Step;
import io.leansim.scenario.Targets;
import io.leansim.scenario.load.YNode.YMap;
import io.leansim.scenario.load.YNode.YScalar;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Validates one positioned tree (a baseline, or a baseline with a variant's patch merged in) and
 * builds the {@link Scenario}: the top-level keys here, each section by its reader ({@link
 * RunReader}, {@link CustomersReader}, {@link ResourcesReader}, {@link ArrivalsReader}, {@link
 * ProcessReader}). Reports every mistake into the sink and keeps going; builds the scenario only
 * when there is none. Then checks the steady-state offered load ({@link LoadWarnings}).
 */
final class ScenarioReader {
  static final Pattern NAME = Pattern.compile("[a-z0-9_-]+");

  private final Sink sink;
  private final Path baseDir;
  private final String defaultName;

  ScenarioReader(Sink sink, Path baseDir, String defaultName) {
    this.sink = sink;
    this.baseDir = baseDir;
    this.defaultName = defaultName;
  }

  /** The scenario (without variants), or null when this tree has errors. */
  Scenario read(YNode rootNode) {
    int errorsBefore = sink.errorCount();
    if (!(rootNode instanceof YMap root)) {
      sink.error(rootNode, "", "a scenario file is a map of keys (name:, run:, arrivals:, process: ...), got "
          + YNode.describe(rootNode));
      return null;
    }
    Fields untimed = new Fields(sink, DurationUnit.MINUTES, 0, baseDir);
    untimed.checkKeys(root, "", "");
    DurationUnit unit = DurationUnit.MINUTES;
    YNode n = root.get("time_unit");
    if (n != null) {
      DurationUnit u = untimed.choice(n, "time_unit", List.of("s", "min", "h"), DurationUnit::ofSymbol);
      unit = u == null ? DurationUnit.MINUTES : u;
    }
    long clockStart = 0;
    n = root.get("clock_start");
    if (n != null) {
      if (n instanceof YScalar s && Units.looksLikeClock(s)) {
        try {
          clockStart = Units.clockSeconds(s.value());
        } catch (Units.Bad e) {
          sink.error(n, "clock_start", e.getMessage());
        }
      } else {
        sink.error(n, "clock_start", "expected a time of day like \"09:00\", got " + YNode.describe(n));
      }
    }
    Fields in = new Fields(sink, unit, clockStart, baseDir);
    String name = defaultName;
    n = root.get("name");
    if (n != null) {
      name = in.text(n, "name");
      if (name != null && !NAME.matcher(name).matches()) {
        sink.error(n, "name", "'" + name + "' is not a valid name: use only a-z, 0-9, '-' and '_' (e.g. '"
            + ScenarioLoader.sanitize(name) + "')");
        name = null;
      }
    }
    String title = root.has("title") ? in.text(root.get("title"), "title") : name;
    String description = root.has("description") ? in.text(root.get("description"), "description") : null;
    RunReader runReader = new RunReader(in);
    RunSpec run = runReader.run(root);
    Targets targets = runReader.targets(root.get("targets"));
    if (run != null && targets != null && run.precision() != null
        && run.precision().metric().equals("service_level") && targets.waitWithin().isEmpty()) {
      YNode metric = ((YMap) ((YMap) root.get("run")).get("precision")).get("metric");
      sink.error(metric, "run.precision.metric", "service_level needs a target: add targets: {wait_within: 10min},"
          + " or choose another metric");
    }
    List<CustomerType> customers = new CustomersReader(in).customers(root.get("customers"));
    Map<String, YNode> capacityNodes = new LinkedHashMap<>();
    List<ResourcePool> resources = new ResourcesReader(in).resources(root.get("resources"), capacityNodes, customers,
        run);
    List<ArrivalStream> arrivals = new ArrivalsReader(in).arrivals(root, customers, run);
    List<Step> process = new ProcessReader(in).process(root, customers, resources);
    if (sink.errorCount() > errorsBefore || name == null || run == null || customers == null
        || arrivals == null || process == null || resources == null || targets == null) {
      return null;
    }
    Scenario scenario;
    try {
      scenario = new Scenario(name, title, description, unit, Units.clockToUnits(clockStart, unit), run,
          targets, customers, arrivals, resources, process, List.of());
    } catch (IllegalArgumentException e) {
      sink.error(root, "", "inconsistent scenario: " + e.getMessage() + "; please report this with the file");
      return null;
    }
    LoadWarnings.check(sink, scenario, capacityNodes);
    return scenario;
  }
}
