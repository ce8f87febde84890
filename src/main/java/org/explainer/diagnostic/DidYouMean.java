package org.explainer.diagnostic;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Suggests the closest known name for a mistyped one, by edit distance. */
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
      int d = LevenshteinDistance.getDefaultInstance().apply(typed.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
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
   * has, for each word typed, a word {@link #closest} to that one, sorted; empty when none is close.
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
    return candidates.stream().distinct().sorted()
        .filter(candidate -> words.stream().allMatch(word -> closest(word, words(candidate)).isPresent()))
        .toList();
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
}
