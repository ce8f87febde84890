package org.explainer.figure;

import java.awt.Color;
import java.util.List;

/**
 * How each stance is drawn, so that stances stay apart for readers who do not tell colours apart: a
 * shape of its own, a colour of its own (from the Okabe–Ito palette, darkened to read as text on the
 * light background, and an indigo for the seventh, which that palette has no room for) and, wherever a
 * figure shows it, its label in words. Stances take the marks in the
 * order {@code site.yaml} lists them; the stylesheet gives {@code .stance-<id>} the same colour and shape
 * ({@code StanceStylesTest} holds the two together for this explainer's stances).
 */
public final class StanceMarks {
  private StanceMarks() {}

  /**
   * One stance's mark.
   *
   * @param shape its shape
   * @param light its colour on the light background (the share cards use it; the stylesheet has it too)
   */
  public record Mark(Shape shape, Color light) {}

  private static final List<Mark> MARKS = List.of(
      new Mark(Shape.CIRCLE, new Color(0x00, 0x7a, 0x5a)),
      new Mark(Shape.HOURGLASS, new Color(0x2d, 0x2a, 0x8c)),
      new Mark(Shape.SQUARE, new Color(0x00, 0x63, 0x9e)),
      new Mark(Shape.DIAMOND, new Color(0x9c, 0x45, 0x80)),
      new Mark(Shape.TRIANGLE, new Color(0x8a, 0x5c, 0x00)),
      new Mark(Shape.CROSS, new Color(0xb0, 0x3a, 0x00)),
      new Mark(Shape.RING, new Color(0x54, 0x5a, 0x63)));

  /** The mark of the stance listed at {@code index} (from 0) in site.yaml; beyond seven they repeat. */
  public static Mark of(int index) {
    return MARKS.get(index % MARKS.size());
  }
}
