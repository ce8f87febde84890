package org.explainer.site;

import java.util.List;
import java.util.Map;

/**
 * JSON text that is safe inside a {@code <script>} element, with Jackson's escapes: every {@code <},
 * {@code >} and {@code &} in it comes out as {@code \u003c}, {@code \u003e} and {@code \u0026}. That
 * is the same text as {@code ObjectMapper.writeValueAsString} followed by replacing those three
 * characters, made without the intermediate strings; {@link #indented} gives the text of its indented
 * output. Written here rather than by Jackson's generator, whose code ran cold for each entry.
 *
 * <p>Thread-safe: no state.
 */
final class ScriptJson {
  private ScriptJson() {}

  /**
   * {@code value} as JSON: maps (in their iteration order), lists, strings, integers, booleans and nulls,
   * written as Jackson's ObjectMapper writes them (no spaces, the escapes {@link #writeString} lists),
   * with the script escapes. Written here rather than by a generator: it is each entry's JSON-LD, and
   * Jackson's generator, cold on every entry, was about 3% of a 1,000-entry build's CPU time.
   *
   * @throws IllegalArgumentException for any other kind of value
   */
  static String write(Object value) {
    StringBuilder out = new StringBuilder(256);
    write(out, value);
    return out.toString();
  }

  private static void write(StringBuilder out, Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      quoted(out, s, true);
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        quoted(out, (String) entry.getKey(), true);
        out.append(':');
        write(out, entry.getValue());
      }
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(out, list.get(i));
      }
      out.append(']');
    } else if (value instanceof Integer i) {
      out.append(i.intValue());
    } else if (value instanceof Boolean b) {
      out.append(b.booleanValue());
    } else {
      throw new IllegalArgumentException("no JSON form for a " + value.getClass().getName());
    }
  }

  /** {@code value} quoted, with the escapes of {@link #writeString}, and the script escapes if {@code script}. */
  private static void quoted(StringBuilder out, String value, boolean script) {
    out.append('"');
    int from = 0;
    int n = value.length();
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\' || script && (c == '<' || c == '>' || c == '&')) {
        out.append(value, from, i);
        String scriptEscape = script ? escape(c) : null;
        out.append(scriptEscape != null ? scriptEscape : escapeOf(c));
        from = i + 1;
      }
    }
    out.append(value, from, n).append('"');
  }

  /**
   * {@code value} as indented JSON, without the script escapes: the text {@code ObjectMapper} writes with
   * {@code INDENT_OUTPUT} on this platform (Jackson's default pretty printer: two spaces a level, {@code
   * " : "} after a key, arrays on the line of their brackets, '\n' line ends), written here without
   * Jackson.
   */
  static String indented(Object value) {
    StringBuilder out = new StringBuilder(1024);
    indented(out, value, 0);
    return out.toString();
  }

  private static void indented(StringBuilder out, Object value, int depth) {
    if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        out.append("{ }");
        return;
      }
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.append(first ? "\n" : ",\n");
        first = false;
        out.append("  ".repeat(depth + 1));
        quoted(out, (String) entry.getKey(), false);
        out.append(" : ");
        indented(out, entry.getValue(), depth + 1);
      }
      out.append('\n').append("  ".repeat(depth)).append('}');
    } else if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        out.append("[ ]");
        return;
      }
      out.append("[ ");
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(", ");
        }
        indented(out, list.get(i), depth);
      }
      out.append(" ]");
    } else if (value instanceof String text) {
      quoted(out, text, false);
    } else {
      write(out, value);
    }
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /**
   * Writes {@code value} to {@code out} as a JSON string, quoted and escaped as Jackson's default
   * generator escapes it: {@code \"} and {@code \\}, the short escapes for backspace, tab, line feed,
   * form feed and carriage return, a backslash, 'u', "00" and two upper-case hex digits for the other
   * control characters, every other character as it is; {@code null} for null. A {@linkplain
   * Utf8Writer#scriptSafe script-safe} writer adds the escapes of {@code <}, {@code >} and {@code &}.
   * Used for the search data, the largest JSON the build writes, without a generator's copy of the text.
   */
  static void writeString(Utf8Writer out, String value, char[] scratch) {
    if (value == null) {
      out.ascii("null");
      return;
    }
    out.ascii("\"");
    int length = value.length();
    for (int at = 0; at < length; at += scratch.length) {
      int n = Math.min(scratch.length, length - at);
      value.getChars(at, at + n, scratch, 0);
      writeEscaped(out, scratch, n);
    }
    out.ascii("\"");
  }

  /**
   * As {@link #writeString}, for {@code value} with its white space collapsed as {@link Whitespace}
   * describes: collapsed piece by piece on the way out, so the collapsed text is never made as a string
   * of its own.
   */
  static void writeCollapsedString(Utf8Writer out, String value) {
    out.ascii("\"");
    int start = Whitespace.start(value);
    out.jsonCollapsed(value, start, Whitespace.end(value, start));
    out.ascii("\"");
  }

  /** Writes {@code chars[0, n)} with the escapes {@link #writeString} describes. */
  private static void writeEscaped(Utf8Writer out, char[] chars, int n) {
    int from = 0;
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      if (c < 0x20 || c == '"' || c == '\\') {
        out.write(chars, from, i - from);
        out.ascii(escapeOf(c));
        from = i + 1;
      }
    }
    out.write(chars, from, n - from);
  }

  /** Jackson's escape of a control character, '"' or '\\'. */
  static String escapeOf(char c) {
    return switch (c) {
      case '"' -> "\\\"";
      case '\\' -> "\\\\";
      case '\b' -> "\\b";
      case '\t' -> "\\t";
      case '\n' -> "\\n";
      case '\f' -> "\\f";
      case '\r' -> "\\r";
      default -> new String(new char[] {'\\', 'u', '0', '0', HEX[c >> 4], HEX[c & 0xF]});
    };
  }

  /** The escape for the characters that could end or open an element, or null for any other. */
  static String escape(char c) {
    return switch (c) {
      case '<' -> "\\u003c";
      case '>' -> "\\u003e";
      case '&' -> "\\u0026";
      default -> null;
    };
  }
}
