package io.leansim.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The animation's colours, as the page draws them ({@link AnimationPage#COLOURS}, {@link
 * AnimationPage#PALETTE}): every mark at least 3:1 against both zone backgrounds (WCAG 2.1, 1.4.11
 * non-text contrast), text at least 4.5:1, every type colour told apart from the zone or from the
 * outline around it, and "gave up" outside the type colours.
 */
class AnimationColoursTest {
  private static final AnimationPage.Colours C = AnimationPage.COLOURS;

  /** WCAG 2.1 relative luminance of {@code #rrggbb}. */
  static double luminance(String hex) {
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      c[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }

  /** WCAG 2.1 contrast ratio of two colours. */
  static double contrast(String a, String b) {
    double x = luminance(a);
    double y = luminance(b);
    return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
  }

  @Test
  void theContrastFormulaIsWcags() {
    assertThat(contrast("#000000", "#ffffff")).isEqualTo(21.0);
    assertThat(contrast("#767676", "#ffffff")).isBetween(4.5, 4.6);
  }

  @Test
  void everyMarkStandsOutFromBothZoneBackgroundsByThreeToOne() {
    for (String zone : new String[] {C.zone(), C.zoneAlt()}) {
      for (String mark : new String[] {C.outline(), C.idle(), C.busy(), C.off(), C.down(), C.gaveUp(), C.rework()}) {
        assertThat(contrast(mark, zone)).as("%s on %s", mark, zone).isGreaterThanOrEqualTo(3);
      }
      assertThat(contrast(C.ink(), zone)).as("text").isGreaterThanOrEqualTo(4.5);
      // the live charts' lines: baseline grey, variant blue (animation.js LINE)
      assertThat(contrast("#4d5866", zone)).isGreaterThanOrEqualTo(3);
      assertThat(contrast("#0072B2", zone)).isGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void everyTypeColourIsToldApartFromTheZoneOrFromItsOutline() {
    for (String colour : AnimationPage.PALETTE) {
      double fromZone = Math.min(contrast(colour, C.zone()), contrast(colour, C.zoneAlt()));
      double fromOutline = contrast(colour, C.outline());
      assertThat(Math.max(fromZone, fromOutline)).as(colour).isGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void gaveUpIsNotATypeColourAndEveryTypeHasAShapeOfItsOwnUpToTheShapes() {
    assertThat(AnimationPage.PALETTE).doesNotContain(C.gaveUp().toUpperCase(), C.gaveUp().toLowerCase());
    assertThat(AnimationPage.SHAPES).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(AnimationPage.PALETTE.size());
  }
}
