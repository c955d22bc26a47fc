package io.leansim.report;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A minimal PNG encoder for the charts: 8-bit RGB (RGBA when a pixel is not opaque), each row
 * filtered by "Sub" (the byte minus the one a pixel to the left: the flat areas and straight lines
 * of a chart become runs of zeros) and deflated at a fast level. ImageIO's writer takes several
 * times longer in a short-lived process: it tries all five filters on every row in Java, and
 * buffers the stream through a temporary file.
 */
final class Png {
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  /** Fast and, on charts, within a few per cent of the best compression. */
  private static final int LEVEL = 3;

  private Png() {}

  /** Writes {@code image} (of type {@code TYPE_INT_ARGB} or {@code TYPE_INT_RGB}) to {@code out} as a PNG. */
  static void write(BufferedImage image, OutputStream out) throws IOException {
    int w = image.getWidth();
    int h = image.getHeight();
    int[] argb = pixels(image);
    boolean alpha = false;
    if (image.getColorModel().hasAlpha()) {
      for (int p : argb) {
        if (p >>> 24 != 0xFF) {
          alpha = true;
          break;
        }
      }
    }
    int channels = alpha ? 4 : 3;
    ByteArrayOutputStream ihdr = new ByteArrayOutputStream(13);
    DataOutputStream d = new DataOutputStream(ihdr);
    d.writeInt(w);
    d.writeInt(h);
    d.writeByte(8); // bits per channel
    d.writeByte(alpha ? 6 : 2); // RGBA or RGB
    d.writeByte(0); // deflate
    d.writeByte(0); // adaptive filtering (one filter type per row)
    d.writeByte(0); // not interlaced
    ByteArrayOutputStream idat = new ByteArrayOutputStream(w * h / 4 + 1024);
    Deflater deflater = new Deflater(LEVEL);
    try (DeflaterOutputStream z = new DeflaterOutputStream(idat, deflater, 1 << 16)) {
      byte[] row = new byte[1 + w * channels];
      row[0] = 1; // filter type Sub
      for (int y = 0; y < h; y++) {
        int prevR = 0;
        int prevG = 0;
        int prevB = 0;
        int prevA = 0;
        int i = 1;
        for (int x = 0, k = y * w; x < w; x++, k++) {
          int p = argb[k];
          int r = p >>> 16 & 0xFF;
          int g = p >>> 8 & 0xFF;
          int b = p & 0xFF;
          row[i++] = (byte) (r - prevR);
          row[i++] = (byte) (g - prevG);
          row[i++] = (byte) (b - prevB);
          prevR = r;
          prevG = g;
          prevB = b;
          if (alpha) {
            int a = p >>> 24;
            row[i++] = (byte) (a - prevA);
            prevA = a;
          }
        }
        z.write(row);
      }
    } finally {
      deflater.end();
    }
    out.write(SIGNATURE);
    chunk(out, "IHDR", ihdr.toByteArray());
    chunk(out, "IDAT", idat.toByteArray());
    chunk(out, "IEND", new byte[0]);
  }

  /** The pixels as ARGB, one int each, row by row. */
  private static int[] pixels(BufferedImage image) {
    int type = image.getType();
    if ((type == BufferedImage.TYPE_INT_ARGB || type == BufferedImage.TYPE_INT_RGB)
        && image.getRaster().getDataBuffer() instanceof DataBufferInt data && data.getNumBanks() == 1
        && image.getRaster().getParent() == null) {
      int[] p = data.getData();
      if (type == BufferedImage.TYPE_INT_ARGB) {
        return p;
      }
      int[] opaque = new int[p.length];
      for (int i = 0; i < p.length; i++) {
        opaque[i] = p[i] | 0xFF000000;
      }
      return opaque;
    }
    return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
  }

  private static void chunk(OutputStream out, String type, byte[] data) throws IOException {
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    DataOutputStream d = new DataOutputStream(out);
    d.writeInt(data.length);
    d.write(t);
    d.write(data);
    d.writeInt((int) crc.getValue());
    d.flush();
  }
}
