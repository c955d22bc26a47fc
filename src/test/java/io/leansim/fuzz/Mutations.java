package io.leansim.fuzz;

import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Mistakes made by editing a good file by hand: one to three random edits of a bundled scenario
 * (a key deleted with its block, a value of the wrong type, a number swapped for a huge, negative,
 * zero or NaN-like one, a line duplicated (duplicate key), broken indentation or a tab, a misspelt
 * key, lines swapped, the file cut short, a byte-order mark, CRLF line ends, a non-ASCII name).
 * Edits land on lines that hold a key (comments and blank lines are left alone), so most mutants
 * are near misses of a valid file.
 */
final class Mutations {
  /** The kinds of edit. */
  enum Kind { DELETE_KEY, RETYPE_VALUE, ODD_NUMBER, DUPLICATE_LINE, INDENT, TYPO_KEY, SWAP_LINES, TRUNCATE, ENCODING }

  /** Values of another type than the key expects. */
  static final List<String> SHAPES = List.of("[1, 2]", "{a: 1}", "\"some text\"", "true", "null", "~", "", "[]", "{}",
      "2026-12-07", "\"\"", "*nowhere", "&anchor 3", "!!binary aGVsbG8=", "- 1", "'unclosed", "[1, 2", "{a: 1",
      "yes", "09:30", "3 apples", "exp()", "exp(-4)", "unif(5,2)", "logn(3)", "erlang(2.5,3)", "weib(0,1)");

  /** Numbers a spreadsheet, a typo or a test would produce: extreme ones (see {@link #EXTREME}) and odd ones. */
  static final List<String> ODD = List.of("-1", "0", "-0", "0.0", ".nan", "NaN", "-.inf", "Infinity", "1_000", "0x10",
      "0o17", "\"7\"", "1,5", "١٢", "+3", "3.", ".5", "-1e-3", "2147483648", "-2147483649");

  /** Numbers so large or small that conversions lose precision or overflow. */
  static final List<String> EXTREME = List.of("1e308", "1e309", "1e-300", "4.9e-324", "99999999999999999999", ".inf",
      "1e9", "1e-9", "123456789012", "0.000001");

  private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?(?![\\w:])");
  private static final Pattern KEY = Pattern.compile("^(\\s*(?:- )?\\{?)([A-Za-z_][\\w-]*)(\\s*:)");
  /** Keys whose values are (parameters of) distributions. */
  private static final Set<String> DIST_KEYS = Set.of("time", "patience", "walk", "jitter", "batch", "duration",
      "mean", "sd", "min", "max", "mode", "k", "shape", "scale", "value", "values", "dist", "default");

  /** One edit: its kind, the line it starts at (an index into the lines that hold a key), and a choice. */
  record Edit(Kind kind, int line, int choice) {}

  /** A mutated bundled file. */
  record Mutant(String file, List<Edit> edits, List<String> applied, String text) {
    @Override
    public String toString() {
      return "\n" + file + " with " + String.join("; ", applied) + "\n---- mutated " + file + " ----\n" + text + "----";
    }
  }

  private Mutations() {}

