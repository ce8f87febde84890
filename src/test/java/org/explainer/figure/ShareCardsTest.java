package org.explainer.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.explainer.TestSites;
import org.explainer.build.BuildOptions;
import org.explainer.build.Pipeline;
import org.explainer.cache.BuildCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Share cards: the same bytes for the same text, Cyrillic drawn, long titles cut, and a golden card. */
class ShareCardsTest {
  private static final Path GOLDEN = TestSites.ROOT.resolve("src/test/resources/golden/articles/first-note/share.png");
  @TempDir Path tmp;

  private static ShareCards cards() {
    return new ShareCards("Should NATO invite Ukraine now?", List.of(new ShareCards.Stance("Invite now (3)", 3, StanceMarks.of(0)),
        new ShareCards.Stance("No consensus (2)", 2, StanceMarks.of(4)), new ShareCards.Stance("Opposes (1)", 1, StanceMarks.of(5))), BuildCache.none());
  }

  private static BufferedImage decode(byte[] png) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(png));
  }

  /** Dark pixels (text) in the band where the title goes. */
  private static int darkInTitleBand(BufferedImage image) {
    int dark = 0;
    for (int y = 120; y < 360; y++) {
      for (int x = 64; x < 1136; x++) {
        if ((image.getRGB(x, y) & 0xff) < 80) {
          dark++;
        }
      }
    }
    return dark;
  }

  @Test
  void theFixtureSitesEntryCardMatchesItsGoldenFile() throws IOException {
    BuildOptions options = TestSites.minimalCopy(tmp);
    new Pipeline(options).build();
    byte[] built = Files.readAllBytes(options.output().resolve("articles/first-note/share.png"));
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.write(GOLDEN, built);
    }
    assertThat(GOLDEN).as("golden card (create it with -Dgolden.update=true)").exists();
    assertThat(Arrays.equals(built, Files.readAllBytes(GOLDEN))).as("share.png of articles/first-note equals " + GOLDEN).isTrue();
  }

  @Test
  void theSameTextDrawsTheSameBytesAndCyrillicIsDrawn() throws IOException {
    String title = "Запросити Україну до НАТО зараз?";
    byte[] once = cards().png("Пояснення", title);
    assertThat(once).isEqualTo(cards().png("Пояснення", title)).isEqualTo(cards().png("Пояснення", title));
    BufferedImage image = decode(once);
    assertThat(image.getWidth()).isEqualTo(ShareCards.WIDTH);
    assertThat(image.getHeight()).isEqualTo(ShareCards.HEIGHT);
    // glyphs, not an empty band: the Latin title of the same length draws about as much ink
    assertThat(darkInTitleBand(image)).isGreaterThan(5000);
  }

  /**
   * The cards of one site drawn on many threads in a shuffled order, so that the shared background runs and
   * the deflaters are taken in another order, are byte for byte the cards drawn one by one in order.
   */
  @Test
  void cardsDrawnOnManyThreadsInAnyOrderAreTheSameBytes() throws Exception {
    List<String> titles = new ArrayList<>();
    String[] words = {"Sybiha", "says", "allies", "could", "invite", "Ukraine", "at", "the", "summit", "now", "Запросити", "НАТО"};
    Random random = new Random(7);
    for (int i = 0; i < 60; i++) {
      StringBuilder title = new StringBuilder(words[random.nextInt(words.length)]);
      for (int w = random.nextInt(14); w > 0; w--) {
        title.append(' ').append(words[random.nextInt(words.length)]);
      }
      titles.add(title.toString());
    }
    ShareCards inOrder = cards();
    List<byte[]> expected = titles.stream().map(t -> inOrder.png("Site", t)).toList();
    ShareCards shared = cards();
    List<Integer> order = new ArrayList<>(IntStream.range(0, titles.size()).boxed().toList());
    Collections.shuffle(order, random);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      Map<Integer, Future<byte[]>> drawn = new HashMap<>();
      order.forEach(i -> drawn.put(i, pool.submit(() -> shared.png("Site", titles.get(i)))));
      for (int i = 0; i < titles.size(); i++) {
        assertThat(drawn.get(i).get()).as("card of %s", titles.get(i)).isEqualTo(expected.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void cardsDifferOnlyWhereTheirTitlesAre() throws IOException {
    BufferedImage a = decode(cards().png("Site", "One title"));
    BufferedImage b = decode(cards().png("Site", "Another, longer title"));
    for (int y = 400; y < ShareCards.HEIGHT; y++) {
      for (int x = 0; x < ShareCards.WIDTH; x++) {
        assertThat(a.getRGB(x, y)).as("(%d, %d)", x, y).isEqualTo(b.getRGB(x, y));
      }
    }
    assertThat(darkInTitleBand(a)).isLessThan(darkInTitleBand(b));
  }

  @Test
  void aLongTitleIsCutWithAnEllipsisInThreeLines() throws IOException {
    String words = "word ".repeat(80);
    assertThat(ShareCards.wrap(words, new Font(Font.SANS_SERIF, Font.PLAIN, 60), new FontRenderContext(null, true, true)).size())
        .isGreaterThan(3);
    BufferedImage image = decode(cards().png("", words));
    // nothing of the title spills into the question below it
    BufferedImage shortTitle = decode(cards().png("", "word"));
    for (int y = 395; y < ShareCards.HEIGHT; y++) {
      for (int x = 0; x < ShareCards.WIDTH; x++) {
        assertThat(image.getRGB(x, y)).as("(%d, %d)", x, y).isEqualTo(shortTitle.getRGB(x, y));
      }
    }
  }
}
