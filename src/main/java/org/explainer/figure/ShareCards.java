package org.explainer.figure;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.explainer.cache.BuildCache;

/**
 * The share cards of one site (each page's {@code og:image}): 1200×630 PNGs drawn with Java2D. Every card
 * shows the question and where the actors stand, drawn once when the cards are made; a card adds its
 * page's title and, above it, a short line (the site's title). The text is the caller's, so a card is in
 * the language of its page.
 *
 * <p>The same text always gives the same bytes, on every machine and JDK: the fonts are the committed
 * Noto Sans and Noto Serif (with Cyrillic; OFL, see {@code fonts/OFL.txt} beside this class), loaded from
 * the class path and never from the system; the rendering hints are fixed; and the PNG is written by
 * javax.imageio at a fixed compression setting. {@code ShareCardsTest} and a golden card hold this.
 *
 * <p>Thread-safe: the shared background is never drawn on after it is made, and each card draws on a copy.
 * Drawing and encoding take about 12 ms of CPU a card, so cards are kept in the {@link BuildCache}.
 */
public final class ShareCards {
  /** Width of every card. */
  public static final int WIDTH = 1200;
  /** Height of every card. */
  public static final int HEIGHT = 630;
  private static final int MARGIN = 64;
  private static final int TEXT_WIDTH = WIDTH - 2 * MARGIN;
  private static final int TITLE_LINES = 3;
  private static final float TITLE_SIZE = 66f;
  private static final float TITLE_FLOOR = 44f;
  private static final int QUESTION_Y = 428;
  private static final int STRIP_Y = 512;
  private static final Color BACKGROUND = new Color(0xfd, 0xfd, 0xfb);
  private static final Color TEXT = new Color(0x1b, 0x1d, 0x21);
  private static final Color MUTED = new Color(0x54, 0x5a, 0x63);
  private static final Color ACCENT = new Color(0x1d, 0x4f, 0x91);
  /** javax.imageio's deflate setting (quality 0.7 is deflate level 2): ImageIO's default, 0.5, is slower and hardly smaller. */
  private static final float COMPRESSION_QUALITY = 0.7f;

  /** The kind of result cards are in the build cache. */
  public static final String CACHE = "cards";

  /** The order of the bytes of a pixel in a {@link BufferedImage#TYPE_3BYTE_BGR} raster. */
  private static final int[] BGR = {2, 1, 0};

  private final String question;
  private final List<Stance> strip;
  private final BuildCache cache;
  private volatile BufferedImage background;

  /**
   * A stance on the strip.
   *
   * @param label what the strip says of it, e.g. "Invite now (3)"
   * @param count how many actors take it now, which sets its share of the strip
   * @param mark its shape and colour
   */
  public record Stance(String label, int count, StanceMarks.Mark mark) {}

  /** The fonts, loaded once from the class path when the first card is drawn. */
  private static final class Fonts {
    static final Font SANS = load("fonts/NotoSans-Regular.ttf");
    static final Font SERIF_BOLD = load("fonts/NotoSerif-Bold.ttf");

    private static Font load(String name) {
      try (InputStream in = ShareCards.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException(name + " is missing from the class path; rebuild the jar (mvn package)");
        }
        return Font.createFont(Font.TRUETYPE_FONT, in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the font " + name, e);
      } catch (FontFormatException e) {
        throw new IllegalStateException(name + " is not a TrueType font", e);
      }
    }
  }

  /**
   * Cards that all show {@code question} and the stance {@code strip}, drawn once, when the first card
   * that is not in the cache is drawn.
   *
   * @param question the question the site answers
   * @param strip the stances actors take now, in site.yaml's order
   * @param cache where cards drawn before are kept, under the fingerprint of what they show
   */
  public ShareCards(String question, List<Stance> strip, BuildCache cache) {
    this.question = question;
    this.strip = List.copyOf(strip);
    this.cache = cache;
  }

  /**
   * The card of a page, as PNG bytes: from the cache when a card of the same words was drawn before
   * (the cache's identity covers this code, its fonts and the Java version), else drawn now.
   *
   * @param kicker a short line above the title ("" for none), such as the site's title
   * @param title the page's title: up to three lines, as large as lets it fit, cut with an ellipsis
   */
  public byte[] png(String kicker, String title) {
    List<String> words = new ArrayList<>(List.of("share card", question, kicker, title));
    strip.forEach(s -> words.add(s.label() + "\n" + s.count() + "\n" + s.mark()));
    return cache.get(CACHE, BuildCache.key(words), () -> draw(kicker, title));
  }

  private byte[] draw(String kicker, String title) {
    byte[] pixels = ((DataBufferByte) background().getRaster().getDataBuffer()).getData().clone();
    WritableRaster raster = Raster.createInterleavedRaster(new DataBufferByte(pixels, pixels.length), WIDTH, HEIGHT, WIDTH * 3, 3, BGR, null);
    Card card = new Card(background().getColorModel(), raster);
    draw(card, g -> drawTitle(g, kicker, title));
    return encode(card);
  }

  /** What every card shares, drawn by the first card drawn. */
  private BufferedImage background() {
    BufferedImage image = background;
    if (image == null) {
      synchronized (this) {
        image = background;
        if (image == null) {
          image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
          BufferedImage drawn = image;
          draw(drawn, g -> drawBackground(g, question, strip));
          background = drawn;
        }
      }
    }
    return image;
  }

