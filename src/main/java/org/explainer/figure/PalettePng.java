package org.explainer.figure;

import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * An 8-bit palette image written as a PNG (W3C PNG, 2nd edition): signature, {@code IHDR}, {@code PLTE},
 * one {@code IDAT} and {@code IEND}, rows unfiltered (filter type 0, which the specification recommends
 * for palette images) and deflated by {@link Deflater}. An image may be given as runs of rows, each
 * deflated on its own ({@link Rows}): runs that many images share (the share cards' question and stance
 * strip, the background between their lines of text) are deflated once, and each image deflates only
 * the rows it draws on. Deflating an unchanged row of background costs zlib as much as a row of text.
 *
 * <p>Why not javax.imageio, which the cards used before: its PNG writer spends 11–18 ms a card on its own
 * row handling, where deflating the same bytes takes 2 ms; at one card a page that was most of a build.
 * {@code PalettePngTest} pins this writer to javax.imageio: for random images and real cards, javax.imageio
 * reads back exactly the pixels and palette that its own writer's PNG of the same image holds, whole and
 * in runs, and the zlib stream inflates whole, its Adler-32 checked.
 */
final class PalettePng {
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte BIT_DEPTH = 8;
  private static final byte PALETTE = 3;
  /** zlib's level 2: about javax.imageio's compression quality 0.7, which the cards used before; level 6 is slower and hardly smaller. */
  static final int LEVEL = 2;
  /**
   * The zlib header (RFC 1950) that zlib writes for {@link #LEVEL}: deflate with a 32 KiB window ({@code
   * 0x78}), then the "fast" level flag and the check bits that make the two bytes a multiple of 31.
   */
  private static final byte[] ZLIB_HEADER = {0x78, 0x5e};
  /** The modulus of the sums of Adler-32. */
  private static final long ADLER_BASE = 65521;

  private PalettePng() {}

  /**
   * The PNG of the {@code width} × {@code height} image whose pixels, row by row, are indexes into {@code
   * colours}.
   */
  static byte[] encode(IndexColorModel colours, byte[] pixels, int width, int height) {
    if (pixels.length != width * height) {
      throw new IllegalArgumentException(pixels.length + " pixels for a " + width + "×" + height + " image");
    }
    return encode(colours, width, height, List.of(Rows.of(pixels, width, 0, height, true)));
  }

