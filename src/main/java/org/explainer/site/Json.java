package org.explainer.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * JSON written and read by Jackson: compact and safe inside a {@code <script>} element (every {@code <},
 * {@code >}, {@code &}, U+2028 and U+2029 escaped, so the text can neither close the element nor end a
 * line of script), or indented with '\n' line ends for files people read. Maps keep their iteration
 * order and records their components' order. Thread-safe.
 */
final class Json {
  private static final ObjectWriter SCRIPT = new ObjectMapper().writer().with(new ScriptEscapes());
  private static final ObjectWriter INDENTED =
      new ObjectMapper().writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

  private static final ObjectMapper READER = new ObjectMapper();

  private Json() {}

  /** {@code value} as compact JSON, safe inside a script element. */
  static String script(Object value) {
    return write(SCRIPT, value);
  }

  /** {@code value} as indented JSON (two spaces a level), without the script escapes. */
  static String indented(Object value) {
    return write(INDENTED, value);
  }

  /**
   * The value of type {@code type} that {@code json} holds, every key of it a component of the record.
   *
   * @throws IllegalArgumentException when {@code json} is not such a value
   */
  static <T> T read(String json, Class<T> type) {
    try {
      return READER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON of a " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }

  private static String write(ObjectWriter writer, Object value) {
    try {
      return writer.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON", e);
    }
  }

  /** Jackson's standard escapes, plus the characters that matter inside a script element. */
  private static final class ScriptEscapes extends CharacterEscapes {
    private final int[] escapes = CharacterEscapes.standardAsciiEscapesForJSON();

    ScriptEscapes() {
      escapes['<'] = ESCAPE_CUSTOM;
      escapes['>'] = ESCAPE_CUSTOM;
      escapes['&'] = ESCAPE_CUSTOM;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return switch (ch) {
        case '<', '>', '&', 0x2028, 0x2029 -> new SerializedString(String.format("\\u%04x", ch));
        default -> null;
      };
    }
  }
}
