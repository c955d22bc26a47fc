package io.leansim.app;

import io.leansim.report.StagedFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Where a command may write: the rules of {@code --out}, checked before anything runs. LeanSim
 * replaces what it wrote and nothing else.
 *
 * <p>A results folder ({@link #folder}) may be a new path, an empty folder or a LeanSim results
 * folder (one holding the marker file {@value StagedFolder#MARKER}); a non-empty folder without
 * the marker only with {@code --force}. Never, not even with {@code --force}: an empty name, the
 * root of the file system, the home folder, the working folder, a file, an input of the command
 * (the scenario, its data files, the shards of a merge) or any folder that holds one of these. A
 * file ({@link #file}: an animation page, a drafted scenario) may be a new path or a file of the
 * kind the command writes; another file only with {@code --force} where the command has it; never
 * an input or a folder.
 */
public final class Outputs {
  private Outputs() {}

  /**
   * A file or folder the command reads, which its output must not replace.
   *
   * @param what what it is to the user: "the scenario", "the data file", "the shard"
   */
  public record Input(String what, Path path) {
    /** The scenario file {@code file} and the data files it names. */
    public static List<Input> scenario(Path file) {
      List<Input> inputs = new ArrayList<>();
      inputs.add(new Input("the scenario", file));
      io.leansim.scenario.load.DataFiles.of(file).forEach(p -> inputs.add(new Input("the data file", p)));
      return inputs;
    }
  }

  /**
   * The results folder to write: {@code out}, or {@code fallback} when it is null, once the rules
   * above allow it.
   *
   * @throws Failure a usage failure that says what is there and how to proceed
   */
  public static Path folder(Path out, Path fallback, boolean force, List<Input> inputs) {
    Path target = named(out, fallback, "the results folder");
    Path real = real(target);
    String shown = "--out " + shown(out, target);
    String instead = instead(fallback, real);
    never(real, shown, inputs, instead, "the results would replace");
    if (Files.exists(real) && !Files.isDirectory(real)) {
      throw refusal(shown + " is a file, not a folder: LeanSim writes its results into a folder of their own",
          "Name a new folder" + instead + ".");
    }
    if (Files.isDirectory(real) && !StagedFolder.isResults(real) && !force) {
      List<String> entries = entries(real);
      if (!entries.isEmpty()) {
        throw refusal(shown + " holds " + describe(entries) + ", and is not a LeanSim results folder (it has no "
            + StagedFolder.MARKER + " file): the results would replace all of it",
            "Name a new or empty folder" + instead + ", or add --force to replace this one with the results.");
      }
    }
    return target;
  }

  /**
   * The file to write: {@code out}, or {@code fallback} when it is null, once the rules above allow
   * it.
   *
   * @param kind what the command writes, to say what an existing file is not ("an animation page"), or null
   * @param ours whether an existing file is one of the kind the command writes (replaced freely)
   * @param forceOption the command's option that overwrites any other file, or null when it has none
   * @throws Failure a usage failure that says what is there and how to proceed
   */
  public static Path file(Path out, Path fallback, String kind, Predicate<Path> ours, boolean force,
      String forceOption, List<Input> inputs) {
    Path target = named(out, fallback, "the file to write");
    Path real = real(target);
    String shown = "--out " + shown(out, target);
    String example = fallback == null ? "" : " (" + fallback.getFileName() + ", say)";
    if (Files.isDirectory(real)) {
      throw refusal(shown + " is a folder; name the file to write" + (fallback == null ? ""
          : ", e.g. --out " + target.resolve(fallback.getFileName().toString())), "");
    }
    never(real, shown, inputs, fallback == null || real.equals(real(fallback)) ? "" : ", e.g. --out " + fallback,
        "the file written would overwrite");
    if (Files.exists(real) && !ours.test(real) && !force) {
      throw refusal(shown + size(real) + " exists" + (kind == null ? "" : " and is not " + kind + " LeanSim wrote")
          + "; choose another --out" + (forceOption == null ? "" : ", or " + forceOption + " to overwrite it"),
          "Name another file" + example + ".");
    }
    return target;
  }

  /** What is refused even with {@code --force}: root, home, the working folder, an input, and what holds them. */
  private static void never(Path real, String shown, List<Input> inputs, String instead, String replaces) {
    if (real.getParent() == null) {
      throw refusal(shown + " is the root of the file system; LeanSim never writes over it, even with --force",
          "Name a folder of its own" + instead + ".");
    }
    Path home = real(Path.of(System.getProperty("user.home")));
    Path cwd = real(Path.of("").toAbsolutePath());
    List<Input> kept = new ArrayList<>();
    kept.add(new Input("your home folder", home));
    kept.add(new Input("the working folder", cwd));
    kept.addAll(inputs);
    for (Input keep : kept) {
      Path p = real(keep.path());
      if (p.startsWith(real)) {
        List<String> entries = Files.isDirectory(real) ? entries(real) : List.of();
        throw refusal(shown + (p.equals(real) ? " is " + keep.what() + " " + keep.path()
            : " holds " + keep.what() + " " + keep.path() + ", which " + replaces)
            + (entries.isEmpty() ? "" : " (in it: " + describe(entries) + ")")
            + "; LeanSim never writes over it, even with --force", "Name another place" + instead + ".");
      }
    }
  }

  /** {@code out}, or {@code fallback}; an empty name is refused. */
  private static Path named(Path out, Path fallback, String what) {
    if (out != null && out.toString().isBlank()) {
      throw refusal("--out is empty; name " + what + (fallback == null ? "" : ", e.g. --out " + fallback),
          "An empty name would be the working folder.");
    }
    return out != null ? out : fallback;
  }

  /** {@code p} as it is on disk: absolute, with links resolved for the part that exists. */
  static Path real(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path existing = abs;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return abs;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
    } catch (IOException e) {
      return abs;
    }
  }

  /** The path as the user typed it, or the default's. */
  private static String shown(Path out, Path target) {
    return out == null ? target + " (the default)" : target.toString();
  }

  /** ", e.g. --out FALLBACK" unless the fallback is the target itself. */
  private static String instead(Path fallback, Path real) {
    return fallback == null || real(fallback).equals(real) ? "" : ", e.g. --out " + fallback;
  }

  /**
   * The names in {@code dir}, folders with a trailing slash, sorted, hidden ones last; a read error
   * counts as one entry.
   */
  private static List<String> entries(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName() + (Files.isDirectory(p) ? "/" : ""))
          .sorted(java.util.Comparator.comparing((String n) -> n.startsWith(".")).thenComparing(n -> n)).toList();
    } catch (IOException e) {
      return List.of("files that cannot be listed (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** "a.csv, b/ and 3 more": at most four names. */
  private static String describe(List<String> entries) {
    int shown = Math.min(entries.size(), entries.size() > 5 ? 4 : 5);
    String names = String.join(", ", entries.subList(0, shown));
    return entries.size() > shown ? names + " and " + (entries.size() - shown) + " more" : names;
  }

  private static String size(Path file) {
    try {
      return " (" + String.format("%,d", Files.size(file)) + " bytes)";
    } catch (IOException e) {
      return "";
    }
  }

  private static Failure refusal(String problem, String note) {
    return new Failure(Failure.Kind.USAGE, List.of(problem),
        List.of((note.isEmpty() ? "" : note + " ") + "Nothing was run or written."));
  }
}
