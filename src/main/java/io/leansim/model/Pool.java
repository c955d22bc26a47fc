package io.leansim.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A staffed pool of identical servers at run time: staff on duty now (it follows the shifts),
 * whether it is out of service (an outage), the customers it holds, and the lines it calls from.
 * It keeps no process logic: the system decides where customers go.
 *
 * <p>When staff goes down while servers are busy, busy servers finish their customer first: the
 * pool then holds more customers than staff on duty until they finish.
 */
public final class Pool {
  private final int index;
  private final String name;
  private final boolean[] servesType;
  private final boolean servesAll;
  private final List<StepNode> steps = new ArrayList<>();
  /** {@link #steps()} as an array, for the hot paths (set once the system is built). */
  StepNode[] stepArray = new StepNode[0];
  final List<Customer> holding = new ArrayList<>();
  int onDuty;
  boolean down;

  Pool(int index, String name, int onDuty, boolean[] servesType) {
    this.index = index;
    this.name = name;
    this.onDuty = onDuty;
    this.servesType = servesType.clone();
    boolean all = true;
    for (boolean b : servesType) {
      all &= b;
    }
    this.servesAll = all;
  }

  /** Index in the scenario's resource list. */
  public int index() {
    return index;
  }

  /** The pool's name. */
  public String name() {
    return name;
  }

  /** Servers scheduled on duty now. */
  public int onDuty() {
    return onDuty;
  }

  /** Customers held now: in service, or paused by an outage (may exceed {@link #onDuty()} after a shift change). */
  public int busy() {
    return holding.size();
  }

  /** Servers actually working now: 0 during an outage, else {@link #busy()}. */
  public int serving() {
    return down ? 0 : holding.size();
  }

  /** Servers present now: scheduled staff, plus those finishing a customer after their shift. */
  public int present() {
    return Math.max(onDuty, holding.size());
  }

  /** Whether the pool is out of service (an outage). */
  public boolean isDown() {
    return down;
  }

  /** Whether this pool may serve customer type index {@code type}. */
  public boolean serves(int type) {
    return servesType[type];
  }

  boolean servesAll() {
    return servesAll;
  }

  /** Whether a server is free to start a service now. */
  boolean hasFreeServer() {
    return !down && holding.size() < onDuty;
  }

  /** Steps whose lines this pool calls from. */
  List<StepNode> steps() {
    return steps;
  }
}
