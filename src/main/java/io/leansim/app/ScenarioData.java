package io.leansim.app;

import io.leansim.scenario.ArrivalPattern;
import io.leansim.scenario.ArrivalStream;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.Variant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The data files a loaded scenario still refers to: its traces ({@code arrivals.*.trace}, read
 * again by whoever loads the scenario's YAML: a Spark executor, {@code report}, {@code merge}).
 * Empirical distributions need nothing: they are written with their values. Loaded scenarios refer
 * to their traces by absolute path ({@link #anchored}), so that the YAML written for a Spark task
 * loads from any working folder; a results folder holds copies of them under {@code data/}
 * ({@link #copyInto}), so that it is complete on its own: it can be reported, merged or re-run from
 * anywhere, after the original file moved, and on another machine.
 */
final class ScenarioData {
  /** The folder of a results folder that holds the copies of its data files. */
  static final String DATA = "data";

  private ScenarioData() {}

  /** {@code s} (read from a file in {@code dir}) with every trace by its absolute path. */
  static Scenario anchored(Scenario s, Path dir) {
    Path base = dir.toAbsolutePath().normalize();
    return withTraces(s, file -> base.resolve(file).normalize().toString());
  }

  /**
   * Copies every trace of {@code s} (by absolute path, see {@link #anchored}) into {@code
   * dir}{@code /data/}, and returns {@code s} referring to the copies, relative to {@code dir}: each
   * file keeps its name, numbered when two traces share one ({@code arrivals-2.csv}).
   */
  static Scenario copyInto(Scenario s, Path dir) throws IOException {
    Map<String, String> copies = new LinkedHashMap<>();
    Set<String> names = new HashSet<>();
    try {
      return withTraces(s, file -> copies.computeIfAbsent(file, f -> copy(Path.of(f), dir, names)));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Copies the traces of {@code s}, loaded from a results folder {@code from} (they are in its
   * {@code data/}), to the same places in {@code to}, so that the same scenario.yaml refers to them.
   */
  static void copyKept(Scenario s, Path from, Path to) throws IOException {
    Set<String> files = new LinkedHashSet<>();
    withTraces(s, file -> {
      files.add(file);
      return file;
    });
    for (String file : files) {
      Path rel = Path.of(file).normalize();
      if (!rel.isAbsolute() && !rel.startsWith("..") && Files.isRegularFile(from.resolve(rel))
          && !Files.exists(to.resolve(rel))) {
        Files.createDirectories(to.resolve(rel).getParent());
        Files.copy(from.resolve(rel), to.resolve(rel));
      }
    }
  }

  private static String copy(Path from, Path dir, Set<String> names) {
    String name = from.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String ext = dot > 0 ? name.substring(dot) : "";
    for (int n = 2; !names.add(name); n++) {
      name = stem + "-" + n + ext;
    }
    try {
      Path to = Files.createDirectories(dir.resolve(DATA)).resolve(name);
      Files.copy(from, to);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return DATA + "/" + name;
  }

  /** {@code s} and its variants with each trace's file name mapped by {@code map}. */
  private static Scenario withTraces(Scenario s, UnaryOperator<String> map) {
    if (!hasTraces(s)) {
      return s;
    }
    List<ArrivalStream> arrivals = s.arrivals().stream().map(a -> a.pattern() instanceof ArrivalPattern.Replay r
        ? new ArrivalStream(a.name(), new ArrivalPattern.Replay(map.apply(r.file()), r.arrivals()), a.mix(), a.batch(), a.scale())
        : a).toList();
    List<Variant> variants = s.variants().stream()
        .map(v -> new Variant(v.name(), v.title(), withTraces(v.scenario(), map))).toList();
    return new Scenario(s.name(), s.title(), s.description(), s.timeUnit(), s.clockStart(), s.run(), s.targets(),
        s.customers(), arrivals, s.resources(), s.process(), variants, s.draws());
  }

  private static boolean hasTraces(Scenario s) {
    return s.arrivals().stream().anyMatch(a -> a.pattern() instanceof ArrivalPattern.Replay)
        || s.variants().stream().anyMatch(v -> hasTraces(v.scenario()));
  }
}
