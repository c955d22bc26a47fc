package io.leansim.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.leansim.csv.CsvTable;
import io.leansim.scenario.ArrivalPattern;
import io.leansim.scenario.DistSpec;
import io.leansim.scenario.ResourcePool;
import io.leansim.scenario.Scenario;
import io.leansim.scenario.load.LoadResult;
import io.leansim.scenario.load.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Calibrating the sample log recovers the scenario that generated it ({@code
 * scenarios/data/ticket-log-source.yaml}, ten days) within statistical tolerance. Each tolerance is 3
 * standard errors of the estimate under the source's own laws, plus the rounding of the drafted
 * file (rates and laws to 3 significant digits, times in the log to the second), never a tuned
 * number.
 */
class CalibrationTest {
  static final double Z = 3;

  static Scenario source() {
    return ScenarioLoader.load(SampleTicketLogTest.SOURCE).scenario();
  }

  static Calibration.Draft draft() throws Exception {
    TicketLog log = TicketLog.read(CsvTable.read(SampleTicketLogTest.LOG, "ticket"), Map.of());
    assertThat(log.problems()).isEmpty();
    return Calibration.draft("calibrated", log, 1);
  }

  static Scenario drafted(Calibration.Draft d) {
    LoadResult r = ScenarioLoader.parse("calibrated.yaml", d.yaml(), Path.of("."));
    assertThat(r.formatted()).isEmpty();
    return r.scenario();
  }

  @Test
  void recoversTheHourlyRatesAndTheMix() throws Exception {
    Scenario truth = source();
    Calibration.Draft d = draft();
    Scenario s = drafted(d);
    int days = truth.run().replications();
    List<ArrivalPattern.RatePeriod> want = ((ArrivalPattern.Poisson) truth.arrivals().get(0).pattern()).periods();
    List<ArrivalPattern.RatePeriod> got = ((ArrivalPattern.Poisson) s.arrivals().get(0).pattern()).periods();
    assertThat(got).hasSameSizeAs(want);
    for (int h = 0; h < want.size(); h++) {
      double rate = want.get(h).rate(); // per minute
      // tickets in the hour over the days: Poisson(60 rate days); the rate per hour is written to 3 digits
      double se = Math.sqrt(60 * rate * days) / days / 60;
      assertThat(got.get(h).rate()).as("rate of hour %d", h).isCloseTo(rate, within(Z * se + 5e-3 * rate));
    }
    var mixWant = truth.arrivals().get(0).mix();
    var mixGot = s.arrivals().get(0).mix();
    int n = d.observed().tickets();
    mixWant.forEach((type, p) ->
        assertThat(mixGot.get(type)).as("share of %s", type).isCloseTo(p, within(Z * Math.sqrt(p * (1 - p) / n) + 1e-4)));
  }

  @Test
  void recoversTheServiceLawsTheStaffAndThePatience() throws Exception {
    Scenario truth = source();
    Calibration.Draft d = draft();
    Scenario s = drafted(d);
    TicketLog log = TicketLog.read(CsvTable.read(SampleTicketLogTest.LOG, "ticket"), Map.of());
    for (var type : truth.customers()) {
      DistSpec want = truth.process().get(0).time().forType(type.name());
      DistSpec got = s.process().get(0).time().forType(type.name());
      long served = log.tickets().stream().filter(t -> t.type().equals(type.name()) && t.served()).count();
      // the mean of n services: sd / sqrt(n); durations logged to the second (1/120 min each way)
      double tol = Z * Math.sqrt(want.variance() / served) + 5e-3 * want.mean() + 1.0 / 60;
      assertThat(got.mean()).as("mean service of %s", type.name()).isCloseTo(want.mean(), within(tol));
      assertThat(got.kind()).as("family of %s", type.name()).isEqualTo(want.kind());
    }
    List<ResourcePool.Shift> shifts = truth.resources().get(0).shifts();
    assertThat(s.resources().get(0).shifts()).as("counters on duty by hour").isEqualTo(shifts);
    double patience = truth.customers().get(0).patience().mean();
    long abandoned = log.tickets().stream().filter(t -> !t.served()).count();
    double got = s.customers().get(0).patience().mean();
    // exponential with censoring: the MLE's standard error is mean / sqrt(number of abandonments)
    assertThat(got).isCloseTo(patience, within(Z * patience / Math.sqrt(abandoned) + 5e-3 * patience));
    assertThat(d.notes()).isEmpty();
  }
}
