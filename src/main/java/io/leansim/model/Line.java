package io.leansim.model;

import java.util.ArrayDeque;

/**
 * The waiting line of one step under its discipline. Customers are kept in one FIFO bucket per
 * rank (a single bucket for {@code fifo}; one per distinct priority for {@code priority}, types
 * without priority last), so the order is (rank, join sequence): deterministic and O(1) per
 * operation.
 */
public final class Line {
  private final ArrayDeque<Customer>[] buckets;
  private final int[] rankOfType;
  private int size;

  /**
   * A line with {@code rankOfType[t]} the bucket of customer type {@code t} (all 0 for FIFO) and
   * {@code ranks} buckets.
   */
  @SuppressWarnings("unchecked")
  Line(int[] rankOfType, int ranks) {
    this.rankOfType = rankOfType.clone();
    this.buckets = new ArrayDeque[ranks];
    for (int i = 0; i < ranks; i++) {
      buckets[i] = new ArrayDeque<>();
    }
  }

  /** Number of customers waiting. */
  public int size() {
    return size;
  }

  void add(Customer c) {
    buckets[rankOfType[c.type()]].addLast(c);
    size++;
  }

  /** Rank of the customer who would be called next, or Integer.MAX_VALUE if empty. */
  int headRank() {
    for (int r = 0; r < buckets.length; r++) {
      if (!buckets[r].isEmpty()) {
        return r;
      }
    }
    return Integer.MAX_VALUE;
  }

  /** The customer who would be called next (not removed), or null. */
  Customer peek() {
    for (ArrayDeque<Customer> b : buckets) {
      Customer c = b.peekFirst();
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  /** Removes and returns the customer called next, or null. */
  Customer poll() {
    for (ArrayDeque<Customer> b : buckets) {
      Customer c = b.pollFirst();
      if (c != null) {
        size--;
        return c;
      }
    }
    return null;
  }
}
