package org.explainer.figure;

import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;

/** The shapes marks are drawn with, as SVG path data: filled ones and outlined ones. */
public enum Shape {
  CIRCLE(true),
  SQUARE(true),
  DIAMOND(true),
  TRIANGLE(true),
  CROSS(true),
  HOURGLASS(true),
  RING(false),
  OPEN_SQUARE(false),
  OPEN_TRIANGLE(false);

  private final boolean filled;

  Shape(boolean filled) {
    this.filled = filled;
  }

  /** True when the shape is filled, false when only its outline is drawn. */
  public boolean filled() {
    return filled;
  }

  /** The shape's name in class names and tests: {@code circle}, {@code hourglass}, {@code open-square}, … */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** SVG path data of the shape centred on ({@code cx}, {@code cy}), about {@code r} from centre to edge. */
  public String path(double cx, double cy, double r) {
    if (this == CIRCLE || this == RING) {
      return "M" + n(cx - r) + " " + n(cy) + "a" + n(r) + " " + n(r) + " 0 1 0 " + n(2 * r) + " 0a" + n(r) + " " + n(r) + " 0 1 0 " + n(-2 * r)
          + " 0Z";
    }
    StringBuilder d = new StringBuilder();
    for (double[] p : outline(r)) {
      d.append(d.length() == 0 ? "M" : "L").append(n(cx + p[0])).append(' ').append(n(cy + p[1]));
    }
    return d.append('Z').toString();
  }

  /** The shape centred on ({@code cx}, {@code cy}) for Java2D, as {@link #path} draws it. */
  public java.awt.Shape awt(double cx, double cy, double r) {
    if (this == CIRCLE || this == RING) {
      return new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
    }
    Path2D.Double shape = new Path2D.Double();
    for (double[] p : outline(r)) {
      if (shape.getCurrentPoint() == null) {
        shape.moveTo(cx + p[0], cy + p[1]);
      } else {
        shape.lineTo(cx + p[0], cy + p[1]);
      }
    }
    shape.closePath();
    return shape;
  }

  /** The corners of a polygonal shape around (0, 0). */
  private double[][] outline(double r) {
    return switch (this) {
      case SQUARE, OPEN_SQUARE -> {
        double s = r * 0.85;
        yield new double[][] {{-s, -s}, {s, -s}, {s, s}, {-s, s}};
      }
      case DIAMOND -> new double[][] {{0, -r * 1.15}, {r * 1.15, 0}, {0, r * 1.15}, {-r * 1.15, 0}};
      case TRIANGLE, OPEN_TRIANGLE -> new double[][] {{0, -r * 1.1}, {r * 1.05, r * 0.8}, {-r * 1.05, r * 0.8}};
      case CROSS -> {
        double a = r * 0.95;
        double t = r * 0.32;
        yield new double[][] {{-a, -a + t}, {-a + t, -a}, {0, -t}, {a - t, -a}, {a, -a + t}, {t, 0}, {a, a - t}, {a - t, a}, {0, t},
            {-a + t, a}, {-a, a - t}, {-t, 0}};
      }
      case HOURGLASS -> {
        double a = r * 0.95;
        double w = r * 0.2;
        yield new double[][] {{-a, -a}, {a, -a}, {w, 0}, {a, a}, {-a, a}, {-w, 0}};
      }
      case CIRCLE, RING -> throw new IllegalStateException(this + " is not a polygon");
    };
  }

  /** {@code v} for SVG: at most one decimal, no trailing zero, the same on every machine. */
  public static String n(double v) {
    long tenths = Math.round(v * 10);
    String sign = tenths < 0 ? "-" : "";
    long abs = Math.abs(tenths);
    return abs % 10 == 0 ? sign + abs / 10 : sign + abs / 10 + "." + abs % 10;
  }
}
