package io.leansim.scenario.load;

import io.leansim.scenario.Discipline;
import java.util.List;
import java.util.Optional;

/**
 * Every key of the scenario format, with its documentation: one table drives the unknown-key
 * check, the "did you mean" hints, "missing key" examples and a test that the format's keys are
 * all here. Paths are patterns: {@code *} stands for a name the file chooses (a type, stream,
 * pool, step or variant), {@code []} for a list item, and {@code (dist).} prefixes distribution
 * parameters, which may appear wherever a distribution is expected. A key planned but not
 * supported yet would be listed with {@code supported = false} and refused with a clear error;
 * every key of format version 1 is supported.
 */
public final class KeyTable {
  private KeyTable() {}

  /** What a key holds. */
  public enum Kind {
    MAP, NAMED_MAP, LIST, TEXT, NAME, ENUM, DURATION, RATE, CLOCK, DIST, INTEGER, NUMBER,
    PROBABILITY, BOOLEAN, ANY
  }

  /**
   * One key.
   *
   * @param path the path pattern
   * @param kind what it holds
   * @param range unit and allowed values
   * @param doc one line of documentation
   * @param example an example value as written in a file
   * @param supported whether this release loads it
   */
  public record Key(String path, Kind kind, String range, String doc, String example, boolean supported) {
    /** The last segment: the key as written. */
    public String name() {
      int dot = path.lastIndexOf('.');
      return path.substring(dot + 1);
    }

    /** The pattern of the mapping that holds this key. */
    public String parent() {
      int dot = path.lastIndexOf('.');
      return dot < 0 ? "" : path.substring(0, dot);
    }
  }

  private static Key k(String path, Kind kind, String range, String doc, String example) {
    return new Key(path, kind, range, doc, example, true);
  }

  /** The pattern prefix of distribution parameters. */
  public static final String DIST = "(dist)";

