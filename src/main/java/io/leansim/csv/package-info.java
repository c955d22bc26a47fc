/**
 * Reading CSV data files with every cell's position, so that each mistake in a user's data can be
 * reported as {@code FILE:LINE:COLUMN}: one reader, {@link io.leansim.csv.CsvTable}, on Jackson CSV,
 * for traces and {@code empirical} files of a scenario, {@code fit} and {@code calibrate}. It takes
 * files as spreadsheets save them: a UTF-8 byte order mark, CRLF line ends, quoted fields with
 * delimiters, quotes or line breaks inside, and {@code ,} {@code ;} or tab as the delimiter
 * (sniffed from the header line).
 *
 * <p>Imports nothing of ours (Jackson CSV only), so that both {@code scenario.load} and {@code fit}
 * can use it; what a cell means, and the message when it is wrong, belong to the caller.
 */
package io.leansim.csv;