  /** Mutants of the given files (name and text). */
  static Gen<Mutant> of(List<String> names, List<String> texts) {
    Gen<Mutant> gen = in -> {
      int f = pick(in, 0, names.size() - 1);
      int n = pick(in, 1, 3);
      List<Edit> edits = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        edits.add(new Edit(Kind.values()[pick(in, 0, Kind.values().length - 1)], pick(in, 0, 400), pick(in, 0, 1000)));
      }
      return apply(names.get(f), texts.get(f), edits);
    };
    return gen.describedAs(Mutant::toString);
  }

  private static int pick(RandomnessSource in, int lo, int hi) {
    return integers().between(lo, hi).generate(in);
  }

  static Mutant apply(String file, String text, List<Edit> edits) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    List<String> applied = new ArrayList<>();
    String prefix = "";
    boolean crlf = false;
    for (Edit e : edits) {
      List<Integer> keyed = keyLines(lines);
      if (keyed.isEmpty()) {
        break;
      }
      int at = keyed.get(e.line() % keyed.size());
      String line = lines.get(at);
      String where = "line " + (at + 1);
      int c = e.choice();
      switch (e.kind()) {
        case DELETE_KEY -> {
          int end = blockEnd(lines, at);
          applied.add("deleted " + where + (end > at + 1 ? "-" + end : "") + " (" + line.strip() + ")");
          lines.subList(at, end).clear();
        }
        case RETYPE_VALUE -> {
          Matcher k = KEY.matcher(line);
          k.find();
          String value = SHAPES.get(c % SHAPES.size());
          String rest = line.substring(k.end());
          boolean flow = k.group(1).contains("{");
          String replaced = k.group(1) + k.group(2) + k.group(3) + " " + value + (flow ? restOfFlow(rest) : "");
          lines.set(at, replaced);
          applied.add(where + ": value of '" + k.group(2) + "' replaced by '" + value + "'");
        }
        case ODD_NUMBER -> {
          List<int[]> numbers = new ArrayList<>();
          Matcher m = NUMBER.matcher(line);
          while (m.find()) {
            numbers.add(new int[] {m.start(), m.end()});
          }
          if (numbers.isEmpty()) {
            applied.add(where + ": no number to change");
            break;
          }
          int[] span = numbers.get(c % numbers.size());
          boolean extreme = c / numbers.size() % 2 == 0;
          List<String> values = extreme ? EXTREME : ODD;
          String value = values.get(c / numbers.size() / 2 % values.size());
          applied.add(where + ": number '" + line.substring(span[0], span[1]) + "' replaced by '" + value + "'");
          lines.set(at, line.substring(0, span[0]) + value + line.substring(span[1]));
        }
        case DUPLICATE_LINE -> {
          lines.add(at, line);
          applied.add(where + " duplicated (" + line.strip() + ")");
        }
        case INDENT -> {
          int end = blockEnd(lines, at);
          String[] shifts = {" ", "  ", "-1", "-2", "\t"};
          String shift = shifts[c % shifts.length];
          for (int i = at; i < (c % 2 == 0 ? end : at + 1); i++) {
            String l = lines.get(i);
            lines.set(i, switch (shift) {
              case "-1" -> l.startsWith(" ") ? l.substring(1) : l;
              case "-2" -> l.startsWith("  ") ? l.substring(2) : l.stripLeading();
              case "\t" -> "\t" + l.stripLeading();
              default -> shift + l;
            });
          }
          applied.add(where + (c % 2 == 0 && end > at + 1 ? "-" + end : "") + " indented by '"
              + shift.replace("\t", "\\t") + "'");
        }
        case TYPO_KEY -> {
          Matcher k = KEY.matcher(line);
          k.find();
          String key = k.group(2);
          String typo = switch (c % 4) {
            case 0 -> key.length() > 1 ? key.substring(0, key.length() - 1) : key + key;
            case 1 -> key.length() > 2 ? key.charAt(1) + "" + key.charAt(0) + key.substring(2) : key + "s";
            case 2 -> key.toUpperCase(java.util.Locale.ROOT);
            default -> key + "_";
          };
          lines.set(at, k.group(1) + typo + line.substring(k.start(3)));
          applied.add(where + ": key '" + key + "' misspelt '" + typo + "'");
        }
        case SWAP_LINES -> {
          if (at + 1 < lines.size()) {
            lines.set(at, lines.get(at + 1));
            lines.set(at + 1, line);
          }
          applied.add(where + " swapped with the next line");
        }
        case TRUNCATE -> {
          int cut = line.isEmpty() ? 0 : c % line.length();
          lines.set(at, line.substring(0, cut));
          lines.subList(at + 1, lines.size()).clear();
          applied.add("file cut at " + where + ", column " + (cut + 1));
        }
        case ENCODING -> {
          switch (c % 3) {
            case 0 -> {
              prefix = "\uFEFF";
              applied.add("a UTF-8 byte-order mark at the start");
            }
            case 1 -> {
              crlf = true;
              applied.add("CRLF line ends");
            }
            default -> {
              Matcher k = KEY.matcher(line);
              k.find();
              String name = c % 2 == 0 ? "柜台" : "café";
              lines.set(at, k.group(1) + name + line.substring(k.start(3)));
              applied.add(where + ": key '" + k.group(2) + "' renamed '" + name + "'");
            }
          }
        }
        default -> throw new IllegalStateException();
      }
    }
    String joined = String.join(crlf ? "\r\n" : "\n", lines);
    return new Mutant(file, edits, applied, prefix + joined);
  }

  /** Whether a number on this line is a distribution's parameter (a shorthand, a {dist: ...} or a parameter key). */
  static boolean inDistribution(String line) {
    Matcher k = KEY.matcher(line);
    return line.contains("(") || line.contains("dist") || (k.find() && DIST_KEYS.contains(k.group(2)));
  }

  /** In a flow map {@code {a: 1, b: 2}}: what follows the first value (the other entries). */
  private static String restOfFlow(String rest) {
    int depth = 0;
    for (int i = 0; i < rest.length(); i++) {
      char ch = rest.charAt(i);
      if (ch == '(' || ch == '[' || ch == '{') {
        depth++;
      } else if (ch == ')' || ch == ']' || ch == '}') {
        if (depth == 0) {
          return rest.substring(i);
        }
        depth--;
      } else if (ch == ',' && depth == 0) {
        return rest.substring(i);
      }
    }
    return "";
  }

  /** The lines that hold a key (not comments, not blank). */
  private static List<Integer> keyLines(List<String> lines) {
    List<Integer> keyed = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (KEY.matcher(lines.get(i)).find() && !lines.get(i).stripLeading().startsWith("#")) {
        keyed.add(i);
      }
    }
    return keyed;
  }

  /** The end (exclusive) of the block that starts at {@code at}: the lines indented deeper, and blank lines. */
  private static int blockEnd(List<String> lines, int at) {
    int indent = indent(lines.get(at));
    int end = at + 1;
    while (end < lines.size() && (lines.get(end).isBlank() || indent(lines.get(end)) > indent)) {
      end++;
    }
    return end;
  }

  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return line.startsWith("- ", i) ? i + 1 : i;
  }
}
