/**
 * The command line ({@code leansim run}, {@code leansim validate}) on picocli: options, help,
 * progress, the headline table and exit codes. The only package that prints.
 */
package io.leansim.cli;
