package io.leansim.report;

import io.leansim.stats.Estimate;
import io.leansim.stats.Metric;
import java.util.Locale;

/**
 * How a figure reads in a table, on the console and on a page: shares as percentages with one
 * decimal, counts and money as whole numbers, times and rates with two decimals below 10, one
 * below 100 and none above. The files keep the raw numbers.
 */
public enum FigureText {
  COUNT, TIME, PERCENT, RATE;

  /** The mark after a figure that rests on fewer than {@link Estimate#FEW_CUSTOMERS} customers. */
  public static final String FEW = "†";

  /** The format of {@code m}: shares as percentages, counts and money as whole numbers. */
  public static FigureText of(Metric m) {
    return switch (m.unit()) {
      case COUNT, MONEY -> COUNT;
      case DURATION, HOURS -> TIME;
      case SHARE -> PERCENT;
      case NUMBER, RATE -> RATE;
    };
  }

  /**
   * An estimate as a table shows it: "8.12 ± 0.31"; a share with an asymmetric interval
   * "98.1% (91.0%–99.7%)"; "± n/a" without an interval (one replication); "-" without a value;
   * {@link #FEW} after a figure that rests on few customers.
   */
  public String estimate(Estimate e) {
    if (e == null || e.n() == 0 || Double.isNaN(e.mean())) {
      return "-";
    }
    String few = e.fewCustomers() ? " " + FEW : "";
    if (!e.hasInterval()) {
      return text(e.mean()) + " ± n/a" + few;
    }
    if (!text(e.mean() - e.halfWidth()).equals(text(e.low())) || !text(e.mean() + e.halfWidth()).equals(text(e.high()))
        || e.halfWidth() > 0 && text(e.halfWidth()).equals(text(0))) {
      // not mean ± h as printed, or an interval the ± would print as none: its ends
      return text(e.mean()) + " (" + text(e.low()) + "–" + text(e.high()) + ")" + few;
    }
    return text(e.mean()) + " ± " + text(e.halfWidth()) + few;
  }

  /** One number in this format. */
  public String text(double x) {
    return switch (this) {
      case COUNT -> String.format(Locale.ROOT, "%.0f", x);
      case TIME, RATE -> String.format(Locale.ROOT, x >= 100 ? "%.0f" : x >= 10 ? "%.1f" : "%.2f", x);
      case PERCENT -> String.format(Locale.ROOT, "%.1f%%", 100 * x);
    };
  }
}
