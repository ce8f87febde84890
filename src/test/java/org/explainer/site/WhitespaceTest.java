package org.explainer.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The search text's white-space clean-up gives what the regular expression it replaces gave. */
class WhitespaceTest {
  private static String regex(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  /** {@code text} collapsed in one piece, as the search data collapses it piece by piece. */
  private static String collapse(String text) {
    int start = Whitespace.start(text);
    int end = Whitespace.end(text, start);
    char[] chars = text.substring(start, end).toCharArray();
    return new String(chars, 0, new Whitespace.Collapser().collapse(chars, chars.length));
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
  void collapsesATextHandedOverInPiecesAsAWholeString() {
    char[] alphabet = {'a', ' ', ' ', '\t', '\n', '\r', '\u00A0', '\u2028', 'b'};
    Random random = new Random(13);
    for (int run = 0; run < 20_000; run++) {
      String s = randomText(random, alphabet, 40);
      int start = Whitespace.start(s);
      int end = Whitespace.end(s, start);
      Whitespace.Collapser collapser = new Whitespace.Collapser();
      StringBuilder pieces = new StringBuilder();
      for (int at = start; at < end; ) {
        int n = Math.min(end - at, 1 + random.nextInt(5));
        char[] piece = s.substring(at, at + n).toCharArray();
        pieces.append(piece, 0, collapser.collapse(piece, n));
        at += n;
      }
      assertThat(pieces.toString()).as("%s", s.chars().mapToObj(Integer::toHexString).toList()).isEqualTo(regex(s));
    }
  }
}
