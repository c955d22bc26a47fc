package io.leansim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Results written by compare read back into equal records. */
class ResultsReaderTest {
  @TempDir Path tmp;

  @Test
  void readingWrittenResultsGivesEqualSummariesAndComparison() throws Exception {
    Study study = Studies.run(Studies.parse(Studies.SMALL_HALL));
    assertThat(study.runs().get(0).precision()).as("precision target in the fixture").isNotNull();
    assertThat(study.runs().get(0).timeline()).isNotNull();
    Studies.writeResults(study, tmp);

    Study back = ResultsReader.read(tmp);

    assertThat(back.scenario()).isEqualTo(study.scenario());
    assertThat(back.runs()).extracting(s -> s.variant()).containsExactly("baseline", "urgent-first", "third-desk");
    for (int i = 0; i < study.runs().size(); i++) {
      assertThat(back.runs().get(i)).as(study.runs().get(i).variant()).isEqualTo(study.runs().get(i));
      assertThat(back.runs().get(i).precision()).isEqualTo(study.runs().get(i).precision());
    }
    assertThat(back.comparison()).isEqualTo(study.comparison());
  }

  @Test
  void runsFollowTheScenarioOrderAndSkipFoldersItDoesNotName() throws Exception {
    Study study = Studies.run(Studies.parse(Studies.SMALL_HALL));
    Studies.writeResults(study, tmp);
    Files.createDirectories(tmp.resolve("zz-stale"));
    Files.copy(tmp.resolve("baseline/summary.json"), tmp.resolve("zz-stale/summary.json"));
    Files.delete(tmp.resolve("urgent-first/summary.json"));

    Study back = ResultsReader.read(tmp);

    assertThat(back.runs()).extracting(s -> s.variant()).containsExactly("baseline", "third-desk");
  }

  @Test
  void aFolderWithoutSummariesSaysToRunCompareFirst() throws Exception {
    Study study = Studies.run(Studies.parse(Studies.SMALL_HALL));
    Studies.writeResults(study, tmp);
    for (String v : new String[] {"baseline", "urgent-first", "third-desk"}) {
      Files.delete(tmp.resolve(v).resolve("summary.json"));
    }
    assertThatThrownBy(() -> ResultsReader.read(tmp)).isInstanceOf(ResultsReader.NotResultsException.class)
        .hasMessage(tmp + " has no summary.json: run 'leansim compare FILE' first");
  }

  @Test
  void brokenJsonIsNamedWithItsFile() throws Exception {
    Study study = Studies.run(Studies.parse(Studies.SMALL_HALL));
    Studies.writeResults(study, tmp);
    Files.writeString(tmp.resolve("baseline/summary.json"), "{\"format\": 1, \"overall\": ");
    assertThatThrownBy(() -> ResultsReader.read(tmp)).isInstanceOf(ResultsReader.NotResultsException.class)
        .hasMessageStartingWith(tmp.resolve("baseline/summary.json") + " is not valid JSON");
  }

  @Test
  void aMissingFolderOrScenarioIsNotResults() {
    assertThatThrownBy(() -> ResultsReader.read(tmp.resolve("nowhere")))
        .isInstanceOf(ResultsReader.NotResultsException.class).hasMessageContaining("is not a folder");
    assertThatThrownBy(() -> ResultsReader.read(tmp))
        .isInstanceOf(ResultsReader.NotResultsException.class).hasMessageContaining("has no scenario.yaml");
  }
}
