package org.explainer.yaml;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Turns titles into safe URL slugs: ASCII, lowercase, single hyphens, bounded length. */
public final class Slugs {
  /** A letter or digit outside ASCII, once accents are taken off. */
  private static final Pattern BEYOND_ASCII = Pattern.compile("[\\p{L}\\p{N}&&[^\\p{ASCII}]]");

  private Slugs() {}

  /**
   * The slug of {@code text}, at most {@code maxLength} characters and cut at a hyphen; empty when the
   * text has no letters or digits, even in Latin letters. {@code "Sybiha’s letter: “now”"} gives
   * {@code "sybihas-letter-now"}; letters of other scripts are written in Latin ones by ICU4J's
   * transliterators, so {@code "Сибіга про запрошення"} gives {@code "sybiha-pro-zaproshennya"}.
   */
  public static Optional<String> slugify(String text, int maxLength) {
    String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    if (BEYOND_ASCII.matcher(ascii).find()) {
      ascii = Latin.transliterate(text);
    }
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

  /** The transliterators, made on first use: they take a moment to build, and most slugs never need them. */
  private static final class Latin {
    private static final Transliterator UKRAINIAN = Transliterator.getInstance("[:Cyrillic:] Ukrainian-Latin/BGN");
    private static final Transliterator ANY = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    /**
     * {@code text} in ASCII: Cyrillic as Ukrainian, the site's other language, by the BGN/PCGN system
     * ({@code "Сибіга"} gives {@code "Sybiha"}, the spelling the English uses), every other script by ICU's
     * general rules ({@code "Ελλάδα"} gives {@code "Ellada"}), then accents and ligatures taken off ({@code
     * "Straße"} gives {@code "Strasse"}). What has no Latin form is left as it is, for the caller to drop.
     * Synchronized, as ICU does not promise that a transliterator may be shared by threads.
     */
    static synchronized String transliterate(String text) {
      return ANY.transliterate(UKRAINIAN.transliterate(text));
    }
  }
}
