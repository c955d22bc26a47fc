/**
 * Results on disk: {@code summary.json} and {@code summary.csv} per variant, the per-visit trace
 * {@code customers.csv}, all written into a folder built aside and moved into place only when
 * complete ({@link StagedFolder}); shards of a run ({@code --rep-range}): their manifest, their
 * per-replication figures, and checking and putting a set of shards back together ({@link
 * ShardFiles}, {@link ReplicationFiles}). Reads result records only.
 *
 * The files of {@code leansim staff} ({@link io.leansim.report.StaffingFiles}) come here too.
 *
 * <p>May import {@code experiment}, {@code stats} and {@code staffing} result records, {@code
 * scenario} (and its loader, to read a results folder back and write variants), Jackson,
 * JFreeChart and JFreeSVG.
 */
package io.leansim.report;
