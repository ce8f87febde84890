package org.explainer.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.zip.Adler32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import javax.imageio.ImageIO;
import org.explainer.cache.BuildCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link PalettePng}, the hand-written PNG writer of the share cards, pinned to javax.imageio: for every
 * image, javax.imageio reads back from our PNG exactly the palette and pixels it reads back from its own
 * writer's PNG of the same image (and a PNG reader that checks chunk CRCs and the zlib stream accepts it).
 */
class PalettePngTest {

  /** Random palettes and pixels, of random sizes: noise, runs, and both. */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void javaxImageioReadsBackWhatItsOwnWriterWrites(long seed) throws IOException {
    Random random = new Random(seed);
    int width = 1 + random.nextInt(300);
    int height = 1 + random.nextInt(200);
    IndexColorModel palette = randomPalette(random);
    byte[] pixels = randomPixels(random, width * height, palette.getMapSize());
    assertSameAsImageio(palette, pixels, width, height);
  }

  /** Real cards, English and Cyrillic, short and cut titles. */
  @Test
  void realCardsReadBackAsJavaxImageioWritesThem() throws IOException {
    ShareCards cards = new ShareCards("Should NATO invite Ukraine now?", List.of(new ShareCards.Stance("Invite now (3)", 3, StanceMarks.of(0)),
        new ShareCards.Stance("No consensus (2)", 2, StanceMarks.of(4))), BuildCache.none());
    for (String title : List.of("Short", "Сибіга: запрошення до НАТО — це не подарунок", "a very long title ".repeat(20))) {
      byte[] png = cards.png("NATO and Ukraine", title);
      BufferedImage card = ImageIO.read(new ByteArrayInputStream(png));
      assertThat(card.getColorModel()).isInstanceOf(IndexColorModel.class);
      byte[] pixels = ((DataBufferByte) card.getRaster().getDataBuffer()).getData();
      assertSameAsImageio((IndexColorModel) card.getColorModel(), pixels, card.getWidth(), card.getHeight());
      // the card itself, its question and stance strip deflated once for every card
      assertReadsBackAsImageio(png, (IndexColorModel) card.getColorModel(), pixels, card.getWidth(), card.getHeight());
    }
  }

