package io.leansim.app;

import java.util.Optional;

/** The version of this LeanSim, from the jar's manifest; empty when run from classes (a development build). */
public final class Version {
  private Version() {}

  /** The version, or empty in a development build. */
  public static Optional<String> ofJar() {
    return Optional.ofNullable(Version.class.getPackage().getImplementationVersion());
  }
}
