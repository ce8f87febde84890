package org.explainer.yaml;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/** Turns titles into safe URL slugs: ASCII, lowercase, single hyphens, bounded length. */
public final class Slugs {
  private Slugs() {}

  /**
   * The slug of {@code text}, at most {@code maxLength} characters and cut at a hyphen; empty when the
   * text has no letters or digits. {@code "Sybiha’s letter: “now”"} gives {@code "sybihas-letter-now"}.
   */
  public static Optional<String> slugify(String text, int maxLength) {
    String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String lower = ascii.toLowerCase(Locale.ROOT).replaceAll("['’]", "");
    String slug = lower.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > maxLength) {
      slug = slug.substring(0, maxLength);
      int cut = slug.lastIndexOf('-');
      if (cut > maxLength / 2) {
        slug = slug.substring(0, cut);
      }
      slug = slug.replaceAll("-+$", "");
    }
    return slug.isEmpty() ? Optional.empty() : Optional.of(slug);
  }
}
