package io.leansim.model;

import io.leansim.scenario.CustomerType;
import io.leansim.scenario.Discipline;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/**
 * The waiting line of one step under its {@link Discipline}. Customers are kept in one FIFO bucket
 * per rank, a rank being one distinct {@linkplain Discipline#callingClass calling class} of the
 * discipline (a single bucket for {@code fifo}; one per distinct priority for {@code priority} and
 * {@code preemptive}, types without priority last), each holding the customers interrupted by
 * preemption first, then the others by join sequence, so the calling order is (rank, position in
 * the bucket): deterministic, without a comparator, and the discipline is asked only once, when
 * the line is built.
 *
 * <p>Within a rank, the longest-waiting customer is called first: a customer interrupted by
 * preemption goes back to the front of its rank, the others wait in order of joining. With {@code
 * max_wait}, every customer who has waited at least that long (since joining, or since its
 * service was interrupted) is called before every rank, longest-waiting first. A pool calls only
 * customers whose type it serves.
 */
public final class Line {
  private final ArrayDeque<Customer>[] buckets;
  private final int[] rankOfType;
  private final double maxWait;
  private int size;

  /**
   * The line of a step with {@code discipline} for customer {@code types} (in scenario order), where
   * customers waiting {@code maxWait} or longer (NaN: no limit) come first.
   */
  static Line of(Discipline discipline, List<CustomerType> types, double maxWait) {
    TreeSet<Integer> distinct = new TreeSet<>();
    for (CustomerType t : types) {
      distinct.add(discipline.callingClass(t));
    }
    int[] rank = new int[types.size()];
    for (int t = 0; t < rank.length; t++) {
      rank[t] = distinct.headSet(discipline.callingClass(types.get(t))).size();
    }
    return new Line(rank, Math.max(1, distinct.size()), maxWait);
  }

  /**
   * A line where customer type {@code t} waits in bucket {@code rankOfType[t]} of {@code ranks},
   * and customers waiting {@code maxWait} or longer (NaN: no limit) come first.
   */
  @SuppressWarnings("unchecked")
  Line(int[] rankOfType, int ranks, double maxWait) {
    this.rankOfType = rankOfType.clone();
    this.maxWait = maxWait;
    this.buckets = new ArrayDeque[ranks];
    for (int i = 0; i < ranks; i++) {
      buckets[i] = new ArrayDeque<>();
    }
  }

  /** Number of customers waiting. */
  public int size() {
    return size;
  }

  /** The calling rank of customer type {@code type} (0 is called first). */
  int rank(int type) {
    return rankOfType[type];
  }

  void add(Customer c) {
    buckets[rankOfType[c.type()]].addLast(c);
    size++;
  }

  /** Puts a preempted customer back at the front of its priority class. */
  void addFront(Customer c) {
    buckets[rankOfType[c.type()]].addFirst(c);
    size++;
  }

  /** Removes {@code c} (an abandoning customer); false if it is not here. */
  boolean remove(Customer c) {
    if (buckets[rankOfType[c.type()]].remove(c)) {
      size--;
      return true;
    }
    return false;
  }

  /**
   * The customer {@code pool} would call next at time {@code now}, or null when none here is of a
   * type it serves. Not removed.
   */
  Customer candidate(Pool pool, double now) {
    return candidate(pool, now, 0, buckets.length);
  }

  /**
   * The customer {@code pool} would call next from calling rank {@code rank} alone (a server taken
   * by preemption for that rank), or null when none of that rank is of a type it serves.
   */
  Customer candidateOfRank(Pool pool, double now, int rank) {
    return candidate(pool, now, rank, rank + 1);
  }

  /**
   * The next call among ranks {@code from} (inclusive) to {@code to} (exclusive): the customer who
   * waited longest, if overdue; else the first of the lowest rank. Each bucket holds, in order, the
   * customers interrupted by preemption (who wait again from the interruption) and then those who
   * joined, by join sequence: the longest-waiting customer of a bucket is among its interrupted
   * ones or is its first joined one, so a bucket is read only up to its first joined customer.
   */
  private Customer candidate(Pool pool, double now, int from, int to) {
    boolean servesAll = pool.servesAll();
    if (Double.isNaN(maxWait)) {
      for (int r = from; r < to; r++) {
        Customer first = servesAll ? buckets[r].peekFirst() : firstServedBy(buckets[r], pool);
        if (first != null) {
          return first;
        }
      }
      return null;
    }
    Customer best = null;
    Customer oldest = null;
    for (int r = from; r < to; r++) {
      ArrayDeque<Customer> bucket = buckets[r];
      Customer head = bucket.peekFirst();
      if (head == null) {
        continue;
      }
      if (servesAll && !head.servedThisVisit) { // nobody interrupted here: the head waited longest
        best = best == null ? head : best;
        oldest = oldest == null || waitedLonger(head, oldest) ? head : oldest;
        continue;
      }
      for (Iterator<Customer> it = bucket.iterator(); it.hasNext(); ) {
        Customer c = it.next();
        if (!pool.serves(c.type())) {
          continue;
        }
        best = best == null ? c : best;
        oldest = oldest == null || waitedLonger(c, oldest) ? c : oldest;
        if (!c.servedThisVisit) {
          break; // those behind joined later
        }
      }
    }
    return oldest != null && overdue(oldest, now) ? oldest : best;
  }

  /**
   * Whether {@code a} has waited longer than {@code b} in its current wait (since joining, or
   * since its service was interrupted): earlier start of the wait, then earlier join.
   */
  static boolean waitedLonger(Customer a, Customer b) {
    return a.waitingSince < b.waitingSince || (a.waitingSince == b.waitingSince && a.joinSeq < b.joinSeq);
  }

  /** Whether {@code c} has waited at least {@code max_wait} (and so is called before every rank). */
  boolean overdue(Customer c, double now) {
    return !Double.isNaN(maxWait) && now - c.waitingSince >= maxWait;
  }

  void take(Customer c) {
    if (!remove(c)) {
      throw new IllegalStateException("customer " + c.id() + " is not in this line");
    }
  }

  private static Customer firstServedBy(ArrayDeque<Customer> bucket, Pool pool) {
    if (pool.servesAll()) {
      return bucket.peekFirst();
    }
    for (Iterator<Customer> it = bucket.iterator(); it.hasNext(); ) {
      Customer c = it.next();
      if (pool.serves(c.type())) {
        return c;
      }
    }
    return null;
  }
}
