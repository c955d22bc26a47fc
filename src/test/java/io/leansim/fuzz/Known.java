package io.leansim.fuzz;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Generator features that find bugs other work on issue 14 is fixing. While a feature is in {@link
 * #EXCLUDED}, its generator keeps to the safe side (the feature is still generated in its safe form)
 * and the suite stays green; once the fix is merged, remove it from {@link #EXCLUDED} and the suite
 * checks it like everything else. Each constant says what the unsafe form is and which fix it waits for.
 */
enum Known {
  /**
   * {@code next} maps that may route customers round a cycle with no way out ({@code a: {next: {b:
   * 1}}, b: {next: {a: 1}}}): {@code validate} passes and {@code run} never ends. Waits for issue 14,
   * item 2 (a validate check naming the cycle, and an event budget). Met by generated routes and by
   * editing a bundled file (deleting government-hall's {@code next: {exit: 1}}). Safe form: every
   * generated {@code next} map has {@code exit} with a probability of at least 0.25, and mutations
   * leave the lines with {@code next} alone.
   */
  ROUTE_CYCLES_WITHOUT_EXIT,
  /**
   * Distribution parameters over the whole range of doubles a user may type ({@code logn(1e9, 3)},
   * {@code gamma(1e-7, 2e6)}): they pass {@code validate}, then {@code run} exits 70 when the
   * conversion to the law's own parameters loses precision. Waits for issue 14's "extreme numbers"
   * fix (every distribution's parameters checked where they are converted). Safe form: means and
   * standard deviations between 0.05 and 50 time units, coefficients of variation up to 5.
   */
  EXTREME_DISTRIBUTION_PARAMETERS,
  /**
   * Mutations of the bundled files that put an extreme number (huge, tiny, negative zero) inside a
   * distribution's parameters: the same bug as {@link #EXTREME_DISTRIBUTION_PARAMETERS}, met by
   * editing a bundled file. Safe form: extreme numbers go everywhere else (horizon, capacity,
   * probabilities, rates, priorities...).
   */
  EXTREME_NUMBERS_IN_BUNDLED_DISTRIBUTIONS,
  /**
   * Mutations of the bundled files that put an extreme number in a rate: {@code rate: 1e308/h} (or
   * {@code 1e307/s}) overflows to infinity when converted to the time unit, and {@code validate}
   * exits 70 ("rate must be >= 0, got Infinity"). Found by this suite; in scenario/load, for the
   * "extreme numbers" fix of issue 14. Safe form: odd numbers (negative, zero, NaN-like) in rates.
   */
  EXTREME_RATES,
  /**
   * CSV exports in the dialects of issue 14, item 4 (UTF-8 BOM, {@code ;} with decimal commas, tab,
   * {@code dd/mm/yyyy} dates) for {@code fit} and {@code calibrate}: refused today. Waits for the
   * CSV dialects fix (and item 5 for calibrate's non-ASCII type names). Safe form: the corpus files
   * in plain comma-separated UTF-8 only.
   */
  CSV_DIALECTS,
  /**
   * A distribution written as a map without {@code dist:} ({@code walk: {}}, {@code patience: {a: 1}},
   * {@code time: {default: {a: 1}}}): {@code validate} exits 70 with a NullPointerException in
   * {@code YNode.describe} instead of "expected a distribution like ...". Found by this suite; in
   * scenario/load, nobody is fixing it yet. Safe form: the mutation puts a list there instead of a map.
   */
  DISTRIBUTION_MAP_WITHOUT_DIST,
  /**
   * A ticket log whose types are not ASCII ({@code 存款}): {@code calibrate} names every type {@code
   * type} in the draft, which does not load, and exits 70. Waits for issue 14, item 5.
   */
  CALIBRATE_NON_ASCII_TYPES,
  /**
   * A ticket log of three equally common types: the shares round to 0.3333 each, the draft's mix
   * sums to 0.9999 and does not load, and {@code calibrate} exits 70. Waits for issue 14, item 5.
   */
  CALIBRATE_MIX_ROUNDING;

  /** The features kept to their safe form until their fix is merged. */
  static final Set<Known> EXCLUDED = EnumSet.noneOf(Known.class);

  /**
   * Whether the unsafe form of this feature is generated: when it is not excluded, or when named in
   * {@code -Dfuzz.known=NAME,...} (or {@code all}), to check a fix before taking it off the list.
   */
  boolean enabled() {
    String asked = System.getProperty("fuzz.known", "");
    return !EXCLUDED.contains(this) || asked.equals("all") || List.of(asked.split(",")).contains(name());
  }
}
