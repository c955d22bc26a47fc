/**
 * Reading CSV data files with every cell's position, so that each mistake in a user's data can be
 * reported as {@code FILE:LINE:COLUMN}: one reader, {@link io.leansim.csv.CsvTable}, on Jackson CSV,
 * for traces and {@code empirical} files of a scenario, {@code fit} and {@code calibrate}. It takes
 * files as spreadsheets save them: a UTF-8 byte order mark, CRLF line ends, quoted fields with
 * delimiters, quotes or line breaks inside, and {@code ,} {@code ;} or tab as the delimiter
 * (sniffed from the header line and the rows after it, or forced by {@link
 * io.leansim.csv.CsvTable.Options}). It also knows how exports write what LeanSim reads from them:
 * numbers with a decimal comma in a file not separated by commas, elapsed times ({@code 4:30},
 * {@code 1:02:03}), a unit in a column's header ({@code service (s)}: {@link
 * io.leansim.csv.CsvTable.Column}), and lists at most ten mistakes of one kind, then "and N more
 * like this" ({@link io.leansim.csv.CsvTable.Problem#listed}).
 *
 * <p>Imports nothing of ours (Jackson CSV only), so that both {@code scenario.load} and {@code fit}
 * can use it; what a cell means, and the message when it is wrong, belong to the caller.
 */
package io.leansim.csv;
