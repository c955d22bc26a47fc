/**
 * The value stream at run time: customers ({@link Customer}), waiting lines and their disciplines
 * ({@link Line}), staffed pools ({@link Pool}), arrival processes, and the routing of customers
 * through the steps ({@link ServiceSystem}). Everything that happens is published to {@link
 * FlowListener}s; statistics, lean accounting and traces are such listeners.
 *
 * <p>A line's calling order comes from its step's {@link io.leansim.scenario.Discipline}: the
 * calling class of each customer type and whether an arrival preempts, asked once when the line is
 * built. The rules common to every discipline live in {@link Line}: within a class the
 * longest-waiting customer first (an interrupted one at the front), every customer overdue by
 * {@code max_wait} before every class, longest-waiting first.
 *
 * <p>A customer's lean ledger is kept on the customer: a service is a redo (the waste of defects)
 * at the rework target and at every step served again on the way back to where the defect was
 * found ({@link Customer#redo()}). A replication that runs away or would exhaust memory stops with
 * an {@link UnstableSystemException}: more than {@link ServiceSystem#SAFETY_BOUND} customers inside
 * at once, past its drain bound, past its event budget (a counter per customer event), or an
 * appointment stream with more than {@code ArrivalSource.MAX_APPOINTMENTS} slots in one replication.
 *
 * <p>{@link RandomStreams} names every random stream a run draws from (by arrival stream, by
 * resource with outages) and says how each customer's draws are laid out (by step place), which is
 * what common random numbers between variants rest on.
 *
 * <p>Built fresh for every replication from the immutable scenario. Nothing is allocated per event
 * (a customer is its own reusable event) nor, in the steady state, per customer: a customer who has
 * left is reused for a later arrival, so a listener must not keep one after {@link
 * FlowListener#left}. May import {@code engine} and {@code scenario}.
 */
package io.leansim.model;
