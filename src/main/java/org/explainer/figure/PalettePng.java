package org.explainer.figure;

import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * An 8-bit palette image written as a PNG (W3C PNG, 2nd edition): signature, {@code IHDR}, {@code PLTE},
 * one {@code IDAT} and {@code IEND}, rows unfiltered (filter type 0, which the specification recommends
 * for palette images) and deflated by {@link Deflater}. Rows that many images end in (the question and
 * stance strip of every share card) can be deflated once, as a {@link Tail}: each image then deflates only
 * its own rows, a third less work for a card.
 *
 * <p>Why not javax.imageio, which the cards used before: its PNG writer spends 11–18 ms a card on its own
 * row handling, where deflating the same bytes takes 2 ms; at one card a page that was most of a build.
 * {@code PalettePngTest} pins this writer to javax.imageio: for random images and real cards, javax.imageio
 * reads back exactly the pixels and palette that its own writer's PNG of the same image holds, with and
 * without a tail, and the zlib stream inflates whole, its Adler-32 checked.
 */
final class PalettePng {
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte BIT_DEPTH = 8;
  private static final byte PALETTE = 3;
  /** zlib's level 2: about javax.imageio's compression quality 0.7, which the cards used before; level 6 is slower and hardly smaller. */
  static final int LEVEL = 2;
  /** The modulus of the sums of Adler-32. */
  private static final long ADLER_BASE = 65521;

  private PalettePng() {}

  /**
   * The PNG of the {@code width} × {@code height} image whose pixels, row by row, are indexes into {@code
   * colours}.
   */
  static byte[] encode(IndexColorModel colours, byte[] pixels, int width, int height) {
    return encode(colours, pixels, width, height, Tail.NONE);
  }

  /**
   * The PNG of the {@code width} × {@code height} image whose first rows are {@code pixels} (indexes into
   * {@code colours}, row by row) and whose last rows are {@code tail}'s, deflated once for every image
   * that ends in them: the rows above the tail are deflated and flushed to a byte boundary, the tail's
   * deflated rows follow, and the zlib stream's Adler-32 is that of both, combined.
   */
  static byte[] encode(IndexColorModel colours, byte[] pixels, int width, int height, Tail tail) {
    int above = height - tail.rows();
    if (above < 0 || pixels.length != width * above || tail.rows() > 0 && tail.width() != width) {
      throw new IllegalArgumentException(pixels.length + " pixels and " + tail.rows() + " rows of " + tail.width() + " for a " + width + "×" + height
          + " image");
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
    chunk(out, "IDAT", deflate(rows(pixels, width, above), tail));
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  /**
   * The last {@code rows} rows of images that all end in the same pixels, {@code width} to a row,
   * deflated once (a raw deflate stream whose last block is final), with their Adler-32 and their length
   * as PNG rows, for {@link #encode(IndexColorModel, byte[], int, int, Tail)}.
   */
  record Tail(int width, int rows, byte[] deflated, int adler, int length) {
    /** No rows: the whole image is the caller's. */
    static final Tail NONE = new Tail(0, 0, new byte[0], 1, 0);

    /** The rows of {@code pixels} (row by row, {@code width} to a row) from row {@code from} to its last. */
    static Tail of(byte[] pixels, int width, int from) {
      int height = pixels.length / width;
      byte[] rows = PalettePng.rows(Arrays.copyOfRange(pixels, from * width, height * width), width, height - from);
      Deflater deflater = new Deflater(LEVEL, true);
      try {
        deflater.setInput(rows);
        deflater.finish();
        Adler32 adler = new Adler32();
        adler.update(rows);
        return new Tail(width, height - from, drain(deflater, Deflater.NO_FLUSH, rows.length), (int) adler.getValue(), rows.length);
      } finally {
        deflater.end();
      }
    }
  }

  /** {@code pixels} as PNG rows: each row's filter type (0, None), then its pixels. */
  private static byte[] rows(byte[] pixels, int width, int height) {
    byte[] rows = new byte[(width + 1) * height];
    for (int y = 0; y < height; y++) {
      // rows[y * (width + 1)] stays 0: filter type None
      System.arraycopy(pixels, y * width, rows, y * (width + 1) + 1, width);
    }
    return rows;
  }

  /** The zlib stream of {@code rows} followed by {@code tail}'s rows. */
  private static byte[] deflate(byte[] rows, Tail tail) {
    Deflater deflater = new Deflater(LEVEL);
    try {
      deflater.setInput(rows);
      if (tail.rows() == 0) {
        deflater.finish();
        return drain(deflater, Deflater.NO_FLUSH, rows.length);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(rows.length / 8 + tail.deflated().length + 64);
      // the zlib header and the blocks of these rows, ending on a byte boundary with no final block
      out.writeBytes(drain(deflater, Deflater.SYNC_FLUSH, rows.length));
      out.writeBytes(tail.deflated());
      out.writeBytes(ByteBuffer.allocate(4).putInt(adlerOfBoth((int) deflater.getAdler(), tail.adler(), tail.length())).array());
      return out.toByteArray();
    } finally {
      deflater.end();
    }
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