  /**
   * A card's pixels, lent row by row to the PNG writer: JDK 17's javax.imageio copies each row it encodes
   * through {@link #getData(Rectangle)} (later JDKs read the raster directly), and a card, which nothing
   * changes once it is drawn, can lend a view of its row instead of a copy. The bytes written are the same.
   */
  private static final class Card extends BufferedImage {
    Card(ColorModel colours, WritableRaster raster) {
      super(colours, raster, false, null);
    }

    @Override
    public Raster getData(Rectangle rect) {
      return getRaster().createChild(rect.x, rect.y, rect.width, rect.height, rect.x, rect.y, null);
    }
  }

  private static void draw(BufferedImage image, Consumer<Graphics2D> drawing) {
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
      g.setRenderingHint(RenderingHints.KEY_DITHERING, RenderingHints.VALUE_DITHER_DISABLE);
      drawing.accept(g);
    } finally {
      g.dispose();
    }
  }

  private static byte[] encode(BufferedImage image) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    ByteArrayOutputStream out = new ByteArrayOutputStream(96 * 1024);
    try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(COMPRESSION_QUALITY);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode a share card", e); // in memory: not expected
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  private static void drawBackground(Graphics2D g, String question, List<Stance> strip) {
    g.setColor(BACKGROUND);
    g.fillRect(0, 0, WIDTH, HEIGHT);
    g.setColor(ACCENT);
    g.fillRect(0, 0, WIDTH, 14);
    FontRenderContext frc = g.getFontRenderContext();
    Font questionFont = Fonts.SANS.deriveFont(30f);
    g.setFont(questionFont);
    g.setColor(MUTED);
    float y = QUESTION_Y;
    for (String line : cut(wrap(question, questionFont, frc), 2, questionFont, frc)) {
      g.drawString(line, MARGIN, y);
      y += 40;
    }
    drawStrip(g, strip, frc);
  }

  private static void drawStrip(Graphics2D g, List<Stance> strip, FontRenderContext frc) {
    int total = strip.stream().mapToInt(Stance::count).sum();
    if (total == 0) {
      return;
    }
    double x = MARGIN;
    for (Stance s : strip) {
      double w = (double) TEXT_WIDTH * s.count() / total;
      g.setColor(s.mark().light());
      g.fill(new Rectangle2D.Double(x, STRIP_Y, w - 3, 18));
      x += w;
    }
    Font label = Fonts.SANS.deriveFont(22f);
    g.setFont(label);
    x = MARGIN;
    double y = STRIP_Y + 60;
    for (Stance s : strip) {
      double advance = 26 + label.getStringBounds(s.label(), frc).getWidth() + 28;
      if (x + advance > WIDTH - MARGIN) {
        x = MARGIN;
        y += 34;
      }
      g.setColor(s.mark().light());
      g.fill(s.mark().shape().awt(x + 9, y - 8, 9));
      if (!s.mark().shape().filled()) {
        g.setColor(BACKGROUND);
        g.fill(s.mark().shape().awt(x + 9, y - 8, 5.5));
      }
      g.setColor(TEXT);
      g.drawString(s.label(), (float) (x + 26), (float) y);
      x += advance;
    }
  }

  private static void drawTitle(Graphics2D g, String kicker, String title) {
    FontRenderContext frc = g.getFontRenderContext();
    if (!kicker.isEmpty()) {
      Font small = Fonts.SANS.deriveFont(26f);
      g.setColor(MUTED);
      g.setFont(small);
      g.drawString(fit(kicker, small, frc), MARGIN, 74);
    }
    // as large as lets the title fit in three lines, down to a floor; cut with an ellipsis below that
    float size = TITLE_SIZE;
    List<String> lines = wrap(title, Fonts.SERIF_BOLD.deriveFont(size), frc);
    while (lines.size() > TITLE_LINES && size > TITLE_FLOOR) {
      size -= 6f;
      lines = wrap(title, Fonts.SERIF_BOLD.deriveFont(size), frc);
    }
    Font titleFont = Fonts.SERIF_BOLD.deriveFont(size);
    g.setColor(TEXT);
    g.setFont(titleFont);
    float y = 108 + size;
    for (String line : cut(lines, TITLE_LINES, titleFont, frc)) {
      g.drawString(line, MARGIN, y);
      y += size * 1.22f;
    }
  }

  /** {@code text} broken into lines at spaces, each at most the text's width in {@code font} (a longer word stands alone). */
  static List<String> wrap(String text, Font font, FontRenderContext frc) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && font.getStringBounds(candidate, frc).getWidth() > TEXT_WIDTH) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** The first {@code max} of {@code lines}, the last ending in an ellipsis when some were left out. */
  private static List<String> cut(List<String> lines, int max, Font font, FontRenderContext frc) {
    if (lines.size() <= max) {
      return lines;
    }
    List<String> kept = new ArrayList<>(lines.subList(0, max));
    kept.set(max - 1, fit(kept.get(max - 1) + " " + lines.get(max), font, frc));
    return kept;
  }

  /** {@code text}, cut at a word and ended with an ellipsis if it is wider than the text's width. */
  private static String fit(String text, Font font, FontRenderContext frc) {
    if (font.getStringBounds(text, frc).getWidth() <= TEXT_WIDTH) {
      return text;
    }
    String cut = text;
    while (cut.contains(" ") && font.getStringBounds(cut + "…", frc).getWidth() > TEXT_WIDTH) {
      cut = cut.substring(0, cut.lastIndexOf(' '));
    }
    return cut + "…";
  }
}
