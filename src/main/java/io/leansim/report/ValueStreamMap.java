package io.leansim.report;

import io.leansim.experiment.Summary;
import io.leansim.scenario.Scenario;

/** The value stream map of one run, as SVG (being written; see the report issue). */
public final class ValueStreamMap {
  private ValueStreamMap() {}

  /** The SVG text of the value stream map of {@code run} of {@code scenario}. */
  public static String svg(Scenario scenario, Summary run) {
    throw new UnsupportedOperationException("value stream maps are not drawn yet");
  }
}
