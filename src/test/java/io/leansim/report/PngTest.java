package io.leansim.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngTest {
  /** An antialiased drawing: every shade of the edges, on a white background or a transparent one. */
  private static BufferedImage drawing(int type, boolean background) {
    BufferedImage image = new BufferedImage(157, 83, type);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    if (background) {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, 157, 83);
    }
    g.setColor(new Color(0x0072B2));
    g.setStroke(new BasicStroke(2.5f));
    g.drawLine(3, 80, 150, 7);
    g.setColor(new Color(230, 159, 0, 150));
    g.fillOval(40, 10, 60, 50);
    g.drawString("wait (min)", 10, 20);
    g.dispose();
    return image;
  }

  private static BufferedImage roundTrip(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Png.write(image, out);
    return ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
  }

  private static int[] argb(BufferedImage image) {
    return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
  }

  @Test
  void anOpaqueChartReadsBackPixelForPixelAsRgb() throws IOException {
    BufferedImage image = drawing(BufferedImage.TYPE_INT_ARGB, true);
    BufferedImage back = roundTrip(image);
    assertThat(back.getColorModel().hasAlpha()).as("opaque: written as RGB").isFalse();
    assertThat(argb(back)).isEqualTo(argb(image));
  }

  @Test
  void transparencyIsKept() throws IOException {
    BufferedImage image = drawing(BufferedImage.TYPE_INT_ARGB, false);
    BufferedImage back = roundTrip(image);
    assertThat(back.getColorModel().hasAlpha()).isTrue();
    assertThat(argb(back)).isEqualTo(argb(image));
  }

  @Test
  void otherImageTypesToo() throws IOException {
    for (int type : new int[] {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_3BYTE_BGR}) {
      BufferedImage image = drawing(type, true);
      assertThat(argb(roundTrip(image))).as("type " + type).isEqualTo(argb(image));
    }
  }
}
