/**
 * The immutable scenario model: what a scenario file says, after units are converted and defaults
 * applied. Every duration is a {@code double} in the scenario's {@link io.leansim.scenario.DurationUnit}
 * and every time of day is a run time (time units since {@code clock_start}). Pure readings of the
 * model for the other packages: {@link io.leansim.scenario.Workload} (demand on steps and pools) and
 * {@link io.leansim.scenario.Routes} (the routes of a type as a Markov chain: traps, mean visits).
 *
 * <p>Imports nothing of ours; every other package may import it.
 */
package io.leansim.scenario;
