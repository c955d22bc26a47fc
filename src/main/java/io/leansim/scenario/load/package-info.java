/**
 * Scenario files to the {@link io.leansim.scenario.Scenario} model: YAML (Core schema) to a
 * positioned tree, the key table, units and distribution shorthands, variant merge patches, and
 * every diagnostic with {@code FILE:LINE:COLUMN}. Entry points: {@link
 * io.leansim.scenario.load.ScenarioLoader} and {@link io.leansim.scenario.load.ScenarioWriter}.
 *
 * <p>May import {@code io.leansim.scenario} and SnakeYAML Engine only.
 */
package io.leansim.scenario.load;
