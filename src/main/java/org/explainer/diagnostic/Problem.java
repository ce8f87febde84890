package org.explainer.diagnostic;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;

/**
 * One thing wrong with the input, with where it is and how to fix it.
 *
 * <p>Formatted as {@code path:line:column: what is wrong — how to fix it}, for example {@code
 * content/articles/x.md:7:5: unknown actor 'sybiga' — did you mean 'sybiha'? use an id from
 * content/actors.yaml, or add the actor there: ./explainer new --actor "Full Name"}. A formatted problem is one line of plain text whatever the input it quotes:
 * see {@link #printable(String)}.
 *
 * @param severity error or warning
 * @param at where the problem is
 * @param message what is wrong, quoting the bad input
 * @param fix what to do about it
 */
public record Problem(Severity severity, Location at, String message, String fix) {

  /** Orders problems by file, then line, then column, then message, so reports are stable. */
  public static final Comparator<Problem> ORDER =
      Comparator.comparing((Problem p) -> p.at().file().toString())
          .thenComparingInt(p -> p.at().line())
          .thenComparingInt(p -> p.at().column())
          .thenComparing(Problem::message);

  /** An error at {@code at}. */
  public static Problem error(Location at, String message, String fix) {
    return new Problem(Severity.ERROR, at, message, fix);
  }

  /** A warning at {@code at}. */
  public static Problem warning(Location at, String message, String fix) {
    return new Problem(Severity.WARNING, at, message, fix);
  }

  /** This problem as a warning that says, after its message, why it does not stop the build: {@code note}. */
  public Problem demoted(String note) {
    return warning(at, message + " (" + note + ")", fix);
  }

  /** True for errors. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * Formats the problem with its file shown relative to {@code base} when it lies under it.
   *
   * @param base the folder paths are shown relative to (usually the working directory)
   */
  public String format(Path base) {
    StringBuilder out = new StringBuilder(displayPath(at.file(), base));
    if (at.line() > 0) {
      out.append(':').append(at.line());
      if (at.column() > 0) {
        out.append(':').append(at.column());
      }
    }
    out.append(": ");
    if (severity == Severity.WARNING) {
      out.append("warning: ");
    }
    out.append(printable(message));
    if (!fix.isEmpty()) {
      out.append(" — ").append(printable(fix));
    }
    return out.toString();
  }

  /**
   * The path of {@code file} relative to {@code base} if it is inside it, else absolute; '/'-separated,
   * and {@linkplain #printable(String) printable}.
   */
  public static String displayPath(Path file, Path base) {
    Path abs = file.toAbsolutePath().normalize();
    Path root = base.toAbsolutePath().normalize();
    Path shown = abs.startsWith(root) ? root.relativize(abs) : abs;
    return shown.toString().isEmpty() ? "." : printable(shown.toString().replace('\\', '/'));
  }

  /**
   * {@code text} safe to print on one line of a terminal or a log: every control character (an ANSI
   * escape, a NUL, a line break), line and paragraph separator, and every character that reorders
   * text (bidirectional overrides and isolates) is written as {@code \\uXXXX}. Input quoted in a
   * message, or a file name, can then neither colour the terminal nor forge a line of its own
   * ({@code "x.md\n/etc/passwd:1: error"}).
   */
  public static String printable(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (unprintable(c)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean unprintable(char c) {
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
        || c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }
}
