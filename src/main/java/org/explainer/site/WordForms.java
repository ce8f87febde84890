package org.explainer.site;

import java.util.List;
import java.util.Map;

/**
 * The forms of a word that search takes for one word: a light stemmer that strips the inflectional
 * ending of a folded word ({@link SearchText}), so that "invitations" and "invitation", «статті» and
 * «стаття» have one stem. A word of Latin letters alone (a–z) loses an English ending, a word of
 * Cyrillic letters alone a Ukrainian one; any other word (with a digit, or of another script) is its own
 * stem. A stem keeps at least {@value #SHORTEST} letters, so that short words stay as they are.
 *
 * <p>English, in order, after Porter's steps 1 and 5a, reduced: a final <i>s</i> (not of <i>-ss</i>,
 * <i>-us</i>, <i>-is</i>); then <i>-eed</i> made <i>-ee</i>, or <i>-ing</i> or <i>-ed</i> dropped
 * where a vowel stays, with the <i>e</i> the word lost put back after <i>-at</i>, <i>-bl</i>,
 * <i>-iz</i> or a short syllable ("noted", "note"), else a doubled last consonant undoubled (not
 * <i>ll</i>, <i>ss</i>, <i>zz</i>: "planned", "plan"); then a final <i>e</i> dropped, but where it
 * lengthens a short syllable ("note" and "not", "plane" and "plan" stay apart); then a final
 * <i>y</i> is written <i>i</i> ("ally", "allies", "allied": "alli").
 *
 * <p>Ukrainian (folded, so й is и and ї is і): a word of {@link #SHORT_ROOTS} has the stem given there;
 * any other loses first a reflexive <i>-ся</i> or <i>-сь</i>, then either the fleeting <i>о</i> of
 * <i>-ок</i> or <i>е</i> of <i>-ець</i> after a consonant, in a word of {@value #FLEETING} letters at
 * least («підсумок», «підсумку»; «кінець», «кінця»), or else the longest ending the stem may lose: of
 * {@link #UKRAINIAN_IA}, but not after <i>н</i>, else of {@link #UKRAINIAN}: the case endings of nouns
 * and adjectives and the third person plural of verbs. Not the endings of the past tense or the
 * infinitive, which would take «школу» and «школа» apart. The stem then has the alternations of its
 * last syllable undone ({@link #alternations}), so that «Київ» and «Києва», «договір» and «договору»,
 * «питання» and «питань», «безпека» and «безпеці» have one stem.
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

  /**
   * The endings of nouns in -ія and -ій and of verbs in -іти that take the <i>і</i> with them, longest
   * first («позиція», «позицію» and «позицій», whose <i>-ій</i> {@link #UKRAINIAN} strips whole, as it
   * must for «третій»; «сценарій», «сценарію»; «розумію», «розуміють»). Not after <i>н</i>, where
   * «Данія» would have the stem of «даних».
   */
  static final List<String> UKRAINIAN_IA = List.of("ієві", "іють", "іями", "ієм", "ією", "іям", "іях", "іів", "ія", "іі", "ію", "іє");

  /** The fewest letters of a word in -ок or -ець that loses its fleeting vowel (not «блок», «строк», «урок»). */
  static final int FLEETING = 6;

  /**
   * The stems of the forms of «рік» and «бік» that differ from their other forms («року», «боку»), whose
   * roots are too short for {@link #alternations}: by word, so that «ріка» keeps its own stem.
   */
  static final Map<String, String> SHORT_ROOTS = Map.of("рік", "рок", "році", "рок", "бік", "бок", "боці", "бок");

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
    if (w.endsWith("eed")) {
      if (measure(w, w.length() - 3) > 0) {
        w = w.substring(0, w.length() - 1); // "agreed": "agree"
      }
    } else if (w.endsWith("ing") && w.length() - 3 >= SHORTEST && hasVowel(w, w.length() - 3)) {
      w = withoutEnding(w.substring(0, w.length() - 3));
    } else if (w.endsWith("ed") && w.length() - 2 >= SHORTEST && hasVowel(w, w.length() - 2)) {
      w = withoutEnding(w.substring(0, w.length() - 2));
    }
    // a final e, but where it makes a short syllable long ("note", "not"; "plane", "plan")
    if (w.endsWith("e") && w.length() - 1 >= SHORTEST) {
      int m = measure(w, w.length() - 1);
      if (m > 1 || m == 1 && !shortSyllable(w, w.length() - 1)) {
        w = w.substring(0, w.length() - 1);
      }
    }
    if (w.endsWith("y") && w.length() >= SHORTEST) {
      w = w.substring(0, w.length() - 1) + "i";
    }
    return w;
  }

  /**
   * {@code w}, a word without its -ing or -ed, as its other forms have it: with the e it lost after
   * -at, -bl and -iz, or after a short syllable ("noted", "note"); else with a doubled last consonant
   * undoubled, but for l, s and z ("planned", "plan").
   */
  private static String withoutEnding(String w) {
    int n = w.length();
    if (w.endsWith("at") || w.endsWith("bl") || w.endsWith("iz")) {
      return w + "e";
    }
    if (n - 1 >= SHORTEST && w.charAt(n - 1) == w.charAt(n - 2) && consonant(w, n - 1) && "lsz".indexOf(w.charAt(n - 1)) < 0) {
      return w.substring(0, n - 1);
    }
    return measure(w, n) == 1 && shortSyllable(w, n) ? w + "e" : w;
  }

  /** Whether letter {@code i} of {@code w} is a consonant: not a, e, i, o or u, and a y only at the start or after a vowel. */
  private static boolean consonant(String w, int i) {
    char c = w.charAt(i);
    if ("aeiou".indexOf(c) >= 0) {
      return false;
    }
    return c != 'y' || i == 0 || !consonant(w, i - 1);
  }

  /** Porter's measure of the first {@code end} letters of {@code w}: how many times a vowel is followed by a consonant. */
  private static int measure(String w, int end) {
    int m = 0;
    for (int i = 1; i < end; i++) {
      if (consonant(w, i) && !consonant(w, i - 1)) {
        m++;
      }
    }
    return m;
  }

  /** Whether the first {@code end} letters of {@code w} have a vowel. */
  private static boolean hasVowel(String w, int end) {
    for (int i = 0; i < end; i++) {
      if (!consonant(w, i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the first {@code end} letters of {@code w} end consonant, vowel, consonant, the last not w, x or y ("hop", not "play"). */
  private static boolean shortSyllable(String w, int end) {
    return end >= 3 && consonant(w, end - 3) && !consonant(w, end - 2) && consonant(w, end - 1) && "wxy".indexOf(w.charAt(end - 1)) < 0;
  }

  private static String ukrainian(String word) {
    String root = SHORT_ROOTS.get(word);
    if (root != null) {
      return root;
    }
    String w = word.endsWith("ся") || word.endsWith("сь") ? cut(word, 2) : word;
    int n = w.length();
    if (n >= FLEETING && w.endsWith("ок") && ukrainianConsonant(w.charAt(n - 3))) {
      return alternations(w.substring(0, n - 2) + "к");
    }
    if (n >= FLEETING && w.endsWith("ець") && ukrainianConsonant(w.charAt(n - 4))) {
      return alternations(w.substring(0, n - 3) + "ц");
    }
    for (String ending : UKRAINIAN_IA) {
      if (w.endsWith(ending) && n - ending.length() >= SHORTEST && w.charAt(n - ending.length() - 1) != 'н') {
        return alternations(w.substring(0, n - ending.length()));
      }
    }
    for (String ending : UKRAINIAN) {
      if (w.endsWith(ending) && n - ending.length() >= SHORTEST) {
        return alternations(w.substring(0, n - ending.length()));
      }
    }
    return alternations(w);
  }

  /**
   * A Ukrainian stem with the alternations of its last syllable undone, so that forms with and without
   * an ending meet: in a stem of six letters or more, a final doubled consonant is undoubled («питанн»
   * of «питання», «питан» of «питань») and a final <i>к</i> or <i>г</i> is written <i>ц</i> or
   * <i>з</i>, as before the <i>-і</i> of the dative and locative («безпек», «безпец»; «перемог»,
   * «перемоз»); then, in a stem of four letters or more, an <i>і</i>, <i>о</i> or <i>є</i> before a
   * final consonant is written <i>і</i> («киів» of «Київ», «києв» of «Києва»; «договір», «договор»).
   * Shorter stems keep their letters: of three, too many are words of their own («від» and «веде»,
   * «між» and «може», «піти» and «потім»).
   */
  private static String alternations(String stem) {
    String s = stem;
    int n = s.length();
    if (n >= 6 && s.charAt(n - 1) == s.charAt(n - 2) && ukrainianConsonant(s.charAt(n - 1))) {
      s = s.substring(0, --n);
    }
    char last = s.charAt(n - 1);
    if (n >= 6 && (last == 'к' || last == 'г')) {
      s = s.substring(0, n - 1) + (last == 'к' ? 'ц' : 'з');
    }
    if (n >= 4 && ukrainianConsonant(s.charAt(n - 1)) && "іоє".indexOf(s.charAt(n - 2)) >= 0) {
      s = s.substring(0, n - 2) + 'і' + s.charAt(n - 1);
    }
    return s;
  }

  /** Whether {@code c}, a letter of a Cyrillic word, is a consonant: not а, е, и, і, о, у, ю, я, є or ь. */
  private static boolean ukrainianConsonant(char c) {
    return "аеиіоуюяєь".indexOf(c) < 0;
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
