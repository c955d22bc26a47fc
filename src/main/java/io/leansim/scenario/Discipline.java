package io.leansim.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Order in which a step's waiting line is called: the scenario's {@code discipline:} key. A
 * discipline is two small facts, in the spirit of Ciw where a discipline is just a function:
 *
 * <ul>
 *   <li>its {@link CallingClass}: the class each customer type waits in; a free server calls the
 *       lowest class first, and within a class the longest-waiting customer;
 *   <li>whether an arriving customer who finds no free server {@link #preempts() interrupts} a
 *       customer of a higher class in service (preemptive-resume).
 * </ul>
 *
 * <p>Rules common to every discipline (the line's, not the discipline's): {@code max_wait} calls
 * an overdue customer before every class, a pool calls only the types it {@code serves}.
 *
 * <p>Adding a discipline is one constant here: its key, its words for the scenario summary, its
 * calling class and whether it preempts. The loader accepts every key listed here; the run-time
 * line ({@code model.Line}) asks the calling class once, when it is built, so the calling order
 * costs nothing per call.
 */
public enum Discipline {
  /** In order of joining the step. */
  FIFO("fifo", "first come, first served", false, type -> 0),
  /** Lowest {@code priority} number first, FIFO within equal priority (non-preemptive). */
  PRIORITY("priority", "by priority, then arrival", false, CustomerType::priority),
  /** Priority, and an arriving customer of strictly higher priority interrupts service. */
  PREEMPTIVE("preemptive", "by priority, interrupting service", true, CustomerType::priority);

  /**
   * The calling class of each customer type under a discipline: customers of a lower class are
   * called first; only the order of the values matters, not their size.
   */
  @FunctionalInterface
  public interface CallingClass {
    /** The class customers of {@code type} wait in. */
    int of(CustomerType type);
  }

  private final String key;
  private final String words;
  private final boolean preempts;
  private final CallingClass callingClass;

  Discipline(String key, String words, boolean preempts, CallingClass callingClass) {
    this.key = key;
    this.words = words;
    this.preempts = preempts;
    this.callingClass = callingClass;
  }

  /** The word used in scenario files. */
  public String key() {
    return key;
  }

  /** The calling order in plain words, for the scenario's summary ("first come, first served"). */
  public String words() {
    return words;
  }

  /**
   * Whether an arriving customer who finds no free server interrupts the customer in service of
   * the highest class above its own (who goes back to the front of its class and resumes later).
   */
  public boolean preempts() {
    return preempts;
  }

  /** The class customers of {@code type} wait in: lower classes are called first. */
  public int callingClass(CustomerType type) {
    return callingClass.of(type);
  }

  /** The keys of every discipline, in declaration order. */
  public static List<String> keys() {
    List<String> keys = new ArrayList<>();
    for (Discipline d : values()) {
      keys.add(d.key);
    }
    return List.copyOf(keys);
  }

  /** The discipline written as {@code key}, or null. */
  public static Discipline ofKey(String key) {
    for (Discipline d : values()) {
      if (d.key.equals(key)) {
        return d;
      }
    }
    return null;
  }
}
