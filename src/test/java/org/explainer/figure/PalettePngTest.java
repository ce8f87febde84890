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
import java.util.List;
import java.util.Random;
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
    int colours = 1 + random.nextInt(256);
    byte[] r = new byte[colours];
    byte[] g = new byte[colours];
    byte[] b = new byte[colours];
    random.nextBytes(r);
    random.nextBytes(g);
    random.nextBytes(b);
    IndexColorModel palette = new IndexColorModel(8, colours, r, g, b);
    byte[] pixels = new byte[width * height];
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = (byte) (random.nextInt(4) == 0 || i == 0 ? random.nextInt(colours) : pixels[i - 1]);
    }
    assertSameAsImageio(palette, pixels, width, height);
  }

  /** Real cards, English and Cyrillic, short and cut titles. */
  @Test
  void realCardsReadBackAsJavaxImageioWritesThem() throws IOException {
    ShareCards cards = new ShareCards("Should NATO invite Ukraine now?", List.of(new ShareCards.Stance("Invite now (3)", 3, StanceMarks.of(0)),
        new ShareCards.Stance("No consensus (2)", 2, StanceMarks.of(3))), BuildCache.none());
    for (String title : List.of("Short", "Сибіга: запрошення до НАТО — це не подарунок", "a very long title ".repeat(20))) {
      BufferedImage card = ImageIO.read(new ByteArrayInputStream(cards.png("NATO and Ukraine", title)));
      assertThat(card.getColorModel()).isInstanceOf(IndexColorModel.class);
      byte[] pixels = ((DataBufferByte) card.getRaster().getDataBuffer()).getData();
      assertSameAsImageio((IndexColorModel) card.getColorModel(), pixels, card.getWidth(), card.getHeight());
    }
  }

  @Test
  void refusesPixelsThatDoNotFitTheSize() {
    IndexColorModel palette = new IndexColorModel(8, 1, new byte[1], new byte[1], new byte[1]);
    assertThatThrownBy(() -> PalettePng.encode(palette, new byte[5], 2, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  private static void assertSameAsImageio(IndexColorModel palette, byte[] pixels, int width, int height) throws IOException {
    WritableRaster raster = Raster.createInterleavedRaster(new DataBufferByte(pixels.clone(), pixels.length), width, height, width, 1, new int[] {0}, null);
    ByteArrayOutputStream theirs = new ByteArrayOutputStream();
    assertThat(ImageIO.write(new BufferedImage(palette, raster, false, null), "png", theirs)).isTrue();
    BufferedImage expected = ImageIO.read(new ByteArrayInputStream(theirs.toByteArray()));
    BufferedImage actual = ImageIO.read(new ByteArrayInputStream(PalettePng.encode(palette, pixels, width, height)));
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
