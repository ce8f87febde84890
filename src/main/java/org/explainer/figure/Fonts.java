package org.explainer.figure;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The committed fonts (Noto Sans and Noto Serif Bold, with Cyrillic; SIL OFL 1.1, see {@code fonts/OFL.txt}
 * beside this class), loaded once from the class path when first used, never from the system: the share
 * cards are drawn in them, and a figure's layout measures its words in Noto Sans.
 *
 * <p>Example: {@code Fonts.sansWidth("Джо Байден", 14)} is the width of the name set 14 units tall, in
 * the same units.
 */
public final class Fonts {
  static final Font SANS = load("fonts/NotoSans-Regular.ttf");
  static final Font SERIF_BOLD = load("fonts/NotoSerif-Bold.ttf");
  /** Measures as the share cards draw: no transform, antialiased, fractional metrics. */
  private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

  private Fonts() {}

  /** The advance width of {@code text} set in Noto Sans (regular) {@code size} units tall, in those units. */
  public static double sansWidth(String text, double size) {
    return SANS.deriveFont((float) size).getStringBounds(text, MEASURE).getWidth();
  }

  private static Font load(String name) {
    try (InputStream in = Fonts.class.getResourceAsStream(name)) {
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
