package org.explainer.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The search text's white-space clean-up gives what the regular expression it replaces gave, escaped as JSON. */
class WhitespaceTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** {@code text} collapsed as the search data writes it, read back from its JSON string. */
  private static String collapse(String text) {
    Utf8Writer out = new Utf8Writer(16);
    out.ascii("\"");
    int start = Whitespace.start(text);
    out.jsonCollapsed(text, start, Whitespace.end(text, start));
    out.ascii("\"");
    try {
      return MAPPER.readValue(out.toByteArray(), String.class);
    } catch (java.io.IOException e) {
      throw new AssertionError("not a JSON string: " + new String(out.toByteArray(), StandardCharsets.UTF_8), e);
    }
  }

  /** What the regular expression gives, through UTF-8 (where an unpaired surrogate becomes '?'). */
  private static String regex(String text) {
    return new String(text.replaceAll("\\s+", " ").strip().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  /** Up to {@code max - 1} characters drawn from {@code alphabet}. */
  private static String randomText(Random random, char[] alphabet, int max) {
    char[] text = new char[random.nextInt(max)];
    for (int i = 0; i < text.length; i++) {
      text[i] = alphabet[random.nextInt(alphabet.length)];
    }
    return new String(text);
  }

  @Test
  void collapsesRunsOfTheRegexSpacesOnlyAndTrimsEveryUnicodeSpaceAtTheEnds() {
    String[] cases = {
        "", " ", "\t\n", "a", " a ", "a  b", "a\t\nb", "a \u000B\f\r b",
        "\u00A0a\u00A0", "a\u00A0\u00A0b", "\u2028a\u2028", "a\u2028\u2029b", "a \u2028 b", "\u2028 a \u2028 b\u00A0",
        "\u3000\u1680a\u2000 \u200A b\u205F", "\u001Ca\u001F", "a\u001C\u001Db", "\u0085a\u0085", "a\u0085 \u0085b",
        "\u000B\u000Ba\u000B\u000B", "x\uD83D\uDE00 \n \uD83D\uDE00y", "\uD83D a \uDE00", "\u2007a\u202F", "no change at all",
    };
    for (String text : cases) {
      assertThat(collapse(text)).as("collapse(%s)", text.codePoints().mapToObj(Integer::toHexString).toList())
          .isEqualTo(regex(text));
    }
  }

  @Test
  void agreesWithTheRegexOnRandomText() {
    char[] alphabet = {'a', 'b', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2028', '\u2029', '\u3000', '\u0085',
        '\u0008', '\u000E', '!', '\u001C', '\u001F', '\u2007', '\u202F', '\u1680', '\uD83D', '\uDE00', 'é'};
    Random random = new Random(7);
    for (int run = 0; run < 50_000; run++) {
      String s = randomText(random, alphabet, 10);
      assertThat(collapse(s)).isEqualTo(regex(s));
    }
  }

  @Test
  void collapsesRunsThatCrossTheWritersChunks() {
    char[] alphabet = {'a', ' ', ' ', '\t', '\n', '\r', '\u00A0', '\u2028', 'b', '"', '<', '\u0001', '\uD83D', '\uDE00'};
    Random random = new Random(13);
    for (int run = 0; run < 300; run++) {
      String s = randomText(random, alphabet, 9_000);
      assertThat(collapse(s)).as("run %d", run).isEqualTo(regex(s));
    }
  }
}