  /**
   * The PNG of the {@code width} × {@code height} image made of {@code runs} of rows, top to bottom, the
   * last of them {@link Rows#last() last}: each run's deflated blocks one after the other, and the zlib
   * stream's Adler-32 that of all their rows, combined.
   */
  static byte[] encode(IndexColorModel colours, int width, int height, List<Rows> runs) {
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("no runs of rows for a " + width + "×" + height + " image: the last run holds the final block");
    }
    int rows = 0;
    for (int i = 0; i < runs.size(); i++) {
      Rows run = runs.get(i);
      if (run.count() > 0 && run.width() != width || run.last() != (i == runs.size() - 1)) {
        throw new IllegalArgumentException("run " + (i + 1) + " of " + runs.size() + " has rows " + run.width() + " wide"
            + (run.last() ? " and ends the image" : "") + ", for a " + width + "×" + height + " image");
      }
      rows += run.count();
    }
    if (rows != height) {
      throw new IllegalArgumentException(rows + " rows for a " + width + "×" + height + " image");
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
    ByteArrayOutputStream zlib = new ByteArrayOutputStream(runs.stream().mapToInt(r -> r.deflated().length).sum() + 6);
    zlib.writeBytes(ZLIB_HEADER);
    int adler = 1; // of no bytes
    for (Rows run : runs) {
      zlib.writeBytes(run.deflated());
      adler = adlerOfBoth(adler, run.adler(), run.length());
    }
    zlib.writeBytes(ByteBuffer.allocate(4).putInt(adler).array());
    chunk(out, "IDAT", zlib.toByteArray());
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  /**
   * A run of an image's rows, {@code width} pixels each, deflated on its own into raw deflate blocks:
   * ending on a byte boundary, so that the next run's blocks follow, or with the final block when the run
   * is the image's {@code last}; with the Adler-32 of its rows and their length as PNG rows.
   *
   * @param count how many rows
   */
  record Rows(int width, int count, byte[] deflated, int adler, long length, boolean last) {
    /** Rows {@code from} to {@code to} (exclusive) of {@code pixels}, an image {@code width} pixels wide, row by row. */
    static Rows of(byte[] pixels, int width, int from, int to, boolean last) {
      Deflater deflater = deflater();
      try {
        return of(pixels, width, from, to, last, deflater);
      } finally {
        deflater.end();
      }
    }

    /**
     * As {@link #of(byte[], int, int, int, boolean)}, deflated by {@code deflater} (one of {@link
     * #deflater()}'s, reset first and left open for the next run): setting up a deflater takes zlib a
     * quarter of a megabyte of memory, which costs more than deflating a card's rows once the C library
     * gives it back to the system after each card.
     */
    static Rows of(byte[] pixels, int width, int from, int to, boolean last, Deflater deflater) {
      if (from < 0 || to < from || (long) to * width > pixels.length) {
        throw new IllegalArgumentException("rows " + from + " to " + to + " of " + pixels.length + " pixels " + width + " to a row");
      }
      byte[] rows = PalettePng.rows(pixels, width, from, to);
      deflater.reset();
      deflater.setInput(rows);
      byte[] deflated;
      if (last) {
        deflater.finish();
        deflated = drain(deflater, Deflater.NO_FLUSH, rows.length);
      } else {
        deflated = drain(deflater, Deflater.SYNC_FLUSH, rows.length);
      }
      Adler32 adler = new Adler32();
      adler.update(rows);
      return new Rows(width, to - from, deflated, (int) adler.getValue(), rows.length, last);
    }
  }

  /** A deflater for {@link Rows#of(byte[], int, int, int, boolean, Deflater)}: raw deflate at {@link #LEVEL}; the caller ends it. */
  static Deflater deflater() {
    return new Deflater(LEVEL, true);
  }

  /** Rows {@code from} to {@code to} of {@code pixels} as PNG rows: each row's filter type (0, None), then its pixels. */
  private static byte[] rows(byte[] pixels, int width, int from, int to) {
    byte[] rows = new byte[(width + 1) * (to - from)];
    for (int y = from; y < to; y++) {
      // rows[(y - from) * (width + 1)] stays 0: filter type None
      System.arraycopy(pixels, y * width, rows, (y - from) * (width + 1) + 1, width);
    }
    return rows;
  }

  /**
   * What {@code deflater} gives of its input: until it is finished ({@code NO_FLUSH}, after {@link
   * Deflater#finish}), or until a flush leaves room in the buffer ({@code SYNC_FLUSH}, as its Javadoc
   * asks).
   */
  private static byte[] drain(Deflater deflater, int flush, int size) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(size / 8 + 64);
    byte[] buffer = new byte[32 * 1024];
    while (true) {
      int n = deflater.deflate(buffer, 0, buffer.length, flush);
      out.write(buffer, 0, n);
      if (flush == Deflater.NO_FLUSH ? deflater.finished() : n < buffer.length) {
        return out.toByteArray();
      }
    }
  }

  /**
   * The Adler-32 of two byte runs one after the other, from each run's Adler-32 and the second's length
   * (zlib's {@code adler32_combine}, which {@code java.util.zip} does not offer). By RFC 1950 a run's
   * Adler-32 is {@code A}, 1 plus the sum of its bytes, and {@code B}, the sum of {@code A} after each
   * byte, both modulo 65521: after the first run, {@code A} carries the first run's sum, which each byte
   * of the second run adds to {@code B} once more.
   */
  static int adlerOfBoth(int first, int second, long secondLength) {
    long a1 = first & 0xffff;
    long b1 = (first >>> 16) & 0xffff;
    long a2 = second & 0xffff;
    long b2 = (second >>> 16) & 0xffff;
    long a = (a1 + a2 + ADLER_BASE - 1) % ADLER_BASE;
    long b = (b1 + b2 + secondLength % ADLER_BASE * ((a1 + ADLER_BASE - 1) % ADLER_BASE)) % ADLER_BASE;
    return (int) (b << 16 | a);
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
