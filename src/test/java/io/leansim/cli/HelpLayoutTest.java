package io.leansim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Every {@code --help}, at any terminal width, keeps file names, paths and options whole. */
class HelpLayoutTest {

  @Test
  void theMainHelpKeepsTheDraftsFileNameWhole() {
    String help = CliTest.leansim("--help").out();
    assertThat(help).doesNotContain("my-hall.\nyaml").contains("ticket-log.csv --out\nmy-hall.yaml");
  }

  @Test
  void noHelpBreaksAWordAtAnyWidth() {
    for (int width : new int[] {80, 90, 100, 200}) {
      CommandLine main = Main.commandLine(new String[0], String.valueOf(width));
      List<CommandLine> all = new ArrayList<>(List.of(main));
      all.addAll(main.getSubcommands().values());
      for (CommandLine cl : all) {
        String help = cl.getUsageMessage(CommandLine.Help.Ansi.OFF);
        assertThat(help.lines()).as("%s at %d", cl.getCommandName(), width)
            .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(Math.min(width, 100)));
        for (String word : words(cl.getCommandSpec())) {
          assertThat(help).as("%s --help at width %d keeps %s whole", cl.getCommandName(), width, word)
              .contains(word);
        }
      }
    }
  }

  /**
   * A bare '%' in an option's description breaks picocli's formatting: it warns and prints the raw
   * text. Every {@code @Option} of the command line's classes (commands, mixins, argument groups) formats.
   */
  @Test
  void everyOptionDescriptionFormats() {
    CommandLine main = Main.commandLine(new String[0], "100");
    java.util.Set<Class<?>> classes = new java.util.LinkedHashSet<>();
    List<CommandLine> all = new ArrayList<>(List.of(main));
    all.addAll(main.getSubcommands().values());
    for (CommandLine cl : all) {
      classes.add(cl.getCommandSpec().userObject().getClass());
      cl.getCommandSpec().mixins().values().forEach(m -> classes.add(m.userObject().getClass()));
      cl.getCommandSpec().argGroups().forEach(g -> classes.add(g.typeInfo().getType()));
    }
    assertThat(classes).contains(SelectBestOptions.class, SimulationOptions.class);
    for (Class<?> c : classes) {
      for (java.lang.reflect.Field f : c.getDeclaredFields()) {
        picocli.CommandLine.Option o = f.getAnnotation(picocli.CommandLine.Option.class);
        if (o == null) {
          continue;
        }
        for (String text : o.description()) {
          assertThatCode(() -> String.format(text)).as("%s.%s", c.getSimpleName(), f.getName())
              .doesNotThrowAnyException();
        }
      }
    }
  }

  @Test
  void theWidthFollowsTheTerminalWithinBounds() {
    assertThat(HelpLayout.width(null)).isEqualTo(100);
    assertThat(HelpLayout.width("abc")).isEqualTo(100);
    assertThat(HelpLayout.width("80")).isEqualTo(80);
    assertThat(HelpLayout.width("20")).isEqualTo(80);
    assertThat(HelpLayout.width("250")).isEqualTo(100);
    assertThat(HelpLayout.wrap("  1. one two three", 12)).containsExactly("  1. one two", "     three");
  }

  /** The words of the help's text that a break at a hyphen, dot or slash would cut. */
  private static List<String> words(CommandSpec spec) {
    List<String> text = new ArrayList<>();
    var usage = spec.usageMessage();
    for (String[] lines : List.of(usage.header(), usage.description(), usage.footer())) {
      for (String line : lines) {
        text.add(String.format(Locale.ROOT, line));
      }
    }
    for (OptionSpec o : spec.options()) {
      text.addAll(Arrays.asList(o.description()));
    }
    return text.stream().flatMap(t -> Arrays.stream(t.split("\\s+")))
        .filter(w -> w.length() > 2 && w.length() <= 36 && w.matches(".*\\w[./-]\\w.*") && !w.contains("${"))
        .distinct().toList();
  }
}
