package org.explainer.content;

import java.util.Optional;

/**
 * The content of one language of the site: the original (English, at the root of the site), or a
 * translation (under {@code /<language>/}) made of the original's records with their text in the
 * translation's language. Both libraries hold the same ids, slugs, dates and references, so every page
 * of one has its counterpart in the other.
 *
 * @param library what this language's pages are made from
 * @param original the original's library (the same as {@code library} for the original)
 * @param translations for a translation, what each translated record was made from; empty for the original
 */
public record Edition(Library library, Library original, Optional<Translations> translations) {

  /** The original edition of {@code library}. */
  public static Edition original(Library library) {
    return new Edition(library, library, Optional.empty());
  }

  /** The language's BCP 47 tag, e.g. {@code en} or {@code uk}. */
  public String language() {
    return library.site().language();
  }

  /** True for a translation. */
  public boolean isTranslation() {
    return translations.isPresent();
  }

  /** Where the language's files go in the site: "" for the original, {@code "uk/"} for Ukrainian. */
  public String prefix() {
    return isTranslation() ? language() + "/" : "";
  }

  /** The translation of the record {@code id} of kind {@code part}; always empty in the original. */
  public Optional<Translation> translation(Translations.Part part, String id) {
    return translations.flatMap(t -> t.of(part, id));
  }

  /** True when the record is in this language: always in the original, when translated in a translation. */
  public boolean hasText(Translations.Part part, String id) {
    return !isTranslation() || translation(part, id).isPresent();
  }

  /**
   * This edition after the original's entry {@code edited} was read again: the original's library is
   * {@code original}; a translation's own text is unchanged, but what it translates may have changed.
   */
  public Edition withOriginal(Library original, Article edited) {
    if (!isTranslation()) {
      return original(original);
    }
    return new Edition(library, original,
        translations.map(t -> t.withCurrent(Translations.Part.ENTRY, edited.slug(), Fingerprint.of(edited))));
  }
}
