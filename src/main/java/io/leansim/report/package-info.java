/**
 * Results on disk: {@code summary.json} and {@code summary.csv} per variant, the per-visit trace
 * {@code customers.csv}, all written into a folder built aside and moved into place only when
 * complete ({@link StagedFolder}), which marks every results folder with a {@code .leansim-results}
 * file (how LeanSim knows which folders it may replace); shards of a run ({@code --rep-range}): their manifest, their
 * per-replication figures, and checking and putting a set of shards back together ({@link
 * ShardFiles}, {@link ReplicationFiles}). Reads result records only.
 *
 * The files of {@code leansim staff} ({@link io.leansim.report.StaffingFiles}) come here too.
 *
 * <p>{@code results.xlsx} ({@link ResultsWorkbook}): the tables of a run, a comparison, a sweep or a
 * staffing plan as one Excel workbook, a sheet per table, numbers as numbers with formats, written
 * with the other files of the folder (and again by {@link Report}); reproducible to the byte.
 *
 * <p>The pages ({@code report.html} of a comparison and of a sweep, the animation) are jte
 * templates in {@code src/main/jte}, compiled into this package at build time and rendered by
 * {@link Pages}; the page classes ({@link ReportPage}, {@link SweepReport}, {@link AnimationPage})
 * only turn results into the small records a template shows. Style sheets and scripts are
 * resources beside this package ({@code report.css}, {@code sweep.css}, {@code animation.css},
 * {@code animation.js}). Figures are named, labelled and chosen through {@code stats.Metric}.
 * {@link FlowOrder} places the steps of one or more scenarios in the order customers visit them
 * (from {@code scenario.Routes}): columns, parallel lanes and loops back, shared by the panels of
 * an animation; {@code report.html} carries the animation pages inside (iframe {@code srcdoc}).
 *
 * <p>Pictures: the charts ({@link Charts} in the style of {@link ChartStyle}: one colour and one dash
 * per run, never the page's "worse" red) and the value stream maps ({@link ValueStreamMap}, laid out
 * by {@link Flow}: the order customers visit the steps, from {@code scenario.Routes}). The charts of
 * a report are drawn at once (each by one thread) and written as PNG by {@link Png} (ImageIO's
 * writer costs several times more in a short-lived process) and SVG.
 *
 * <p>May import {@code experiment}, {@code stats} and {@code staffing} result records, {@code
 * scenario} (and its loader, to read a results folder back and write variants), Jackson,
 * JFreeChart, JFreeSVG, the jte runtime and fastexcel (only {@link ResultsWorkbook}).
 */
package io.leansim.report;
