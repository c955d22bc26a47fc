package io.leansim.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Renders the HTML pages from their templates ({@code src/main/jte}, compiled to classes of this
 * package at build time: nothing is parsed or compiled at run time) and reads the style sheets and
 * scripts the pages inline ({@code src/main/resources/io/leansim/report}). Every value a template
 * prints is HTML-escaped unless the template says {@code $unsafe}, which only the page's own
 * style sheet, script and JSON data use.
 */
final class Pages {
  /** The precompiled templates; loading one is a class lookup, once. */
  private static final TemplateEngine TEMPLATES =
      TemplateEngine.createPrecompiled(null, ContentType.Html, Pages.class.getClassLoader(), "io.leansim.report");

  private Pages() {}

  /** The page {@code template} ({@code "report.jte"}) shows for {@code model}. */
  static String render(String template, Object model) {
    StringOutput out = new StringOutput(1 << 16);
    TEMPLATES.render(template, model, out);
    return out.toString();
  }

  /** The text of the resource {@code name} beside this class (a style sheet or script of a page). */
  static String resource(String name) {
    try (InputStream in = Pages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
