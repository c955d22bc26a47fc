package io.leansim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The layout of every {@code --help}: as wide as the terminal the launcher measured ({@code
 * LEANSIM_COLUMNS}, between {@link #NARROWEST} and {@link #WIDEST}; {@link #WIDEST} when unknown),
 * and the free text (header, description, footer) wrapped at spaces only. Picocli wraps text where
 * a line may break, which includes after a hyphen or a dot: it cut {@code my-hall.yaml} in two.
 * Here a line too long for the width breaks at its last space that fits, and goes on with the
 * indentation it had; a word longer than the width is left whole.
 */
final class HelpLayout {
  /** The widest help, and the width when the terminal's is unknown (a pipe, a file). */
  static final int WIDEST = 100;

  /**
   * The narrowest help: narrower terminals wrap it themselves (picocli's option table would cut
   * words of the option descriptions below this).
   */
  static final int NARROWEST = 80;

  private HelpLayout() {}

  /** Lays out the help of {@code cl} and of its subcommands for a terminal of {@code columns} (null: unknown). */
  static void apply(CommandLine cl, String columns) {
    cl.setUsageHelpWidth(width(columns));
    install(cl);
  }

  private static void install(CommandLine cl) {
    cl.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_HEADER,
        help -> text(help.commandSpec().usageMessage().header(), help.commandSpec().usageMessage().width()));
    cl.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_DESCRIPTION,
        help -> text(help.commandSpec().usageMessage().description(), help.commandSpec().usageMessage().width()));
    cl.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_FOOTER,
        help -> text(help.commandSpec().usageMessage().footer(), help.commandSpec().usageMessage().width()));
    cl.getSubcommands().values().forEach(HelpLayout::install);
  }

  /** The width for a terminal of {@code columns}: {@link #WIDEST} when unknown or not a number. */
  static int width(String columns) {
    try {
      int c = Integer.parseInt(columns == null ? "" : columns.trim());
      return c <= 0 ? WIDEST : Math.max(NARROWEST, Math.min(WIDEST, c));
    } catch (NumberFormatException e) {
      return WIDEST;
    }
  }

  /** Lines as picocli formats them ({@code %%}, {@code %n}), each wrapped at spaces to {@code width}. */
  static String text(String[] lines, int width) {
    List<String> all = new ArrayList<>();
    for (String line : lines) {
      all.addAll(List.of(String.format(Locale.ROOT, line).split("\\R", -1)));
    }
    StringBuilder out = new StringBuilder();
    String carry = null;
    for (String l : all) {
      String line = l.stripTrailing();
      if (carry != null && continues(carry, line)) {
        line = carry + " " + line.strip();
      } else if (carry != null) {
        out.append(carry).append(System.lineSeparator());
      }
      List<String> wrapped = wrap(line, width);
      wrapped.subList(0, wrapped.size() - 1).forEach(w -> out.append(w).append(System.lineSeparator()));
      carry = wrapped.size() > 1 ? wrapped.get(wrapped.size() - 1) : null;
      if (carry == null) {
        out.append(line).append(System.lineSeparator());
      }
    }
    if (carry != null) {
      out.append(carry).append(System.lineSeparator());
    }
    return out.toString();
  }

  /**
   * Whether {@code next} goes on the sentence whose end was carried over from a cut line: it has
   * the carried text's indentation and starts in lower case or with a bracket (not a new item, a
   * new sentence or a blank line), so the paragraph flows on instead of leaving a short line.
   */
  private static boolean continues(String carried, String next) {
    int indent = carried.length() - carried.stripLeading().length();
    String text = next.strip();
    return !text.isEmpty() && next.length() - next.stripLeading().length() == indent
        && (Character.isLowerCase(text.charAt(0)) || "({[".indexOf(text.charAt(0)) >= 0)
        && !text.startsWith("leansim ");
  }

  /**
   * Where the continuations of {@code line} start: under the text of a list item ({@code 1. },
   * {@code - }), under the second column of a two-column line (text after two spaces or more, as
   * in {@code staffing.json     per bin}), else at the line's own indentation.
   */
  static int hanging(String line) {
    int indent = line.length() - line.stripLeading().length();
    java.util.regex.Matcher item = java.util.regex.Pattern.compile("^(\\d+\\.|-|\\*) +").matcher(line.substring(indent));
    if (item.find()) {
      return indent + item.end();
    }
    if (line.startsWith("leansim ", indent) || line.startsWith("./leansim ", indent)) {
      return indent + 4; // an example: its continuation stands out from the next example
    }
    java.util.regex.Matcher column = java.util.regex.Pattern.compile("\\S {2,}(?=\\S)").matcher(line);
    if (column.find(indent) && column.end() < line.length() / 2) {
      return column.end();
    }
    return indent;
  }

  /** {@code line} cut at spaces into lines of at most {@code width}, continuations hanging ({@link #hanging}). */
  static List<String> wrap(String line, int width) {
    List<String> out = new ArrayList<>();
    String indent = " ".repeat(hanging(line));
    String rest = line;
    while (rest.length() > width) {
      int cut = rest.lastIndexOf(' ', width);
      while (cut > indent.length() && rest.charAt(cut - 1) == ' ') {
        cut--;
      }
      if (cut <= line.length() - line.stripLeading().length() || rest.substring(0, cut).isBlank()) {
        cut = rest.indexOf(' ', width); // a word longer than the width: left whole
        if (cut < 0) {
          break;
        }
      }
      out.add(rest.substring(0, cut).stripTrailing());
      rest = indent + rest.substring(cut).strip();
    }
    out.add(rest);
    return out;
  }
}
