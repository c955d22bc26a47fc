/**
 * The command line ({@code leansim run}, {@code leansim validate}) on picocli: options, help,
 * progress, the tables and exit codes. The only package that prints.
 *
 * <p>Commands are thin shells: a command declares its own options, takes the shared ones from
 * mixins ({@link io.leansim.cli.RunOptions} with {@code --replications}, {@code --seed}, {@code
 * --threads}, {@code --spark}, {@code --quiet} and {@code --debug}; {@link
 * io.leansim.cli.SimulationOptions} for {@code run} and {@code compare}), hands a request to its use
 * case in {@code io.leansim.app}, and prints the outcome. What goes wrong is thrown as an {@link
 * io.leansim.app.Failure} and mapped to an exit code in one place, {@link io.leansim.cli.ExitCodes}.
 * Every help is laid out by {@link io.leansim.cli.HelpLayout}: as wide as the terminal, wrapped at
 * spaces.
 */
package io.leansim.cli;