  /**
   * Images in runs of rows deflated apart (the share cards' question, stance strip and background between
   * lines of text are deflated once for every card): every split, with runs of no rows, of one row and
   * of all, whether or not the runs share a deflater, reads back as the whole image written by
   * javax.imageio, and the zlib stream inflates to its rows with the Adler-32 that {@link
   * java.util.zip.Inflater} checks.
   */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {21, 22, 23, 24, 25, 26, 27, 28})
  void anImageInRunsDeflatedApartReadsBackWhole(long seed) throws IOException {
    Random random = new Random(seed);
    int width = 1 + random.nextInt(300);
    int height = 1 + random.nextInt(200);
    IndexColorModel palette = randomPalette(random);
    byte[] pixels = randomPixels(random, width * height, palette.getMapSize());
    byte[] whole = inflatedIdat(PalettePng.encode(palette, pixels, width, height));
    for (int split = 0; split < 6; split++) {
      TreeSet<Integer> cuts = new TreeSet<>(List.of(0, height));
      int more = split == 0 ? 0 : 1 + random.nextInt(split * 3);
      for (int i = 0; i < more; i++) {
        cuts.add(random.nextInt(height + 1));
      }
      if (split == 1) {
        cuts.add(height - 1); // a last run of one row
      }
      Deflater shared = PalettePng.deflater();
      try {
        List<PalettePng.Rows> runs = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
          boolean last = to == height;
          runs.add(split % 2 == 0 || last ? PalettePng.Rows.of(pixels, width, from, to, last)
              : PalettePng.Rows.of(pixels, width, from, to, false, shared));
          if (random.nextInt(4) == 0 && !last) {
            runs.add(PalettePng.Rows.of(pixels, width, to, to, false, shared)); // a run of no rows
          }
          from = to;
        }
        byte[] png = PalettePng.encode(palette, width, height, runs);
        assertReadsBackAsImageio(png, palette, pixels, width, height);
        assertThat(inflatedIdat(png)).as("runs cut at %s", cuts).isEqualTo(whole);
      } finally {
        shared.end();
      }
    }
  }

  /**
   * Runs whose deflated rows fill the 32 KiB buffer that a sync flush drains into more than once (noise,
   * which deflate cannot shrink): read back whole, split anywhere.
   */
  @Test
  void runsLargerThanOneDeflateBufferReadBackWhole() throws IOException {
    Random random = new Random(41);
    int width = 500;
    int height = 300;
    IndexColorModel palette = randomPalette(random);
    byte[] pixels = new byte[width * height];
    random.nextBytes(pixels);
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = (byte) ((pixels[i] & 0xff) % palette.getMapSize());
    }
    Deflater shared = PalettePng.deflater();
    try {
      PalettePng.Rows top = PalettePng.Rows.of(pixels, width, 0, 170, false, shared);
      assertThat(top.deflated().length).as("deflated rows of the first run").isGreaterThan(2 * 32 * 1024);
      List<PalettePng.Rows> runs = List.of(top, PalettePng.Rows.of(pixels, width, 170, 171, false, shared),
          PalettePng.Rows.of(pixels, width, 171, height, true, shared));
      byte[] png = PalettePng.encode(palette, width, height, runs);
      assertReadsBackAsImageio(png, palette, pixels, width, height);
      assertThat(inflatedIdat(png)).isEqualTo(inflatedIdat(PalettePng.encode(palette, pixels, width, height)));
    } finally {
      shared.end();
    }
  }

  /** The Adler-32 of two runs combined equals that of the runs one after the other, for runs long enough to wrap its sums. */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {31, 32, 33, 34, 35, 36, 37, 38})
  void adlerOfBothIsTheAdlerOfTheRunsTogether(long seed) {
    Random random = new Random(seed);
    byte[] first = new byte[random.nextInt(3) == 0 ? 0 : random.nextInt(200_000)];
    byte[] second = new byte[random.nextInt(3) == 0 ? random.nextInt(3) : random.nextInt(300_000)];
    random.nextBytes(first);
    random.nextBytes(second);
    if (seed % 2 == 0) {
      Arrays.fill(second, (byte) 0xff); // the largest sums
    }
    Adler32 whole = new Adler32();
    whole.update(first);
    whole.update(second);
    Adler32 a = new Adler32();
    a.update(first);
    Adler32 b = new Adler32();
    b.update(second);
    assertThat(PalettePng.adlerOfBoth((int) a.getValue(), (int) b.getValue(), second.length)).isEqualTo((int) whole.getValue());
  }

  @Test
  void refusesRunsThatDoNotMakeTheImage() {
    IndexColorModel palette = new IndexColorModel(8, 1, new byte[1], new byte[1], new byte[1]);
    byte[] pixels = new byte[12];
    PalettePng.Rows top = PalettePng.Rows.of(pixels, 3, 0, 2, false);
    PalettePng.Rows bottom = PalettePng.Rows.of(pixels, 3, 2, 4, true);
    assertThat(PalettePng.encode(palette, 3, 4, List.of(top, bottom))).isNotEmpty();
    assertThatThrownBy(() -> PalettePng.encode(palette, 4, 4, List.of(top, bottom))).as("rows of another width")
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PalettePng.encode(palette, 3, 5, List.of(top, bottom))).as("too few rows")
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PalettePng.encode(palette, 3, 1, List.of(bottom))).as("too many rows")
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PalettePng.encode(palette, 3, 4, List.of(bottom, top))).as("the final block first")
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PalettePng.encode(palette, 3, 2, List.of(top))).as("no final block")
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PalettePng.Rows.of(pixels, 3, 2, 5, false)).as("rows past the image")
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PalettePng.encode(palette, 3, 0, List.of())).as("no runs, so no final block")
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesPixelsThatDoNotFitTheSize() {
    IndexColorModel palette = new IndexColorModel(8, 1, new byte[1], new byte[1], new byte[1]);
    assertThatThrownBy(() -> PalettePng.encode(palette, new byte[5], 2, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  /** Pixels of noise and runs: each a random colour one time in four, else the one before. */
  private static byte[] randomPixels(Random random, int count, int colours) {
    byte[] pixels = new byte[count];
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = (byte) (random.nextInt(4) == 0 || i == 0 ? random.nextInt(colours) : pixels[i - 1]);
    }
    return pixels;
  }

  private static IndexColorModel randomPalette(Random random) {
    int colours = 1 + random.nextInt(256);
    byte[] r = new byte[colours];
    byte[] g = new byte[colours];
    byte[] b = new byte[colours];
    random.nextBytes(r);
    random.nextBytes(g);
    random.nextBytes(b);
    return new IndexColorModel(8, colours, r, g, b);
  }

  /** The rows the IDAT chunks of {@code png} inflate to, read to the end of the zlib stream, its Adler-32 checked by the Inflater. */
  private static byte[] inflatedIdat(byte[] png) {
    ByteBuffer in = ByteBuffer.wrap(png, 8, png.length - 8);
    ByteArrayOutputStream idat = new ByteArrayOutputStream();
    while (in.hasRemaining()) {
      int length = in.getInt();
      byte[] type = new byte[4];
      in.get(type);
      byte[] data = new byte[length];
      in.get(data);
      in.getInt(); // the CRC, which javax.imageio checks
      if (new String(type, StandardCharsets.US_ASCII).equals("IDAT")) {
        idat.writeBytes(data);
      }
    }
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(idat.toByteArray());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[64 * 1024];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        assertThat(n > 0 || !inflater.needsInput()).as("the zlib stream ends").isTrue();
        out.write(buffer, 0, n);
      }
      assertThat(inflater.getRemaining()).as("bytes after the zlib stream").isZero();
      return out.toByteArray();
    } catch (DataFormatException e) {
      throw new AssertionError("the zlib stream of the IDAT chunks does not inflate: " + e.getMessage(), e);
    } finally {
      inflater.end();
    }
  }

  private static void assertSameAsImageio(IndexColorModel palette, byte[] pixels, int width, int height) throws IOException {
    assertReadsBackAsImageio(PalettePng.encode(palette, pixels, width, height), palette, pixels, width, height);
  }

  /** javax.imageio reads back from {@code ours} what it reads back from its own PNG of the image, and our zlib stream inflates whole. */
  private static void assertReadsBackAsImageio(byte[] ours, IndexColorModel palette, byte[] pixels, int width, int height) throws IOException {
    WritableRaster raster = Raster.createInterleavedRaster(new DataBufferByte(pixels.clone(), pixels.length), width, height, width, 1, new int[] {0}, null);
    ByteArrayOutputStream theirs = new ByteArrayOutputStream();
    assertThat(ImageIO.write(new BufferedImage(palette, raster, false, null), "png", theirs)).isTrue();
    BufferedImage expected = ImageIO.read(new ByteArrayInputStream(theirs.toByteArray()));
    assertThat(inflatedIdat(ours)).hasSize((width + 1) * height);
    BufferedImage actual = ImageIO.read(new ByteArrayInputStream(ours));
    assertThat(actual.getWidth()).isEqualTo(width);
    assertThat(actual.getHeight()).isEqualTo(height);
    assertThat(actual.getType()).isEqualTo(expected.getType());
    IndexColorModel a = (IndexColorModel) actual.getColorModel();
    IndexColorModel e = (IndexColorModel) expected.getColorModel();
    assertThat(a.getMapSize()).isEqualTo(e.getMapSize());
    for (int i = 0; i < e.getMapSize(); i++) {
      assertThat(a.getRGB(i)).as("palette entry %d", i).isEqualTo(e.getRGB(i));
    }
    assertThat(actual.getRaster().getDataElements(0, 0, width, height, null))
        .isEqualTo(expected.getRaster().getDataElements(0, 0, width, height, null));
  }
}
