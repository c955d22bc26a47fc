package io.leansim.cli;

import picocli.CommandLine.Option;

/**
 * {@code --force} of a command that writes a results folder (a picocli mixin): replace a non-empty
 * folder that is not a LeanSim results folder. What {@code --out} may never replace stays refused
 * (the rules are {@link io.leansim.app.Outputs}').
 */
final class ForceOption {
  @Option(names = "--force", description = {"Replace --out even when it is a non-empty folder that LeanSim did not"
      + " write (no results marker file in it). Never the root, your home folder, the working"
      + " folder, or a folder that holds an input."})
  boolean force;
}
