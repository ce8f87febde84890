package org.explainer.site;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * JSON text that is safe inside a {@code <script>} element: Jackson's streaming generator writes it
 * (or, for the search data's strings, {@link #writeString} with the same escapes), and every {@code <},
 * {@code >} and {@code &} in it comes out as {@code \u003c}, {@code \u003e} and {@code \u0026}. That
 * is the same text as {@code ObjectMapper.writeValueAsString} followed by replacing those three
 * characters, made without the intermediate strings.
 *
 * <p>Thread-safe: the factory is never reconfigured, and each call has its own generator and sink.
 */
final class ScriptJson {
  /** Default settings, as a plain {@code new ObjectMapper()} writes with. */
  private static final JsonFactory FACTORY = new JsonFactory();

  private ScriptJson() {}

  /**
   * {@code value} as JSON: maps (in their iteration order), lists, strings, integers and nulls, written
   * as Jackson's ObjectMapper writes them.
   *
   * @throws IllegalArgumentException for any other kind of value
   */
  static String write(Object value) {
    Chars out = new Chars(256);
    try (JsonGenerator generator = generator(out)) {
      write(generator, value);
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to memory cannot fail", e);
    }
    return out.toString();
  }

  /**
   * {@code value} as indented JSON, without the script escapes: the text {@code ObjectMapper} writes with
   * {@code INDENT_OUTPUT} (booleans allowed too), made without loading Jackson's data binding.
   */
  static String indented(Object value) {
    java.io.StringWriter out = new java.io.StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(out)) {
      generator.setPrettyPrinter(new com.fasterxml.jackson.core.util.DefaultPrettyPrinter());
      write(generator, value);
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to memory cannot fail", e);
    }
    return out.toString();
  }

  /** A generator with the default settings that writes to {@code out} and leaves it open. */
  private static JsonGenerator generator(Writer out) {
    try {
      return FACTORY.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    } catch (IOException e) {
      throw new UncheckedIOException("creating a generator over memory cannot fail", e);
    }
  }

  private static void write(JsonGenerator generator, Object value) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else if (value instanceof String s) {
      generator.writeString(s);
    } else if (value instanceof Map<?, ?> map) {
      generator.writeStartObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        generator.writeFieldName((String) entry.getKey());
        write(generator, entry.getValue());
      }
      generator.writeEndObject();
    } else if (value instanceof List<?> list) {
      generator.writeStartArray();
      for (Object item : list) {
        write(generator, item);
      }
      generator.writeEndArray();
    } else if (value instanceof Integer i) {
      generator.writeNumber(i);
    } else if (value instanceof Boolean b) {
      generator.writeBoolean(b);
    } else {
      throw new IllegalArgumentException("no JSON form for a " + value.getClass().getName());
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
  static void writeCollapsedString(Utf8Writer out, String value, char[] scratch) {
    out.ascii("\"");
    int start = Whitespace.start(value);
    int end = Whitespace.end(value, start);
    Whitespace.Collapser collapser = new Whitespace.Collapser();
    for (int at = start; at < end; at += scratch.length) {
      int n = Math.min(scratch.length, end - at);
      value.getChars(at, at + n, scratch, 0);
      writeEscaped(out, scratch, collapser.collapse(scratch, n));
    }
    out.ascii("\"");
  }

  /** Writes {@code chars[0, n)} with the escapes {@link #writeString} describes. */
  private static void writeEscaped(Utf8Writer out, char[] chars, int n) {
    int from = 0;
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      if (c < 0x20 || c == '"' || c == '\\') {
        out.write(chars, from, i - from);
        out.ascii(switch (c) {
          case '"' -> "\\\"";
          case '\\' -> "\\\\";
          case '\b' -> "\\b";
          case '\t' -> "\\t";
          case '\n' -> "\\n";
          case '\f' -> "\\f";
          case '\r' -> "\\r";
          default -> new String(new char[] {'\\', 'u', '0', '0', HEX[c >> 4], HEX[c & 0xF]});
        });
        from = i + 1;
      }
    }
    out.write(chars, from, n - from);
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

  /** JSON text kept as characters. */
  static final class Chars extends Writer {
    private final StringBuilder text;

    Chars(int capacity) {
      text = new StringBuilder(capacity);
    }

    @Override
    public void write(char[] chars, int off, int len) {
      int end = off + len;
      int from = off;
      for (int i = off; i < end; i++) {
        char c = chars[i];
        if (c == '<' || c == '>' || c == '&') {
          text.append(chars, from, i - from).append(escape(c));
          from = i + 1;
        }
      }
      text.append(chars, from, end - from);
    }

    @Override
    public void write(String s, int off, int len) {
      int end = off + len;
      int from = off;
      for (int i = off; i < end; i++) {
        char c = s.charAt(i);
        if (c == '<' || c == '>' || c == '&') {
          text.append(s, from, i).append(escape(c));
          from = i + 1;
        }
      }
      text.append(s, from, end);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
