package org.explainer.site;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The words search matches, as the search script reads them: the text folded (decomposed, its accents
 * U+0300–U+036F dropped, lower-cased, final sigma made σ) and split at every character that is not a
 * letter or a number ({@code \p{L}}, {@code \p{N}}). The script folds only the query; the index holds
 * words folded here, so the two must agree character for character: {@code words} in
 * {@code templates/assets/search.js} does the same steps in the same order. Accents go, so "Sybiha" finds
 * "Sybíha"; й is и and ї is і, as a reader typing without them expects.
 */
final class SearchText {
  private SearchText() {}

  /** {@code text} folded as the search script folds it: NFD, no U+0300–U+036F, lower case (root locale), ς as σ. */
  static String fold(String text) {
    if (isAscii(text)) {
      return text.toLowerCase(Locale.ROOT);
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (c < '\u0300' || c > '\u036f') {
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT).replace('ς', 'σ');
  }

  /** The folded words of {@code text}, in order, repeats included. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    words(text, out::add);
    return out;
  }

  /** Hands each folded word of {@code text} to {@code sink}, in order, repeats included. */
  static void words(String text, Consumer<String> sink) {
    if (isAscii(text)) {
      asciiWords(text, sink);
      return;
    }
    String folded = fold(text);
    int start = -1;
    for (int i = 0; i < folded.length(); ) {
      int c = folded.codePointAt(i);
      boolean inWord = isWordCharacter(c);
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        sink.accept(folded.substring(start, i));
        start = -1;
      }
      i += Character.charCount(c);
    }
    if (start >= 0) {
      sink.accept(folded.substring(start));
    }
  }

  /**
   * As {@link #words(String, Consumer)}, for text of ASCII alone, where folding lower-cases A–Z and the
   * word characters are A–Z, a–z and 0–9: one pass over the characters, with no folded copy (2.5 times
   * as fast with the launcher's C1-only JIT, for English text).
   */
  private static void asciiWords(String text, Consumer<String> sink) {
    int start = -1;
    boolean upper = false;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        start = start < 0 ? i : start;
      } else if (c >= 'A' && c <= 'Z') {
        start = start < 0 ? i : start;
        upper = true;
      } else if (start >= 0) {
        String word = text.substring(start, i);
        sink.accept(upper ? word.toLowerCase(Locale.ROOT) : word);
        start = -1;
        upper = false;
      }
    }
  }

  /** A letter or a number: {@code [\p{L}\p{N}]} of a regular expression, in Java and in the script. */
  static boolean isWordCharacter(int c) {
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
    }
    return switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
          Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
      default -> false;
    };
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
