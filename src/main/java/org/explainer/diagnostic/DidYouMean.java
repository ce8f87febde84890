package org.explainer.diagnostic;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Suggests the closest known name for a mistyped one, by edit distance: a letter added, dropped or
 * changed, or two letters beside each other swapped, is one edit ({@code dke} is one edit from {@code
 * dek}).
 */
public final class DidYouMean {
  private DidYouMean() {}

  /**
   * The candidate closest to {@code typed}, if it is close enough to be a plausible typo: at most a
   * third of the typed length in edits (at least 1, at most 3), or a case-insensitive match.
   */
  public static Optional<String> closest(String typed, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates.stream().sorted().toList()) {
      int d = distance(typed.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    int allowed = Math.max(1, Math.min(3, typed.length() / 3));
    return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /**
   * The candidates {@code typed} may stand for: the one {@link #closest} to it, else every candidate that
   * has, for each word typed, a word {@link #closest} to that one, sorted; else, for a name of two words
   * or more, every candidate of two words or more whose words are each close to a word typed (the name
   * shortened), sorted, else the one name of two words or more whose first word of letters (after a
   * date) is close to the typed one's, if only one is; empty when none is close.
   * Words are runs of letters and digits: {@code "stoltenberg-invitation"} gives {@code
   * "stoltenberg-invitation-equals-membership"}, the start of a name or its words in another order too.
   */
  public static List<String> byWords(String typed, Collection<String> candidates) {
    Optional<String> closest = closest(typed, candidates);
    if (closest.isPresent()) {
      return List.of(closest.get());
    }
    List<String> words = words(typed);
    if (words.isEmpty()) {
      return List.of();
    }
    List<String> keeping = candidates.stream().distinct().sorted()
        .filter(candidate -> words.stream().allMatch(word -> closest(word, words(candidate)).isPresent()))
        .toList();
    if (!keeping.isEmpty() || words.size() < 2) {
      return keeping;
    }
    // shortened: a name of two words or more, each of them typed ("sybiha-letter-putin-goals" renamed
    // "sybiha-putin-goals")
    List<String> kept = candidates.stream().distinct().sorted()
        .filter(candidate -> words(candidate).size() > 1 && words(candidate).stream().allMatch(word -> closest(word, words).isPresent()))
        .toList();
    if (!kept.isEmpty()) {
      return kept;
    }
    // renamed but for its first word of letters, the subject of a slug or a file name after its date
    // ("stoltenberg-invitation-equals-membership" renamed "stoltenberg-one-step"), when one name alone has it
    Optional<String> typedSubject = subject(typed);
    if (typedSubject.isEmpty()) {
      return List.of();
    }
    List<String> same = candidates.stream().distinct()
        .filter(candidate -> words(candidate).size() > 1
            && subject(candidate).filter(s -> closest(typedSubject.get(), List.of(s)).isPresent()).isPresent())
        .toList();
    return same.size() == 1 ? same : List.of();
  }

  /**
   * The edits that turn {@code a} into {@code b}: letters added, dropped or changed, and two letters
   * beside each other swapped, each one edit (the optimal string alignment distance).
   */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /** The first word of {@code text} that has a letter: a slug's subject, after a file name's date. */
  private static Optional<String> subject(String text) {
    return words(text).stream().filter(word -> word.codePoints().anyMatch(Character::isLetter)).findFirst();
  }

  private static List<String> words(String text) {
    return Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty()).toList();
  }

  /**
   * " — did you mean 'x'?"-style hint text: {@code "did you mean 'x'? "} or empty when nothing is
   * close.
   */
  public static String hint(String typed, Collection<String> candidates) {
    return closest(typed, candidates).map(c -> "did you mean '" + c + "'? ").orElse("");
  }

  /** The most names {@link #hintByWords} lists. */
  private static final int MOST_SHOWN = 5;

  /**
   * As {@link #hint}, with the candidates of {@link #byWords}: {@code "did you mean 'x'? "}, {@code
   * "did you mean one of 'x', 'y'? "} (the first few of them, then "…"), or empty when none is close.
   * For names that are renamed as well as mistyped: an entry's slug, whose words stay when it grows or
   * is shortened.
   */
  public static String hintByWords(String typed, Collection<String> candidates) {
    return hintOf(byWords(typed, candidates));
  }

  /** The hint of {@link #hintByWords} that names {@code near}, as they are to be written; empty when none is. */
  public static String hintOf(List<String> near) {
    if (near.isEmpty()) {
      return "";
    }
    String shown = near.stream().limit(MOST_SHOWN).map(name -> "'" + name + "'").collect(Collectors.joining(", "))
        + (near.size() > MOST_SHOWN ? ", …" : "");
    return "did you mean " + (near.size() == 1 ? "" : "one of ") + shown + "? ";
  }
}
