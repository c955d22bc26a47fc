/**
 * From a user's data to scenario inputs: {@code fit} (a column of observed durations, {@link
 * io.leansim.fit.Durations}, fitted by maximum likelihood to the format's families, {@link
 * io.leansim.fit.Fitter}) and {@code calibrate} (a queue-ticket system's log, {@link
 * io.leansim.fit.TicketLog}: clock times or timestamps, days from dates or from clock times going
 * back, tickets across midnight; drafted into a scenario that always loads, with placeholders where
 * the log is silent, {@link io.leansim.fit.Calibration}). Every mistake in the data is a {@link
 * io.leansim.csv.CsvTable.Problem} with its position; guesses (days counted, the order of day and
 * month) are notes.
 *
 * <p>May import {@code csv} (to read the files), {@code scenario} and {@code scenario.load} (the
 * records and shorthands it writes), {@code stats} (the replay of a log) and SSJ's {@code
 * probdist} and {@code gof}.
 */
package io.leansim.fit;
