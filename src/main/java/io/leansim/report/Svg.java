package io.leansim.report;

import java.util.Locale;

/**
 * A small writer of SVG (XML) text: elements with attributes given as name/value pairs, text
 * content and attribute values escaped, numbers written with {@link Locale#ROOT} and without
 * needless decimals, so the same drawing always gives the same text. Not thread-safe; one per
 * drawing.
 */
final class Svg {
  private final StringBuilder out = new StringBuilder();
  private int depth;

  /** Starts the document: an {@code <svg>} root of {@code width}×{@code height} with a matching view box. */
  Svg(double width, double height, String... attrs) {
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    String[] all = new String[attrs.length + 8];
    all[0] = "xmlns";
    all[1] = "http://www.w3.org/2000/svg";
    all[2] = "viewBox";
    all[3] = "0 0 " + num(width) + " " + num(height);
    all[4] = "width";
    all[5] = num(width);
    all[6] = "height";
    all[7] = num(height);
    System.arraycopy(attrs, 0, all, 8, attrs.length);
    open("svg", all);
  }

  /** Opens {@code <tag attrs>}. */
  Svg open(String tag, String... attrs) {
    indent().append('<').append(tag);
    attributes(attrs);
    out.append(">\n");
    depth++;
    return this;
  }

  /** Closes the innermost open {@code tag}. */
  Svg close(String tag) {
    depth--;
    indent().append("</").append(tag).append(">\n");
    return this;
  }

  /** An element without content. */
  Svg empty(String tag, String... attrs) {
    indent().append('<').append(tag);
    attributes(attrs);
    out.append("/>\n");
    return this;
  }

  /** An element holding {@code content} as escaped text. */
  Svg text(String tag, String content, String... attrs) {
    indent().append('<').append(tag);
    attributes(attrs);
    out.append('>').append(escape(content)).append("</").append(tag).append(">\n");
    return this;
  }

  /** The document, closing the root. */
  String end() {
    close("svg");
    return out.toString();
  }

  private StringBuilder indent() {
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
    return out;
  }

  private void attributes(String[] attrs) {
    if (attrs.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name/value pairs");
    }
    for (int i = 0; i < attrs.length; i += 2) {
      if (attrs[i + 1] != null) {
        out.append(' ').append(attrs[i]).append("=\"").append(escape(attrs[i + 1])).append('"');
      }
    }
  }

  /** {@code s} with the five XML special characters escaped (and control characters dropped). */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&apos;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /** A coordinate: at most two decimals, none when whole. */
  static String num(double x) {
    double r = Math.round(x * 100) / 100.0;
    if (r == Math.rint(r)) {
      return Long.toString((long) r);
    }
    return String.format(Locale.ROOT, "%.2f", r).replaceAll("0+$", "");
  }
}
