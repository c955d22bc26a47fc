package io.leansim.app;

import io.leansim.fit.Durations;
import io.leansim.fit.Fitter;
import io.leansim.report.FitCharts;
import io.leansim.report.FitFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** {@code fit}: the folder of a fit's charts and {@code fit.json}. */
public final class Fit {
  private static final Pattern PLAIN =
      Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_ ./()-]*(?<! )");
  private static final Set<String> RESERVED =
      Set.of("null", "true", "false", "yes", "no", "on", "off", "y", "n", "~");

  private Fit() {}

  /**
   * {@code text} as a YAML scalar that can go inside a flow mapping ({@code {file: ..., column:
   * ...}}): plain when it reads back as the same text, else double-quoted with escapes.
   */
  public static String yamlText(String text) {
    if (PLAIN.matcher(text).matches() && !RESERVED.contains(text.toLowerCase(Locale.ROOT))) {
      return text;
    }
    StringBuilder b = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\t' -> b.append("\\t");
        case '\n' -> b.append("\\n");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  /**
   * The folder to write the fit of {@code column} of {@code file} into: {@code out}, or {@code
   * results/fit/<file>-<column>}, once {@link Outputs} allows it ({@code force}: even a non-empty
   * folder of other files).
   */
  public static Path folder(Path out, boolean force, Path file, String column) {
    String stem = file.getFileName().toString().replaceAll("\\.[^.]*$", "");
    return Outputs.folder(out, Path.of("results", "fit", stem + "-" + column), force,
        List.of(new Outputs.Input("the data file", file)));
  }

  /**
   * Writes the charts and {@code fit.json} of {@code result}, fitted to {@code data} of {@code file},
   * into {@code dir}, in {@code unit} ({@code perUnit} minutes each).
   */
  public static void write(Fitter.Result result, Path file, Durations data, double perUnit, String unit, Path dir)
      throws InterruptedException {
    try {
      Results.write(dir, folder -> {
        FitCharts.write(result, data.minutes(), data.column().replace('_', ' '), unit, perUnit, folder);
        FitFiles.writeJson(result, file, data, perUnit, unit, folder.resolve("fit.json"));
      });
    } catch (IOException | UncheckedIOException e) {
      throw new Failure(Failure.Kind.IO, List.of("could not write " + dir + ": " + e.getMessage()), List.of());
    }
  }
}
