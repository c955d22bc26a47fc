/**
 * The application layer: one class per use case of the command line, between the command line
 * ({@code cli}) and what it uses ({@code experiment}, {@code staffing}, {@code sweep}, {@code report}).
 * {@link io.leansim.app.Simulate} runs and compares (whole or one shard), {@link io.leansim.app.Sweep}
 * sweeps a grid of parameter values, {@link io.leansim.app.Merge} puts shards back together, {@link
 * io.leansim.app.Staff} searches a staffing, {@link io.leansim.app.Animate} replays a day, {@link
 * io.leansim.app.Redraw} draws a report again, {@link io.leansim.app.Fit} writes a fit's files and
 * {@link io.leansim.app.Calibrate} drafts a scenario from a ticket log and simulates it; {@link
 * io.leansim.app.SelectBest} says, after a comparison, which variant is best on one figure.
 *
 * <p>Each takes a request record and returns an outcome record; it loads the scenario, checks the
 * request (where it may write: {@link io.leansim.app.Outputs}, the rules of {@code --out}, checked
 * before anything runs), runs, and writes the results folder aside, moving it into place only when
 * complete, with copies of the trace files its {@code scenario.yaml} refers to ({@code compare} writes
 * its parts in parallel, all of them before the folder moves). It
 * prints nothing: it tells a {@link io.leansim.app.Watcher} what to show (diagnostics, progress) and
 * throws a {@link io.leansim.app.Failure} for anything the user must fix, which the command line
 * prints and maps to an exit code.
 *
 * <p>May import {@code experiment}, {@code staffing}, {@code sweep}, {@code fit} (with {@code csv},
 * to read its data), {@code report}, {@code stats}, {@code model} (listener and exception types) and
 * {@code scenario} with its loader; never {@code cli} or picocli.
 */
package io.leansim.app;
