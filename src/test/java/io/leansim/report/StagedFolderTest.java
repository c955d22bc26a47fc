package io.leansim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedFolderTest {
  @TempDir Path tmp;

  @Test
  void failedRunLeavesPreviousResultsUntouchedAndNoPartialFolder() throws IOException {
    Path target = tmp.resolve("hall");
    Files.createDirectories(target);
    Files.writeString(target.resolve("summary.json"), "old");
    assertThatThrownBy(() -> {
      try (StagedFolder f = StagedFolder.create(target)) {
        Files.writeString(f.dir().resolve("summary.json"), "half");
        throw new IOException("disk full");
      }
    }).hasMessage("disk full");
    assertThat(Files.readString(target.resolve("summary.json"))).isEqualTo("old");
    assertThat(entries()).containsExactly("hall");
  }

  @Test
  void commitReplacesPreviousResultsWhole() throws IOException {
    Path target = tmp.resolve("hall");
    Files.createDirectories(target.resolve("old-variant"));
    try (StagedFolder f = StagedFolder.create(target)) {
      assertThat(Files.exists(target.resolve("old-variant"))).isTrue();
      Files.writeString(f.dir().resolve("summary.json"), "new");
      f.commit();
    }
    assertThat(Files.readString(target.resolve("summary.json"))).isEqualTo("new");
    assertThat(Files.exists(target.resolve("old-variant"))).isFalse();
    assertThat(entries()).containsExactly("hall");
  }

  @Test
  void createsMissingParents() throws IOException {
    Path target = tmp.resolve("a/b/hall");
    try (StagedFolder f = StagedFolder.create(target)) {
      f.commit();
    }
    assertThat(Files.isDirectory(target)).isTrue();
  }

  @Test
  void everyResultsFolderCarriesTheMarker() throws IOException {
    Path target = tmp.resolve("hall");
    try (StagedFolder f = StagedFolder.create(target)) {
      f.commit();
    }
    assertThat(StagedFolder.isResults(target)).isTrue();
    assertThat(Files.readString(target.resolve(StagedFolder.MARKER))).contains("LeanSim results");
    assertThat(StagedFolder.isResults(tmp)).isFalse();
  }

  private String[] entries() throws IOException {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
    }
  }
}
