package io.leansim.app;

import io.leansim.fit.Durations;
import io.leansim.fit.Fitter;
import io.leansim.report.FitCharts;
import io.leansim.report.FitFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** {@code fit}: the folder of a fit's charts and {@code fit.json}. */
public final class Fit {
  private static final java.util.regex.Pattern PLAIN =
      java.util.regex.Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_ ./()-]*(?<! )");
  private static final java.util.Set<String> RESERVED =
      java.util.Set.of("null", "true", "false", "yes", "no", "on", "off", "y", "n", "~");

  private Fit() {}

  /**
   * {@code text} as a YAML scalar that can go inside a flow mapping ({@code {file: ..., column:
   * ...}}): plain when it reads back as the same text, else double-quoted with escapes.
   */
  public static String yamlText(String text) {
    if (PLAIN.matcher(text).matches() && !RESERVED.contains(text.toLowerCase(java.util.Locale.ROOT))) {
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
