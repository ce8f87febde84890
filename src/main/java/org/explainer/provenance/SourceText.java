package org.explainer.provenance;

import java.util.Arrays;

/**
 * An archived source capture prepared for matching: white space collapsed and typographic quotation
 * marks and apostrophes made straight, with a map from each normalised character back to the capture.
 */
public final class SourceText {
  private final String raw;
  private final String normalised;
  private final int[] origin;

  private SourceText(String raw, String normalised, int[] origin) {
    this.raw = raw;
    this.normalised = normalised;
    this.origin = origin;
  }

  /** Prepares {@code raw} for matching. */
  public static SourceText of(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    int[] origin = new int[raw.length() + 1];
    boolean space = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = fold(raw.charAt(i));
      if (Character.isWhitespace(c)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        origin[out.length()] = i;
        out.append(' ');
        space = false;
      }
      origin[out.length()] = i;
      out.append(c);
    }
    origin[out.length()] = raw.length();
    return new SourceText(raw, out.toString(), Arrays.copyOf(origin, out.length() + 1));
  }

  /** {@code text} normalised the same way (for quotes to look up). */
  public static String normalise(String text) {
    return of(text).normalised;
  }

  static char fold(char c) {
    return switch (c) {
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`' -> '\'';
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
      case '\u00A0', '\u2009', '\u202F' -> ' ';
      default -> c;
    };
  }

  /** The capture as written. */
  public String raw() {
    return raw;
  }

  /** The normalised capture. */
  public String normalised() {
    return normalised;
  }

  /** The capture offset of normalised offset {@code i}. */
  public int rawOffset(int i) {
    return origin[Math.min(i, origin.length - 1)];
  }

  /** The capture text between two normalised offsets, white space collapsed, for messages. */
  public String passage(int start, int end) {
    return raw.substring(rawOffset(start), rawOffset(end)).replaceAll("\\s+", " ").strip();
  }
}
