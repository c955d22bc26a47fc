package io.leansim.report;

import io.leansim.scenario.DurationUnit;
import io.leansim.stats.Replay;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * {@code animation.html}: a self-contained page (no network) that replays one simulated day of the
 * baseline and a variant side by side with one clock: the hall laid out from the process, customers
 * as dots coloured by type, servers busy, idle, off shift or out of service, live counters, and a
 * click on a customer to follow the same person (common random numbers) through both worlds.
 *
 * <p>The replays go into the page as JSON: per customer {@code [id, type, arrived, left|null, exit,
 * [segments: kind, step, from, to|null, pool, place, redo]..., waiting, value_added, necessary,
 * over_processing, motion, defects]} with exit 0 completed, 1 abandoned, 2 balked, 3 inside and
 * kind 0 walk, 1 queue, 2 service, 3 delay; times in scenario units, rounded to 1e-4.
 */
public final class AnimationPage {
  /** Times are written to this many decimals of the time unit (under a tenth of a second in minutes). */
  static final int DECIMALS = 4;

  private static final JsonFactory JSON = JsonFactory.builder().build();

  /** Colours of the customer types, in type order (the page's script reads them from the data). */
  private static final List<String> PALETTE = List.of("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
      "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f");

  private AnimationPage() {}

  /** The file name of the animation of {@code variant} beside the baseline: {@code animation-<variant>.html}. */
  public static String fileName(String variant) {
    return "animation-" + variant + ".html";
  }

  /**
   * Writes the page for {@code replays} (the baseline first, then at most one variant) under
   * {@code titles} into {@code file}: written aside, then moved into place.
   */
  public static void write(String heading, List<Replay> replays, List<String> titles, Path file) throws IOException {
    Path tmp = file.toAbsolutePath().resolveSibling("." + file.getFileName() + ".partial");
    try {
      Files.writeString(tmp, html(heading, replays, titles), StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** The page as a string. */
  static String html(String heading, List<Replay> replays, List<String> titles) {
    if (replays.isEmpty() || replays.size() > 2 || replays.size() != titles.size()) {
      throw new IllegalArgumentException("one or two replays, each with a title");
    }
    StringBuilder b = new StringBuilder(1 << 16);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(Svg.escape(heading)).append(" · animation</title>\n<style>\n")
        .append(resource("animation.css")).append("</style>\n</head>\n<body>\n<header>\n<h1>")
        .append(Svg.escape(heading)).append("</h1>\n<p class=\"sub\">One simulated day, replication ")
        .append(replays.get(0).replication() + 1).append(replays.size() == 2
            ? ". The same customers arrive in both panels at the same times with the same needs (common random numbers): "
                + "only the way the hall works differs."
            : ".").append("</p>\n")
        .append("<div class=\"controls\">\n<button id=\"prev\" title=\"Previous event (←)\">◀ event</button>\n")
        .append("<button id=\"play\" title=\"Play or pause (Space)\" aria-pressed=\"false\">▶ Play</button>\n")
        .append("<button id=\"next\" title=\"Next event (→)\">event ▶</button>\n")
        .append("<label>speed <select id=\"speed\" title=\"Speed (+ and -)\"></select></label>\n")
        .append("<input id=\"scrub\" type=\"range\" min=\"0\" value=\"0\" aria-label=\"time of day\">\n")
        .append("<output id=\"clock\" data-time=\"0\">--:--</output>\n</div>\n")
        .append("<p class=\"keys\">Space play/pause · ← → previous/next event · + − speed · Home/End · click a customer to "
            + "follow it, Esc to let go</p>\n");
    legend(b, replays.get(0));
    b.append("</header>\n<main class=\"panels n").append(replays.size()).append("\">\n");
    for (int i = 0; i < replays.size(); i++) {
      b.append("<section class=\"panel\" data-variant=\"").append(Svg.escape(replays.get(i).variant())).append("\">\n<h2>")
          .append(Svg.escape(titles.get(i))).append("</h2>\n<canvas></canvas>\n<table class=\"counters\"><tr>")
          .append(counter("inQueue", "in queue")).append(counter("served", "served"))
          .append(counter("abandoned", "abandoned")).append(counter("meanWait", "mean wait so far"))
          .append("</tr><tr>").append(counter("waiting", "waste: waiting")).append(counter("motion", "walking"))
          .append(counter("defects", "rework")).append(counter("overprocessing", "over-processing"))
          .append("</tr></table>\n<div class=\"person\"></div>\n</section>\n");
    }
    b.append("</main>\n<script type=\"application/json\" id=\"replay-data\">")
        .append(data(replays, titles).replace("</", "<\\/")).append("</script>\n<script>\n")
        .append(resource("animation.js")).append("</script>\n</body>\n</html>\n");
    return b.toString();
  }

  private static String counter(String name, String label) {
    return "<td><span class=\"label\">" + label + "</span><span class=\"value\" data-counter=\"" + name
        + "\" data-value=\"0\">0</span></td>";
  }

  private static void legend(StringBuilder b, Replay r) {
    b.append("<ul class=\"legend\">");
    for (int t = 0; t < r.types().size(); t++) {
      b.append("<li><span class=\"dot\" style=\"background:").append(PALETTE.get(t % PALETTE.size())).append("\"></span>")
          .append(Svg.escape(r.types().get(t).replace('_', ' '))).append("</li>");
    }
    b.append("<li><span class=\"dot redo\"></span>rework</li><li><span class=\"dot gone\"></span>gave up</li>")
        .append("<li><span class=\"box idle\"></span>idle</li><li><span class=\"box busy\"></span>busy</li>")
        .append("<li><span class=\"box off\"></span>off shift</li><li><span class=\"box down\"></span>out of service</li>")
        .append("</ul>\n");
  }

  /** The replays as the JSON the page's script reads. */
  static String data(List<Replay> replays, List<String> titles) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      Replay first = replays.get(0);
      g.writeStartObject();
      g.writeStringProperty("scenario", first.scenario());
      g.writeStringProperty("unit", first.timeUnit());
      g.writeNumberProperty("minutesPerUnit", DurationUnit.ofSymbol(first.timeUnit()).minutes());
      g.writeNumberProperty("clockStart", first.clockStart());
      g.writeNumberProperty("end", round(replays.stream().mapToDouble(Replay::end).max().orElse(0)));
      g.writeArrayPropertyStart("palette");
      for (String c : PALETTE) {
        g.writeString(c);
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("types");
      for (String t : first.types()) {
        g.writeString(t);
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("panels");
      for (int i = 0; i < replays.size(); i++) {
        panel(g, replays.get(i), titles.get(i));
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return out.toString();
  }

  private static void panel(JsonGenerator g, Replay r, String title) {
    g.writeStartObject();
    g.writeStringProperty("variant", r.variant());
    g.writeStringProperty("title", title);
    g.writeArrayPropertyStart("steps");
    for (Replay.StepInfo s : r.steps()) {
      g.writeStartObject();
      g.writeStringProperty("name", s.name());
      g.writeStringProperty("value", s.value());
      g.writeArrayPropertyStart("pools");
      for (int p : s.pools()) {
        g.writeNumber(p);
      }
      g.writeEndArray();
      g.writeEndObject();
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

  private static String resource(String name) {
    try (InputStream in = AnimationPage.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
