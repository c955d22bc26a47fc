package io.leansim.report;

import io.leansim.fit.Durations;
import io.leansim.fit.Fitter;
import io.leansim.fit.Rescale;
import io.leansim.scenario.DistSpec;
import io.leansim.scenario.load.Shorthand;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.RecordComponent;
import tools.jackson.core.JsonGenerator;

/**
 * {@code fit.json}: {@code {"file", "column", "unit" (of the figures), "n", "mean", "sd", "min",
 * "median", "max", "fits": [{"dist", "shorthand", "parameters": {...}, "log_likelihood", "aic",
 * "bic", "ks_p", "ad_p"}] (best first), "best", "not_fitted": [...]}}; parameters are the scenario
 * format's, in {@code unit}.
 */
public final class FitFiles {

  private FitFiles() {}

  /** Writes {@code r} (fitted to {@code d} from {@code file}) with figures in a unit of {@code per} minutes named {@code unit}. */
  public static void writeJson(Fitter.Result r, Path file, Durations d, double per, String unit, Path to) throws IOException {
    try (Writer w = Files.newBufferedWriter(to, StandardCharsets.UTF_8);
        JsonGenerator g = SummaryFiles.prettyJson(w)) {
      g.writeStartObject();
      g.writeStringProperty("file", file.toString());
      g.writeStringProperty("column", d.column());
      g.writeStringProperty("unit", unit);
      g.writeNumberProperty("n", r.data().n());
      g.writeNumberProperty("mean", r.data().mean() / per);
      g.writeNumberProperty("sd", r.data().sd() / per);
      g.writeNumberProperty("min", r.data().min() / per);
      g.writeNumberProperty("median", r.data().median() / per);
      g.writeNumberProperty("max", r.data().max() / per);
      g.writeArrayPropertyStart("fits");
      for (Fitter.Fit f : r.fits()) {
        DistSpec s = Rescale.inUnit(f.spec(), per);
        g.writeStartObject();
        g.writeStringProperty("dist", f.family().key());
        g.writeStringProperty("shorthand", Shorthand.of(s));
        g.writeObjectPropertyStart("parameters");
        for (RecordComponent c : s.getClass().getRecordComponents()) {
          try {
            Object v = c.getAccessor().invoke(s);
            g.writeNumberProperty(c.getName(), ((Number) v).doubleValue());
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
          }
        }
        g.writeEndObject();
        g.writeNumberProperty("log_likelihood", f.logLikelihood());
        g.writeNumberProperty("aic", f.aic());
        g.writeNumberProperty("bic", f.bic());
        g.writeNumberProperty("ks_p", f.ksP());
        g.writeNumberProperty("ad_p", f.adP());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeStringProperty("best", Shorthand.of(Rescale.inUnit(r.best().spec(), per)));
      g.writeArrayPropertyStart("not_fitted");
      for (String s : r.skipped()) {
        g.writeString(s);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }
}
