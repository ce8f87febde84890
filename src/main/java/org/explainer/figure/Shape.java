package org.explainer.figure;

/** The shapes marks are drawn with, as SVG path data: filled ones and outlined ones. */
public enum Shape {
  CIRCLE(true),
  SQUARE(true),
  DIAMOND(true),
  TRIANGLE(true),
  CROSS(true),
  RING(false);

  private final boolean filled;

  Shape(boolean filled) {
    this.filled = filled;
  }

  /** True when the shape is filled, false when only its outline is drawn. */
  public boolean filled() {
    return filled;
  }

  /** The shape's name in class names and tests: {@code circle}, {@code cross}, … */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** SVG path data of the shape centred on ({@code cx}, {@code cy}), about {@code r} from centre to edge. */
  public String path(double cx, double cy, double r) {
    return switch (this) {
      case CIRCLE, RING -> "M" + n(cx - r) + " " + n(cy) + "a" + n(r) + " " + n(r) + " 0 1 0 " + n(2 * r) + " 0a" + n(r) + " " + n(r)
          + " 0 1 0 " + n(-2 * r) + " 0Z";
      case SQUARE -> {
        double s = r * 0.85;
        yield "M" + n(cx - s) + " " + n(cy - s) + "h" + n(2 * s) + "v" + n(2 * s) + "h" + n(-2 * s) + "Z";
      }
      case DIAMOND -> "M" + n(cx) + " " + n(cy - r * 1.15) + "L" + n(cx + r * 1.15) + " " + n(cy) + "L" + n(cx) + " " + n(cy + r * 1.15)
          + "L" + n(cx - r * 1.15) + " " + n(cy) + "Z";
      case TRIANGLE -> "M" + n(cx) + " " + n(cy - r * 1.1) + "L" + n(cx + r * 1.05) + " " + n(cy + r * 0.8) + "L" + n(cx - r * 1.05) + " "
          + n(cy + r * 0.8) + "Z";
      case CROSS -> cross(cx, cy, r * 0.95, r * 0.32);
    };
  }

  private static String cross(double cx, double cy, double a, double t) {
    double[][] points = {{-a, -a + t}, {-a + t, -a}, {0, -t}, {a - t, -a}, {a, -a + t}, {t, 0}, {a, a - t}, {a - t, a}, {0, t}, {-a + t, a},
        {-a, a - t}, {-t, 0}};
    StringBuilder d = new StringBuilder();
    for (double[] p : points) {
      d.append(d.length() == 0 ? "M" : "L").append(n(cx + p[0])).append(' ').append(n(cy + p[1]));
    }
    return d.append('Z').toString();
  }

  /** {@code v} for SVG: at most one decimal, no trailing zero, the same on every machine. */
  public static String n(double v) {
    long tenths = Math.round(v * 10);
    String sign = tenths < 0 ? "-" : "";
    long abs = Math.abs(tenths);
    return abs % 10 == 0 ? sign + abs / 10 : sign + abs / 10 + "." + abs % 10;
  }
}
