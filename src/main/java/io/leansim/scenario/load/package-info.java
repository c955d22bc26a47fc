/**
 * Scenario files to the {@link io.leansim.scenario.Scenario} model: YAML (Core schema) to a
 * positioned tree ({@code YamlReader}, {@code YNode}), checked against the key table ({@code
 * KeyTable}) and read section by section, each reader next to the records it builds: {@code
 * RunReader} ({@code run}, {@code targets}), {@code CustomersReader}, {@code ResourcesReader},
 * {@code ArrivalsReader} (with traces read as CSV), {@code ProcessReader} (steps placed with
 * {@code after}/{@code before}: {@code StepInsertion}), {@code VariantsReader}
 * (merge patches, {@code MergePatch}; the names a patch gives checked against the baseline,
 * {@code PatchNames}) and {@code DistReader} (distributions and their one table),
 * all on the value readers of {@code Fields} (units and shorthands: {@code Units}), orchestrated by
 * {@code ScenarioReader}. Checks across sections: {@code RouteChecks} (routes with no way to the
 * exit, steps never staffed, customers who leave without value-added work) and {@code LoadWarnings}
 * (steady-state overload). Every mistake is a diagnostic with {@code FILE:LINE:COLUMN}, the key path,
 * the fix and a "did you mean", all reported at once. Entry points: {@link
 * io.leansim.scenario.load.ScenarioLoader} and {@link io.leansim.scenario.load.ScenarioWriter}; the
 * JSON Schema for editors is generated from the same tables by {@link
 * io.leansim.scenario.load.ScenarioSchema}.
 *
 * <p>May import {@code io.leansim.scenario}, {@code io.leansim.csv} (to read the data files a
 * scenario refers to) and SnakeYAML only.
 */
package io.leansim.scenario.load;
