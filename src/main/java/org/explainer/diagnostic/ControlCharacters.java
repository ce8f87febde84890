package org.explainer.diagnostic;

import java.util.Locale;

/**
 * Control characters in content: refused wherever text enters the build (a content file, a YAML
 * value), since they show as nothing or as garbage on a page, make the Atom feed malformed XML and can
 * rewrite the terminal that prints them. Tabs and line ends are text.
 */
public final class ControlCharacters {
  private ControlCharacters() {}

  /** The index of the first control character of {@code text} other than a tab or a line end, or -1. */
  public static int find(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\t' && c != '\n' && Character.isISOControl(c)) {
        return i;
      }
    }
    return -1;
  }

  /** {@code c} named for a message: {@code U+001B (escape)}. */
  public static String name(char c) {
    String code = String.format(Locale.ROOT, "U+%04X", (int) c);
    return switch (c) {
      case '\0' -> code + " (NUL)";
      case '\u001B' -> code + " (escape)";
      case '\b' -> code + " (backspace)";
      case '\r' -> code + " (carriage return)";
      case '\u007F' -> code + " (delete)";
      default -> code;
    };
  }
}
