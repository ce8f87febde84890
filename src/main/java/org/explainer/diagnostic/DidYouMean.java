package org.explainer.diagnostic;

import java.util.Collection;
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
   * " — did you mean 'x'?"-style hint text: {@code "did you mean 'x'? "} or empty when nothing is
   * close.
   */
  public static String hint(String typed, Collection<String> candidates) {
    return closest(typed, candidates).map(c -> "did you mean '" + c + "'? ").orElse("");
  }
}
