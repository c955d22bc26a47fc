/**
 * Results on disk: {@code summary.json} and {@code summary.csv} per variant, the per-visit trace
 * {@code customers.csv}, all written into a folder built aside and moved into place only when
 * complete ({@link StagedFolder}). Reads result records only.
 *
 * <p>May import {@code experiment} and {@code stats} result records, {@code scenario} (and its loader,
 * to read a results folder back), Jackson, JFreeChart and JFreeSVG.
 */
package io.leansim.report;
