package io.leansim.report;

import io.leansim.scenario.DurationUnit;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.Step;
import io.leansim.stats.Replay;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * {@code animation.html}: a self-contained page (no network) that replays one simulated day of the
 * baseline and a variant side by side with one clock: the hall laid out in the order customers
 * visit the steps ({@link FlowOrder}: columns shared by both panels, parallel lanes, loops back),
 * lines drawn in calling order, customers as markers with a colour and a shape per type, servers
 * idle, busy, off shift or out of service, live counters and charts, presenter controls, and a
 * click (or a key) on a customer to follow the same person (common random numbers) through both
 * worlds.
 *
 * <p>The replays go into the page as JSON: the palette, shapes and colours; the grid ({@code
 * columns}, {@code lanes} per column); per panel its steps (name, value, pools, column, lane, the
 * discipline's {@code order} words, {@code preempts}, {@code maxWait}, the calling {@code ranks} per
 * type), its {@code edges} ({@code [from, to, rework, loop]}, -1 the entrance or the exit), pools,
 * pool changes and customers {@code [id, type, arrived, left|null, exit, [segments: kind, step,
 * from, to|null, pool, place, redo]..., waiting, value_added, necessary, over_processing, motion,
 * defects]} with exit 0 completed, 1 abandoned, 2 balked, 3 inside and kind 0 walk, 1 queue, 2
 * service, 3 delay; times in scenario units, rounded to 1e-4. The page is the template {@code
 * src/main/jte/animation.jte} with {@code animation.css} and {@code animation.js}.
 */
public final class AnimationPage {
  /** Times are written to this many decimals of the time unit (under a tenth of a second in minutes). */
  static final int DECIMALS = 4;

  private static final JsonFactory JSON = JsonFactory.builder().build();

  /**
   * Colours of the customer types, in type order: the Okabe-Ito palette without its black, told
   * apart under every common colour-vision deficiency, and each type also has a shape of its own
   * (the page's script reads both from the data). Every marker has an {@link Colours#outline}.
   */
  static final List<String> PALETTE = List.of("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00",
      "#CC79A7");

  /** The shapes of the customer types, in type order (cycling after the last). */
  static final List<String> SHAPES = List.of("circle", "square", "triangle", "diamond", "down", "pentagon", "hexagon",
      "star");

  /**
   * The colours of everything drawn in the hall besides the type colours: the zones' backgrounds,
   * the outline of every marker, the server places by state, the "gave up" marker and the rework
   * ring. The page and {@code AnimationPageTest} read them here, so the contrast a test computes is
   * the contrast drawn.
   */
  record Colours(String zone, String zoneAlt, String outline, String ink, String idle, String busy, String off,
      String down, String gaveUp, String rework) {}

  /** The colours drawn, each mark at least 3:1 against both zone backgrounds. */
  static final Colours COLOURS = new Colours("#ffffff", "#f2f4f7", "#1d2733", "#1d2733", "#3d6b4f", "#1d2733",
      "#6b6b6b", "#000000", "#000000", "#000000");

  private AnimationPage() {}

  /** The file name of the animation of {@code variant} beside the baseline: {@code animation-<variant>.html}. */
  public static String fileName(String variant) {
    return "animation-" + variant + ".html";
  }

  /**
   * Whether {@code file} is an animation page LeanSim wrote (its {@code generator} tag, or the title
   * of pages from before the tag), which {@code animate} may replace.
   */
  public static boolean isPage(Path file) {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    byte[] head = new byte[2048];
    int n;
    try (var in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      return false;
    }
    String text = new String(head, 0, n, StandardCharsets.UTF_8);
    return text.contains("<meta name=\"generator\" content=\"LeanSim animation\">")
        || text.contains(" · animation</title>");
  }

