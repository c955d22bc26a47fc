package io.leansim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SchemaCommandTest {
  @Test
  void printsTheSchemaThatShipsInDocs() throws IOException {
    CliTest.Outcome o = CliTest.leansim("schema");
    assertThat(o.code()).as(o.err()).isZero();
    assertThat(o.err()).isEmpty();
    assertThat(o.out()).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
    assertThat(Files.readString(Path.of("docs/scenario.schema.json"), StandardCharsets.UTF_8))
        .as("docs/scenario.schema.json is stale: regenerate it with `leansim schema > docs/scenario.schema.json`")
        .isEqualTo(o.out());
  }
}