  /** Every key, in documentation order. */
  public static final List<Key> KEYS = List.of(
      k("name", Kind.NAME, "[a-z0-9_-]+; default: the file name", "id; results go to results/<name>/", "telecom-hall"),
      k("title", Kind.TEXT, "default: the name", "human title", "Telecom business hall, weekday"),
      k("description", Kind.TEXT, "optional", "free text about the scenario", "Weekday staffing study"),
      k("time_unit", Kind.ENUM, "s | min | h; default min", "unit of every bare-number duration", "min"),
      k("clock_start", Kind.CLOCK, "HH:MM or HH:MM:SS; default 00:00", "time of day of run time 0", "\"09:00\""),
      k("run", Kind.MAP, "required", "how to run the scenario", "{horizon: 8h}"),
      k("run.horizon", Kind.CLOCK, "duration or clock time > 0; required", "arrivals stop at this time (doors close)", "8h"),
      k("run.drain", Kind.BOOLEAN, "default true", "serve everyone inside at closing", "true"),
      k("run.warmup", Kind.DURATION, ">= 0 and < horizon; default 0", "statistics of the first warmup time units are discarded", "0"),
      k("run.replications", Kind.INTEGER, ">= 1; default 10", "independent replications", "20"),
      k("run.seed", Kind.INTEGER, "any integer; default 12345", "one seed fixes every random number", "20261122"),
      k("run.precision", Kind.MAP, "optional", "add replications until a metric is precise enough", "{metric: wait_mean, relative: 0.05}"),
      k("run.precision.metric", Kind.ENUM, "an overall metric of docs/results-format.md (wait_mean, wait_p90, ..., wip_mean); required", "the metric to make precise", "wait_mean"),
      k("run.precision.relative", Kind.NUMBER, "> 0; required", "target 95% half-width relative to the mean", "0.05"),
      k("run.precision.max_replications", Kind.INTEGER, "integer >= replications (and >= 2); default the larger of 400 and replications", "upper bound on replications", "400"),
      k("targets", Kind.MAP, "optional", "service targets", "{wait_within: 10min}"),
      k("targets.wait_within", Kind.DURATION, ">= 0", "service level = share of customers whose total wait <= this", "10min"),
      k("customers", Kind.NAMED_MAP, "optional; default one type 'customer'", "customer types, in report order", "{bill_payment: {}}"),
      k("customers.*", Kind.MAP, "may be empty", "one customer type", "{priority: 1}"),
      k("customers.*.priority", Kind.INTEGER, "integer >= 1", "1 is called first at priority steps; types without rank last", "1"),
      k("customers.*.patience", Kind.DIST, "duration distribution", "time before giving up in a queue", "exp(20)"),
      k("arrivals", Kind.NAMED_MAP, "required, at least one stream", "arrival streams; their customers add up", "{walk_in: {rate: 60/h}}"),
      k("arrivals.*", Kind.MAP, "exactly one of rate, schedule, every, slots, trace", "one arrival stream", "{rate: 60/h}"),
      k("arrivals.*.rate", Kind.RATE, ">= 0; per time_unit when bare", "Poisson stream at a constant rate", "60/h"),
      k("arrivals.*.schedule", Kind.LIST, "periods in increasing time order", "piecewise-constant Poisson rate by time of day", "[{from: \"09:00\", rate: 40/h}]"),
      k("arrivals.*.schedule[].from", Kind.CLOCK, "clock time not before clock_start, or a duration from the start", "start of the period", "\"09:00\""),
      k("arrivals.*.schedule[].rate", Kind.RATE, ">= 0", "rate from this time on", "40/h"),
      k("arrivals.*.mix", Kind.NAMED_MAP, "probabilities summing to 1; required unless one type; not with trace", "type probabilities", "{bill_payment: 0.6, new_contract: 0.4}"),
      k("arrivals.*.mix.*", Kind.PROBABILITY, "in [0, 1]", "probability of this type", "0.55"),
      k("arrivals.*.every", Kind.DURATION, "> 0", "deterministic arrivals (appointments)", "15min"),
      k("arrivals.*.start", Kind.CLOCK, "clock time or duration from the start; with every; default 0", "first appointment", "\"09:30\""),
      k("arrivals.*.until", Kind.CLOCK, "clock time or duration from the start, after start; with every; default none: to the horizon", "end of the block: the last slot is strictly before it", "\"11:00\""),
      k("arrivals.*.slots", Kind.LIST, "non-empty list of clock times or durations from the start, in time order, before the horizon", "appointments at these times (a time twice: two appointments)", "[\"09:30\", \"09:45\", \"10:30\"]"),
      k("arrivals.*.jitter", Kind.DIST, "distribution of any sign: below 0 is early, clamped at the opening; with every or slots; default none", "lateness added to each appointment", "unif(-5,5)"),
      k("arrivals.*.no_show", Kind.PROBABILITY, "in [0, 1); with every or slots; default 0", "probability an appointment does not come", "0.1"),
      k("arrivals.*.trace", Kind.TEXT, "CSV with header time,type, relative to the scenario file; rows in time order within [0, horizon)", "replay observed arrivals", "data/arrivals.csv"),
      k("arrivals.*.scale", Kind.NUMBER, "number > 0; with rate or schedule; default 1", "multiplies the rate or every rate of the schedule (growth: 1.3 is 30% more customers)", "1.1"),
      k("arrivals.*.batch", Kind.DIST, "distribution, rounded, >= 1", "group size of each arrival", "unif(1,3)"),
      k("resources", Kind.NAMED_MAP, "optional", "staffed pools of identical servers", "{counter: {capacity: 4}}"),
      k("resources.*", Kind.MAP, "exactly one of capacity, shifts", "one pool", "{capacity: 4}"),
      k("resources.*.capacity", Kind.INTEGER, "integer >= 0; required unless shifts", "number of servers", "4"),
      k("resources.*.shifts", Kind.LIST, "non-empty, periods in increasing time order; instead of capacity", "staff on duty from each time on", "[{from: \"09:00\", staff: 3}]"),
      k("resources.*.shifts[].from", Kind.CLOCK, "clock time not before clock_start, or a duration from the start", "start of the shift period", "\"09:00\""),
      k("resources.*.shifts[].staff", Kind.INTEGER, "integer >= 0", "servers on duty", "3"),
      k("resources.*.breaks", Kind.NAMED_MAP, "optional; on top of capacity or shifts; overlapping breaks add up", "named break waves that take servers off duty", "{lunch: {from: \"12:00\", waves: 2, off: 3, length: 30min}}"),
      k("resources.*.breaks.*", Kind.MAP, "from, off, length required; waves", "one break, in waves back to back", "{from: \"12:00\", waves: 2, off: 3, length: 30min}"),
      k("resources.*.breaks.*.from", Kind.CLOCK, "clock time not before clock_start, or a duration from the start", "start of the first wave", "\"12:00\""),
      k("resources.*.breaks.*.waves", Kind.INTEGER, "integer >= 1; default 1", "number of waves, one after the other", "2"),
      k("resources.*.breaks.*.off", Kind.INTEGER, "integer >= 1", "servers off duty during each wave", "3"),
      k("resources.*.breaks.*.length", Kind.DURATION, "> 0", "length of each wave", "30min"),
      k("resources.*.serves", Kind.LIST, "non-empty list of type names; default all", "types this pool may serve", "[bill_payment]"),
      k("resources.*.cost_per_hour", Kind.NUMBER, ">= 0", "cost per server on duty", "25"),
      k("resources.*.outages", Kind.MAP, "every and duration, both required", "the whole pool stops", "{every: exp(240), duration: exp(15)}"),
      k("resources.*.outages.every", Kind.DIST, "distribution", "time between outages", "exp(240)"),
      k("resources.*.outages.duration", Kind.DIST, "distribution", "length of an outage", "exp(15)"),
      k("process", Kind.NAMED_MAP, "required, at least one step", "the value stream: ordered steps", "{serve: {resource: counter, time: exp(4)}}"),
      k("process.*", Kind.MAP, "time required", "one step", "{resource: counter, time: exp(4)}"),
      k("process.*.resource", Kind.NAME, "a pool name, or a list of pools in preference order; absent: pure delay", "the pools that serve this step", "counter"),
      k("process.*.time", Kind.DIST, "a distribution, or one per type with default", "service time", "exp(4)"),
      k("process.*.time.*", Kind.DIST, "a distribution", "service time of this type (or default)", "logn(7,3)"),
      k("process.*.value", Kind.ENUM, "value_added | necessary | waste; default necessary", "lean class of the service time", "value_added"),
      k("process.*.for", Kind.LIST, "non-empty list of type names; default all", "types that walk this step", "[new_contract]"),
      k("process.*.discipline", Kind.ENUM, String.join(" | ", Discipline.keys()) + "; default fifo", "queue order", "priority"),
      k("process.*.max_wait", Kind.DURATION, "> 0; only with discipline priority or preemptive", "waited this long: called ahead of every priority", "20min"),
      k("process.*.walk", Kind.DIST, "distribution", "walk time before joining this step", "0.5"),
      k("process.*.queue_limit", Kind.INTEGER, "integer >= 0; only on a step with a resource", "customers finding this many waiting leave", "30"),
      k("process.*.patience", Kind.DIST, "distribution; only on a step with a resource", "overrides the type's patience at this step", "exp(25)"),
      k("process.*.rework", Kind.MAP, "probability (required), for, to, time", "defects sent back", "{probability: 0.08}"),
      k("process.*.rework.probability", Kind.PROBABILITY, "in [0, 1), or one per type with default (a type without either: none); required", "chance the work is found wrong", "0.08"),
      k("process.*.rework.probability.*", Kind.PROBABILITY, "in [0, 1)", "chance for this type (or default)", "0.1"),
      k("process.*.rework.for", Kind.LIST, "non-empty list of type names; default all", "only these types are ever found wrong", "[new_contract]"),
      k("process.*.rework.to", Kind.NAME, "a step with a resource; default this step", "step to go back to", "serve"),
      k("process.*.rework.time", Kind.DIST, "distribution; default a fresh draw of the step time", "time of the redo", "exp(2)"),
      k("process.*.next", Kind.NAMED_MAP, "step or exit -> probability, summing to 1", "routing after the step", "{back_office: 0.3, exit: 0.7}"),
      k("process.*.next.*", Kind.PROBABILITY, "in [0, 1]", "probability of going there", "0.3"),
      k("process.*.after", Kind.NAME, "a step; not with before", "place this step right after that one: everyone leaving it passes this step first", "take_ticket"),
      k("process.*.before", Kind.NAME, "a step; not with after", "place this step right before that one: everyone going to it passes this step first", "serve"),
      k("variants", Kind.NAMED_MAP, "names [a-z0-9_-]+, not baseline", "lean variants to compare with the baseline", "{card-priority: {patch: {}}}"),
      k("variants.*", Kind.MAP, "title, patch", "one variant", "{title: Card first, patch: {}}"),
      k("variants.*.title", Kind.TEXT, "default: the variant name", "human title", "Card-replacement customers are called first"),
      k("variants.*.patch", Kind.ANY, "a map; required", "JSON Merge Patch (RFC 7396) applied to the baseline", "{process: {serve: {discipline: priority}}}"),
      k(DIST + ".dist", Kind.ENUM, String.join(", ", DistReader.PARAMS.keySet()), "distribution name", "exponential"),
      k(DIST + ".value", Kind.DURATION, ">= 0; any sign in a jitter", "constant value", "3"),
      k(DIST + ".mean", Kind.DURATION, "> 0", "mean", "4"),
      k(DIST + ".min", Kind.DURATION, ">= 0; any sign in a jitter", "minimum", "2"),
      k(DIST + ".max", Kind.DURATION, "> min", "maximum", "5"),
      k(DIST + ".mode", Kind.DURATION, "in [min, max]", "most likely value", "0.4"),
      k(DIST + ".sd", Kind.DURATION, "> 0", "standard deviation", "1"),
      k(DIST + ".k", Kind.INTEGER, "integer >= 1", "number of phases", "3"),
      k(DIST + ".shape", Kind.NUMBER, "> 0", "Weibull shape", "1.5"),
      k(DIST + ".scale", Kind.DURATION, "> 0", "Weibull scale", "4"),
      k(DIST + ".values", Kind.LIST, "non-empty list of durations >= 0; any sign in a jitter", "observations to resample", "[3, 4.5, 6]"),
      k(DIST + ".file", Kind.TEXT, "CSV with a header, relative to the scenario file", "observations to resample", "data/service.csv"),
      k(DIST + ".column", Kind.TEXT, "a header name; default the first column", "the CSV column", "minutes"));

  /** The key at exactly this pattern. */
  public static Optional<Key> find(String pattern) {
    return KEYS.stream().filter(key -> key.path().equals(pattern)).findFirst();
  }

  /** The keys a mapping at {@code parentPattern} may hold (supported or not), in table order. */
  public static List<Key> children(String parentPattern) {
    return KEYS.stream()
        .filter(key -> key.parent().equals(parentPattern) && !key.name().equals("*"))
        .toList();
  }
}