  /**
   * Writes the page for {@code replays} (the baseline first, then at most one variant) of {@code
   * scenarios} (the same order: their routes lay out the hall) under {@code titles} into {@code
   * file}: written aside, then moved into place. Returns the page (a report carries it inside).
   */
  public static String write(String heading, List<Replay> replays, List<Scenario> scenarios, List<String> titles,
      Path file) throws IOException {
    Path tmp = file.toAbsolutePath().resolveSibling("." + file.getFileName() + ".partial");
    try {
      String page = html(heading, replays, scenarios, titles);
      Files.writeString(tmp, page, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return page;
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * What the page shows: the heading, the replication (from 1), the legend's customer types with their
   * colours, the panels (variant and title), the replays as JSON, the style sheet and the script.
   */
  record Page(String css, String heading, int replication, List<Swatch> legend, List<Panel> panels, String data,
      String script) {}

  /** A customer type of the legend: its index (the script draws its marker) and its name. */
  record Swatch(int index, String type) {}

  /** A side of the animation: the variant and its title. */
  record Panel(String variant, String title) {}

  /** The page as a string. */
  static String html(String heading, List<Replay> replays, List<Scenario> scenarios, List<String> titles) {
    if (replays.isEmpty() || replays.size() > 2 || replays.size() != titles.size()
        || replays.size() != scenarios.size()) {
      throw new IllegalArgumentException("one or two replays, each with its scenario and a title");
    }
    Replay first = replays.get(0);
    List<Swatch> legend = new ArrayList<>();
    for (int t = 0; t < first.types().size(); t++) {
      legend.add(new Swatch(t, first.types().get(t).replace('_', ' ')));
    }
    List<Panel> panels = new ArrayList<>();
    for (int i = 0; i < replays.size(); i++) {
      panels.add(new Panel(replays.get(i).variant(), titles.get(i)));
    }
    return Pages.render("animation.jte", new Page(Pages.resource("animation.css"), heading, first.replication() + 1,
        legend, panels, data(replays, scenarios, titles).replace("</", "<\\/"), Pages.resource("animation.js")));
  }

  /** The replays as the JSON the page's script reads. */
  static String data(List<Replay> replays, List<Scenario> scenarios, List<String> titles) {
    FlowOrder order = FlowOrder.of(scenarios);
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      Replay first = replays.get(0);
      g.writeStartObject();
      g.writeStringProperty("scenario", first.scenario());
      g.writeStringProperty("unit", first.timeUnit());
      g.writeNumberProperty("minutesPerUnit", DurationUnit.ofSymbol(first.timeUnit()).minutes());
      g.writeNumberProperty("clockStart", first.clockStart());
      g.writeNumberProperty("end", round(replays.stream().mapToDouble(Replay::end).max().orElse(0)));
      strings(g, "palette", PALETTE);
      strings(g, "shapes", SHAPES);
      g.writeObjectPropertyStart("colours");
      Colours c = COLOURS;
      String[][] named = {{"zone", c.zone()}, {"zoneAlt", c.zoneAlt()}, {"outline", c.outline()}, {"ink", c.ink()},
          {"idle", c.idle()}, {"busy", c.busy()}, {"off", c.off()}, {"down", c.down()}, {"gaveUp", c.gaveUp()},
          {"rework", c.rework()}};
      for (String[] n : named) {
        g.writeStringProperty(n[0], n[1]);
      }
      g.writeEndObject();
      g.writeNumberProperty("columns", order.columns());
      g.writeArrayPropertyStart("lanes");
      for (int n : order.lanes()) {
        g.writeNumber(n);
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("types");
      for (String t : first.types()) {
        g.writeString(t);
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("panels");
      for (int i = 0; i < replays.size(); i++) {
        panel(g, replays.get(i), scenarios.get(i), order, titles.get(i));
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return out.toString();
  }

  private static void strings(JsonGenerator g, String name, List<String> values) {
    g.writeArrayPropertyStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void panel(JsonGenerator g, Replay r, Scenario scenario, FlowOrder order, String title) {
    g.writeStartObject();
    g.writeStringProperty("variant", r.variant());
    g.writeStringProperty("title", title);
    g.writeArrayPropertyStart("steps");
    for (int i = 0; i < r.steps().size(); i++) {
      Replay.StepInfo s = r.steps().get(i);
      Step step = scenario.process().get(i);
      if (!step.name().equals(s.name())) {
        throw new IllegalArgumentException("the replay of " + r.variant() + " is not of this scenario");
      }
      FlowOrder.Place place = order.places().get(s.name());
      g.writeStartObject();
      g.writeStringProperty("name", s.name());
      g.writeStringProperty("value", s.value());
      g.writeNumberProperty("column", place.column());
      g.writeNumberProperty("lane", place.lane());
      // the calling order of the line: ranks per type (0 called first), overdue after max_wait first
      g.writeStringProperty("order", step.discipline().words());
      g.writeBooleanProperty("preempts", step.discipline().preempts());
      if (step.maxWait().isPresent()) {
        g.writeNumberProperty("maxWait", step.maxWait().getAsDouble());
      }
      g.writeArrayPropertyStart("ranks");
      for (int rank : ranks(step, scenario)) {
        g.writeNumber(rank);
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("pools");
      for (int p : s.pools()) {
        g.writeNumber(p);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("edges");
    for (FlowOrder.Edge e : order.edges(scenario)) {
      g.writeStartArray();
      g.writeNumber(e.from());
      g.writeNumber(e.to());
      g.writeNumber(e.rework() ? 1 : 0);
      g.writeNumber(e.loop() ? 1 : 0);
      g.writeEndArray();
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("pools");
    for (Replay.PoolInfo p : r.pools()) {
      g.writeStartObject();
      g.writeStringProperty("name", p.name());
      g.writeNumberProperty("slots", p.slots());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("poolChanges");
    for (Replay.PoolChange c : r.poolChanges()) {
      g.writeStartArray();
      g.writeNumber(c.pool());
      g.writeNumber(round(c.time()));
      g.writeNumber(c.onDuty());
      g.writeNumber(c.down() ? 1 : 0);
      g.writeEndArray();
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("customers");
    for (Replay.Person p : r.customers()) {
      g.writeStartArray();
      g.writeNumber(p.id());
      g.writeNumber(p.type());
      g.writeNumber(round(p.arrived()));
      time(g, p.left());
      g.writeNumber(p.exit().ordinal());
      g.writeStartArray();
      for (Replay.Segment s : p.segments()) {
        g.writeNumber(s.kind().ordinal());
        g.writeNumber(s.step());
        g.writeNumber(round(s.from()));
        time(g, s.to());
        g.writeNumber(s.pool());
        g.writeNumber(s.slot());
        g.writeNumber(s.redo() ? 1 : 0);
      }
      g.writeEndArray();
      for (double x : new double[] {p.waiting(), p.valueAdded(), p.necessary(), p.overprocessing(), p.motion(), p.defects()}) {
        g.writeNumber(round(x));
      }
      g.writeEndArray();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * The calling rank of each customer type in the line of {@code step}, as the run-time line has
   * them: the distinct calling classes of its discipline in increasing order, 0 called first.
   */
  static int[] ranks(Step step, Scenario scenario) {
    java.util.TreeSet<Integer> distinct = new java.util.TreeSet<>();
    scenario.customers().forEach(t -> distinct.add(step.discipline().callingClass(t)));
    return scenario.customers().stream()
        .mapToInt(t -> distinct.headSet(step.discipline().callingClass(t)).size()).toArray();
  }

  private static void time(JsonGenerator g, double t) {
    if (Double.isFinite(t)) {
      g.writeNumber(round(t));
    } else {
      g.writeNull();
    }
  }

  /** {@code x} to {@link #DECIMALS} decimals. */
  static double round(double x) {
    double scale = Math.pow(10, DECIMALS);
    return Math.round(x * scale) / scale;
  }
}
