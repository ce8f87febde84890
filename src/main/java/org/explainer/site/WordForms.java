package org.explainer.site;

import java.util.List;

/**
 * The forms of a word that search takes for one word: a light stemmer that strips the inflectional
 * ending of a folded word ({@link SearchText}), so that "invitations" and "invitation", «статті» and
 * «стаття» have one stem. A word of Latin letters alone (a–z) loses an English ending, a word of
 * Cyrillic letters alone a Ukrainian one; any other word (with a digit, or of another script) is its own
 * stem. A stem keeps at least {@value #SHORTEST} letters, so that short words stay as they are.
 *
 * <p>English, in order: a final <i>s</i> (not of <i>-ss</i>, <i>-us</i>, <i>-is</i>); then one of
 * <i>-ing</i> and <i>-ed</i>, with a doubled last consonant undoubled (not <i>ll</i>, <i>ss</i>,
 * <i>zz</i>: "planned", "plan"), or else a final <i>e</i>; then a final <i>y</i> is written <i>i</i>
 * ("ally", "allies", "allied": "alli"). In the manner of Porter's step 1, much reduced.
 *
 * <p>Ukrainian (folded, so й is и and ї is і): first a reflexive <i>-ся</i> or <i>-сь</i>, then the
 * longest of {@link #UKRAINIAN} the stem may lose: the case endings of nouns and adjectives and the
 * third person plural of verbs. Not the endings of the past tense or the infinitive, which would take
 * «школу» and «школа» apart.
 *
 * <p>{@code stem} in {@code templates/assets/search.js} is this, step for step: the index groups words
 * by the stem made here, the script stems the query there ({@code SearchScriptTest} holds the two
 * together).
 */
final class WordForms {
  /** The fewest letters a stem keeps. */
  static final int SHORTEST = 3;

  /** The Ukrainian endings, folded, longest first (the order the script tries them in too). */
  static final List<String> UKRAINIAN = List.of(
      "ього", "ьому",
      "ами", "ями", "ові", "еві", "єві", "ого", "ому", "ими", "іми", "ьоі", "уть", "ють",
      "ам", "ям", "ах", "ях", "ом", "ем", "єм", "ою", "ею", "єю", "ів", "еи", "ии", "іи", "ім", "им", "их", "іх", "оі", "ую", "юю",
      "а", "я", "о", "е", "є", "у", "ю", "і", "и", "ь");

  private WordForms() {}

  /** The stem of {@code word}, a word as {@link SearchText#words} gives it (folded). */
  static String stem(String word) {
    if (isOf(word, 'a', 'z')) {
      return english(word);
    }
    if (isOf(word, 'а', 'я')) {
      return ukrainian(word);
    }
    return word;
  }

  private static String english(String word) {
    String w = word;
    if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      w = cut(w, 1);
    }
    if (w.endsWith("ing") && w.length() - 3 >= SHORTEST) {
      w = undoubled(w.substring(0, w.length() - 3));
    } else if (w.endsWith("ed") && w.length() - 2 >= SHORTEST) {
      w = undoubled(w.substring(0, w.length() - 2));
    } else if (w.endsWith("e")) {
      w = cut(w, 1);
    }
    if (w.endsWith("y") && w.length() >= SHORTEST) {
      w = w.substring(0, w.length() - 1) + "i";
    }
    return w;
  }

  /** {@code w} without the last letter of a doubled consonant at its end, but for l, s and z, where that leaves enough. */
  private static String undoubled(String w) {
    int n = w.length();
    if (n - 1 >= SHORTEST && w.charAt(n - 1) == w.charAt(n - 2) && "aeiouylsz".indexOf(w.charAt(n - 1)) < 0) {
      return w.substring(0, n - 1);
    }
    return w;
  }

  private static String ukrainian(String word) {
    String w = word.endsWith("ся") || word.endsWith("сь") ? cut(word, 2) : word;
    for (String ending : UKRAINIAN) {
      if (w.endsWith(ending) && w.length() - ending.length() >= SHORTEST) {
        return w.substring(0, w.length() - ending.length());
      }
    }
    return w;
  }

  /** {@code w} without its last {@code letters}, when that leaves a stem long enough; else {@code w}. */
  private static String cut(String w, int letters) {
    return w.length() - letters >= SHORTEST ? w.substring(0, w.length() - letters) : w;
  }

  /**
   * Whether every character of {@code word} is from {@code first} to {@code last}; for Cyrillic, also
   * і, є and ґ (U+0456, U+0454, U+0491), which are outside а–я.
   */
  private static boolean isOf(String word, char first, char last) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      boolean in = c >= first && c <= last || first == 'а' && (c == 'і' || c == 'є' || c == 'ґ');
      if (!in) {
        return false;
      }
    }
    return !word.isEmpty();
  }
}
