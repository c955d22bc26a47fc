package io.leansim.cli;

import io.leansim.scenario.load.ScenarioSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code leansim schema}: prints the JSON Schema of the scenario format, for editors. */
@Command(
    name = "schema",
    header = "Print the JSON Schema of scenario files, for editors.",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the JSON Schema (draft 2020-12) of the scenario format, generated from the",
      "loader's own table of keys: editors that read it (VS Code with the YAML extension by",
      "Red Hat, or any yaml-language-server editor) complete keys and underline mistakes",
      "while you type. The same schema ships as docs/scenario.schema.json; point a file at",
      "it with its first line:",
      "  # yaml-language-server: $schema=../docs/scenario.schema.json",
      "The schema checks keys, types and shapes; `leansim validate` checks the rest.",
      "",
      "Example:  leansim schema > scenario.schema.json"
    },
    footer = {"", ExitCodes.HELP})
final class SchemaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    out.print(ScenarioSchema.json());
    out.flush();
    return ExitCodes.OK;
  }
}
