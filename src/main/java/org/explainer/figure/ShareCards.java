package org.explainer.figure;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import org.explainer.cache.BuildCache;
import org.explainer.concurrent.Once;

/**
 * The share cards of one site (each page's {@code og:image}): 1200×630 PNGs drawn with Java2D. Every card
 * shows the question and where the actors stand, drawn once when the cards are made; a card adds its
 * page's title and, above it, a short line (the site's title). The text is the caller's, so a card is in
 * the language of its page.
 *
 * <p>The same text always gives the same bytes, on every machine and JDK: the fonts are the committed
 * Noto Sans and Noto Serif ({@link Fonts}), loaded from the class path and never from the system; the
 * rendering hints are fixed; the palette is made the same way from the same background; and the PNG is written by {@link PalettePng} at a fixed deflate level.
 * {@code ShareCardsTest} and a golden card hold this.
 *
 * <p>Thread-safe: the shared background is never drawn on after it is made, and each card draws on a copy.
 * A card's own work is the rows of its title: the rows below it, the question and the stance strip, are the
 * same on every card and deflated once, as are the runs of background rows between its lines of text
 * ({@link PalettePng.Rows}). Drawing and encoding still take about 1 ms of CPU a card, so cards are kept
 * in the {@link BuildCache}.
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
  /** Below this row the kicker never reaches, above it the title never does. */
  private static final int KICKER_BOTTOM = 100;
  /** Below this row the title never reaches: the question is drawn from here down. */
  private static final int TITLE_BOTTOM = QUESTION_Y - 40;
  private static final int STRIP_Y = 512;
  private static final Color BACKGROUND = new Color(0xfd, 0xfd, 0xfb);
  private static final Color TEXT = new Color(0x1b, 0x1d, 0x21);
  private static final Color MUTED = new Color(0x54, 0x5a, 0x63);
  private static final Color ACCENT = new Color(0x1d, 0x4f, 0x91);
  /** A row of the coverage mask that no text covers (never written). */
  private static final byte[] NO_COVERAGE = new byte[WIDTH];

  /** The kind of result cards are in the build cache. */
  public static final String CACHE = "cards";


  private final String question;
  private final List<Stance> strip;
  private final BuildCache cache;
  private final Once<Painted> background = new Once<>(this::drawBackground);
  /**
   * Deflaters that cards have finished with, for the next card drawn (about one a thread): zlib's memory
   * for them is set up once, not for every card. The garbage collector's cleaner ends them with these
   * cards.
   */
  private final Queue<Deflater> deflaters = new ConcurrentLinkedQueue<>();

  /**
   * A stance on the strip.
   *
   * @param label what the strip says of it, e.g. "Invite now (3)"
   * @param count how many actors take it now, which sets its share of the strip
   * @param mark its shape and colour
   */
  public record Stance(String label, int count, StanceMarks.Mark mark) {}

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

  /**
   * Draws a card: its kicker and title as a coverage mask (white on black, antialiased as on the card),
   * each covered pixel then given the palette's shade of the text's colour over the background. The
   * card is deflated in runs of rows: those the text covers are the card's own, the others are the
   * shared background's, deflated once for every card with the same run.
   */
  private byte[] draw(String kicker, String title) {
    Painted painted = background.get();
    BufferedImage mask = new BufferedImage(WIDTH, TITLE_BOTTOM, BufferedImage.TYPE_BYTE_GRAY);
    draw(mask, g -> drawTitle(g, kicker, title, Color.WHITE, Color.WHITE));
    byte[] coverage = ((DataBufferByte) mask.getRaster().getDataBuffer()).getData();
    List<PalettePng.Rows> runs = new ArrayList<>();
    for (int from = 0, to; from < TITLE_BOTTOM; from = to) {
      boolean blank = blank(coverage, from);
      to = from + 1;
      while (to < TITLE_BOTTOM && blank(coverage, to) == blank) {
        to++;
      }
      runs.add(blank ? background(painted, from, to) : text(painted, coverage, from, to));
    }
    runs.add(painted.tail());
    return PalettePng.encode(painted.colours(), WIDTH, HEIGHT, runs);
  }

  /** True when text covers no pixel of row {@code y} of {@code coverage}. */
  private static boolean blank(byte[] coverage, int y) {
    return Arrays.mismatch(coverage, y * WIDTH, (y + 1) * WIDTH, NO_COVERAGE, 0, WIDTH) < 0;
  }

  /** Rows {@code from} to {@code to} of the background with the text of {@code coverage} in its shades, deflated. */
  private PalettePng.Rows text(Painted painted, byte[] coverage, int from, int to) {
    byte[] pixels = Arrays.copyOfRange(painted.pixels(), from * WIDTH, to * WIDTH);
    int kicker = Math.min(Math.max(from, KICKER_BOTTOM), to) * WIDTH;
    shade(coverage, from * WIDTH, kicker, pixels, from * WIDTH, Palette.MUTED_INDEXES);
    shade(coverage, kicker, to * WIDTH, pixels, from * WIDTH, Palette.TEXT_INDEXES);
    return rows(pixels, 0, to - from);
  }

  /** Rows {@code from} to {@code to} of the background, deflated: once for all the cards that leave them without text. */
  private PalettePng.Rows background(Painted painted, int from, int to) {
    return painted.runs().computeIfAbsent(from * HEIGHT + to, key -> rows(painted.pixels(), from, to));
  }

  /** Rows {@code from} to {@code to} of {@code pixels} (a card's width to a row), deflated by a deflater a card has finished with, if any. */
  private PalettePng.Rows rows(byte[] pixels, int from, int to) {
    Deflater deflater = Objects.requireNonNullElseGet(deflaters.poll(), PalettePng::deflater);
    try {
      return PalettePng.Rows.of(pixels, WIDTH, from, to, false, deflater);
    } finally {
      deflaters.add(deflater);
    }
  }

  /**
   * Gives each pixel from {@code from} to {@code to} that {@code coverage} covers the palette index {@code
   * indexes} has for its coverage, if any; {@code pixels} holds the pixels from {@code first} on.
   */
  private static void shade(byte[] coverage, int from, int to, byte[] pixels, int first, int[] indexes) {
    for (int i = from; i < to; i++) {
      int covered = coverage[i];
      if (covered != 0) {
        int index = indexes[covered & 0xff];
        if (index >= 0) {
          pixels[i - first] = (byte) index;
        }
      }
    }
  }

  /**
   * What every card shares, in the card's palette.
   *
   * @param colours the palette
   * @param pixels the background, one palette index a pixel, row by row
   * @param tail the rows from {@link #TITLE_BOTTOM} down (the question and the stance strip), which are
   *     the same on every card, deflated once
   * @param runs the runs of the background's rows above the tail that cards leave without text,
   *     deflated once each, by first row × {@link #HEIGHT} + end row
   */
  private record Painted(IndexColorModel colours, byte[] pixels, PalettePng.Rows tail, Map<Integer, PalettePng.Rows> runs) {}

  /** What every card shares, drawn by the first card drawn. */
  private Painted drawBackground() {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    draw(image, g -> drawBackground(g, question, strip));
    return Palette.of(image);
  }

  /**
   * The card's 256 colours: 48 shades of the title's colour over the background and 16 of the kicker's
   * (so a title is drawn in exact shades, whatever its words), then the background's own colours, most
   * used first. The background has some 560 colours, most of them a few pixels each at the edges of its
   * text and marks, and each of its pixels takes the nearest colour of the palette. A palette PNG has a
   * third of the bytes of a true-colour one to filter and deflate, so javax.imageio encodes a card in a
   * fraction of the time, and the file is smaller.
   */
  private static final class Palette {
    static final int TEXT_FIRST = 0;
    static final int TEXT_SHADES = 48;
    static final int MUTED_FIRST = TEXT_FIRST + TEXT_SHADES;
    static final int MUTED_SHADES = 16;
    static final int SIZE = 256;

    private Palette() {}

    /** The palette index of the title's shade for each coverage (0–255), or −1 where the background shows. */
    static final int[] TEXT_INDEXES = indexes(TEXT_FIRST, TEXT_SHADES);
    /** The palette index of the kicker's shade for each coverage (0–255), or −1 where the background shows. */
    static final int[] MUTED_INDEXES = indexes(MUTED_FIRST, MUTED_SHADES);

    /** The shade (0 to {@code shades} − 1) for a pixel {@code covered} (1–255) by text, or −1 for too faint to show. */
    static int shade(int covered, int shades) {
      return Math.min(shades - 1, (covered * shades + 127) / 255 - 1);
    }

    private static int[] indexes(int first, int shades) {
      int[] out = new int[256];
      out[0] = -1;
      for (int covered = 1; covered < out.length; covered++) {
        int shade = shade(covered, shades);
        out[covered] = shade < 0 ? -1 : first + shade;
      }
      return out;
    }

    static Painted of(BufferedImage image) {
      int[] rgb = image.getRGB(0, 0, WIDTH, HEIGHT, null, 0, WIDTH);
      int[] palette = new int[SIZE];
      for (int k = 0; k < TEXT_SHADES; k++) {
        palette[TEXT_FIRST + k] = blend(BACKGROUND.getRGB(), TEXT.getRGB(), (k + 1) / (double) TEXT_SHADES);
      }
      for (int k = 0; k < MUTED_SHADES; k++) {
        palette[MUTED_FIRST + k] = blend(BACKGROUND.getRGB(), MUTED.getRGB(), (k + 1) / (double) MUTED_SHADES);
      }
      Map<Integer, Integer> counts = new HashMap<>();
      for (int pixel : rgb) {
        counts.merge(pixel & 0xffffff, 1, Integer::sum);
      }
      Set<Integer> taken = new HashSet<>();
      int used = MUTED_FIRST + MUTED_SHADES;
      for (int k = 0; k < used; k++) {
        taken.add(palette[k]);
      }
      List<Integer> byUse = counts.keySet().stream()
          .sorted(Comparator.comparing((Integer c) -> -counts.get(c)).thenComparing(Comparator.naturalOrder())).toList();
      for (int colour : byUse) {
        if (used < SIZE && taken.add(colour)) {
          palette[used++] = colour;
        }
      }
      Map<Integer, Byte> nearest = new HashMap<>();
      for (int colour : counts.keySet()) {
        nearest.put(colour, (byte) nearest(palette, used, colour));
      }
      byte[] pixels = new byte[rgb.length];
      for (int i = 0; i < rgb.length; i++) {
        pixels[i] = nearest.get(rgb[i] & 0xffffff);
      }
      byte[] r = new byte[used];
      byte[] g = new byte[used];
      byte[] b = new byte[used];
      for (int k = 0; k < used; k++) {
        r[k] = (byte) (palette[k] >> 16);
        g[k] = (byte) (palette[k] >> 8);
        b[k] = (byte) palette[k];
      }
      return new Painted(new IndexColorModel(8, used, r, g, b), pixels, PalettePng.Rows.of(pixels, WIDTH, TITLE_BOTTOM, HEIGHT, true),
          new ConcurrentHashMap<>());
    }

    /** {@code from} mixed with {@code to} in the proportion {@code alpha} of {@code to}, channel by channel. */
    private static int blend(int from, int to, double alpha) {
      int out = 0;
      for (int shift = 16; shift >= 0; shift -= 8) {
        int a = (from >> shift) & 0xff;
        int b = (to >> shift) & 0xff;
        out |= ((int) Math.round(a + (b - a) * alpha)) << shift;
      }
      return out;
    }

    /** The index of the colour of {@code palette} (its first {@code used}) nearest to {@code colour}; the first of equals. */
    private static int nearest(int[] palette, int used, int colour) {
      int best = 0;
      long bestDistance = Long.MAX_VALUE;
      for (int k = 0; k < used; k++) {
        long distance = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
          long d = ((palette[k] >> shift) & 0xff) - ((colour >> shift) & 0xff);
          distance += d * d;
        }
        if (distance < bestDistance) {
          bestDistance = distance;
          best = k;
        }
      }
      return best;
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

  private static void drawTitle(Graphics2D g, String kicker, String title, Color kickerColour, Color titleColour) {
    FontRenderContext frc = g.getFontRenderContext();
    if (!kicker.isEmpty()) {
      Font small = Fonts.SANS.deriveFont(26f);
      g.setColor(kickerColour);
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
    g.setColor(titleColour);
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
