/**
 * The staffing search: the cheapest staff per time bin of one pool that meets a service level for
 * the customers who need it (the types it serves that walk a step using it) arriving in every bin,
 * or a target per type ({@link io.leansim.staffing.ServiceLevelTargets}: each type with its own
 * judged alone, the others together). Queueing theory gives the start ({@link
 * io.leansim.staffing.BinDemand}: Erlang C or Erlang A per bin, square-root staffing as a
 * reference); simulation with common random numbers improves it ({@link
 * io.leansim.staffing.StaffingSearch}); the result is a record ({@link
 * io.leansim.staffing.StaffingPlan}). No I/O and no printing: {@code report} writes the files and
 * {@code cli} prints.
 *
 * <p>May import {@code experiment}, {@code stats}, {@code model} (listener types), {@code theory}
 * and {@code scenario}.
 */
package io.leansim.staffing;
