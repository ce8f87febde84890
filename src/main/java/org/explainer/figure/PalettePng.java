package org.explainer.figure;

import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * An 8-bit palette image written as a PNG (W3C PNG, 2nd edition): signature, {@code IHDR}, {@code PLTE},
 * one {@code IDAT} and {@code IEND}, rows unfiltered (filter type 0, which the specification recommends
 * for palette images) and deflated by {@link Deflater}.
 *
 * <p>Why not javax.imageio, which the cards used before: its PNG writer spends 11–18 ms a card on its own
 * row handling, where deflating the same bytes takes 2 ms; at one card a page that was most of a build.
 * {@code PalettePngTest} pins this writer to javax.imageio: for random images and real cards, javax.imageio
 * reads back exactly the pixels and palette that its own writer's PNG of the same image holds.
 */
final class PalettePng {
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte BIT_DEPTH = 8;
  private static final byte PALETTE = 3;
  /** zlib's level 2: about javax.imageio's compression quality 0.7, which the cards used before; level 6 is slower and hardly smaller. */
  static final int LEVEL = 2;

  private PalettePng() {}

  /**
   * The PNG of the {@code width} × {@code height} image whose pixels, row by row, are indexes into {@code
   * colours}.
   */
  static byte[] encode(IndexColorModel colours, byte[] pixels, int width, int height) {
    if (pixels.length != width * height) {
      throw new IllegalArgumentException(pixels.length + " pixels for a " + width + "×" + height + " image");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    out.writeBytes(SIGNATURE);
    chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put(BIT_DEPTH).put(PALETTE).put((byte) 0).put((byte) 0)
        .put((byte) 0).array());
    int size = colours.getMapSize();
    byte[] palette = new byte[3 * size];
    for (int i = 0; i < size; i++) {
      palette[3 * i] = (byte) colours.getRed(i);
      palette[3 * i + 1] = (byte) colours.getGreen(i);
      palette[3 * i + 2] = (byte) colours.getBlue(i);
    }
    chunk(out, "PLTE", palette);
    byte[] rows = new byte[(width + 1) * height];
    for (int y = 0; y < height; y++) {
      // rows[y * (width + 1)] stays 0: filter type None
      System.arraycopy(pixels, y * width, rows, y * (width + 1) + 1, width);
    }
    chunk(out, "IDAT", deflate(rows));
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static byte[] deflate(byte[] data) {
    Deflater deflater = new Deflater(LEVEL);
    try {
      deflater.setInput(data);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 8 + 64);
      byte[] buffer = new byte[32 * 1024];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  /** A chunk: its data's length, its type, the data, and the CRC-32 of type and data. */
  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(name);
    out.writeBytes(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
