/**
 * The value stream at run time: customers ({@link Customer}), waiting lines and their disciplines
 * ({@link Line}), staffed pools ({@link Pool}), arrival processes, and the routing of customers
 * through the steps ({@link ServiceSystem}). Everything that happens is published to {@link
 * FlowListener}s; statistics, lean accounting and traces are such listeners.
 *
 * <p>Built fresh for every replication from the immutable scenario. May import {@code engine} and
 * {@code scenario}.
 */
package io.leansim.model;
