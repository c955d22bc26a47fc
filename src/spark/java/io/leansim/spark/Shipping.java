package io.leansim.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.apache.spark.SparkConf;

/**
 * What the executors of a cluster need besides Spark: LeanSim's classes and the libraries they use,
 * as {@code spark.jars} (Spark serves them from the driver; each executor adds them to its class
 * path). That is the jar holding this class and the jars its manifest's {@code Class-Path} names
 * ({@code target/lib/}, LeanSim's runtime dependencies); run from a folder of classes (tests, an
 * IDE), the folder is packed into a temporary jar first (its libraries must then be in the
 * workers' Spark installation). Jars already set ({@code --conf spark.jars=...}) are kept.
 */
final class Shipping {
  private Shipping() {}

  static void addJars(SparkConf conf) {
    Set<String> jars = new LinkedHashSet<>();
    for (String j : conf.get("spark.jars", "").split(",")) {
      if (!j.isBlank()) {
        jars.add(j.trim());
      }
    }
    jars.addAll(leanSimJars());
    conf.set("spark.jars", String.join(",", jars));
  }

  /** LeanSim's jar (or its classes, packed) and the jars its manifest names, as absolute paths. */
  static List<String> leanSimJars() {
    Path home;
    try {
      home = Path.of(Shipping.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<String> out = new ArrayList<>();
    if (Files.isDirectory(home)) {
      out.add(pack(home).toString());
      return out;
    }
    out.add(home.toAbsolutePath().toString());
    try (JarFile jar = new JarFile(home.toFile())) {
      String cp = jar.getManifest() == null ? null : jar.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
      if (cp != null) {
        for (String entry : cp.trim().split("\\s+")) {
          Path dep = home.toAbsolutePath().getParent().resolve(entry).normalize();
          if (Files.isRegularFile(dep)) {
            out.add(dep.toString());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The classes under {@code dir} as a temporary jar (deleted when the JVM exits). */
  private static Path pack(Path dir) {
    try {
      Path jar = Files.createTempFile("leansim-classes-", ".jar");
      jar.toFile().deleteOnExit();
      try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
          Stream<Path> all = Files.walk(dir)) {
        for (Path p : all.filter(Files::isRegularFile).sorted().toList()) {
          out.putNextEntry(new ZipEntry(dir.relativize(p).toString().replace('\\', '/')));
          Files.copy(p, out);
          out.closeEntry();
        }
      }
      return jar;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
