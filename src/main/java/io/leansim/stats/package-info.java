/**
 * The registry of figures ({@link Metric}: every figure's key, scopes, unit, better direction and
 * words, and the named views that tables, pages and charts show), the four groupings they come in
 * ({@link Figures}), and statistics as listeners: per-replication collectors fed by flow events ({@link
 * ReplicationCollector}), the sample-path identities checked on every run ({@link
 * SamplePathCheck}), the per-visit log behind traces ({@link VisitLog}), immutable per-replication
 * figures ({@link ReplicationStats}) and estimates over replications with Student-t confidence
 * intervals ({@link Estimate}).
 *
 * <p>May import {@code model}, {@code engine}, {@code scenario}, SSJ's {@code stat} and Commons Math.
 */
package io.leansim.stats;
