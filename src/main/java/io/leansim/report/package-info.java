/**
 * Results on disk: {@code summary.json} and {@code summary.csv} per variant, the per-visit trace
 * {@code customers.csv}, all written into a folder built aside and moved into place only when
 * complete ({@link StagedFolder}). Reads result records only.
 *
 * The files of {@code leansim staff} ({@link io.leansim.report.StaffingFiles}) come here too.
 *
 * <p>May import {@code experiment}, {@code stats} and {@code staffing} result records, {@code
 * scenario} (and its loader, to read a results folder back and write variants), Jackson,
 * JFreeChart and JFreeSVG.
 */
package io.leansim.report;
