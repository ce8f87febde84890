package org.explainer.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.explainer.cache.BuildCache;
import org.explainer.yaml.TranslationReader;

/**
 * The fingerprint of the text a translation translates, which the translation records in its {@code
 * translated_from}: the first 12 hexadecimal digits of the SHA-256 of the record's translatable texts
 * ({@link TranslationReader#texts}) written as one compact JSON object in UTF-8, its keys the texts'
 * paths in sorted order. For an entry:
 *
 * <pre>{"actors.sybiha.note":"…","body":"…","dek":"…","headline":"…","key_points.0":"…",…}</pre>
 *
 * <p>Only the texts count: an edit of a date, a tag or a capture leaves a translation current, an
 * edit of a word of the headline, a note or the summary does not.
 */
public final class Fingerprint {
  /** How many hexadecimal digits a fingerprint has. */
  public static final int LENGTH = 12;
  private static final ObjectMapper JSON = new ObjectMapper();

  private Fingerprint() {}

  /** The fingerprint of {@code original}'s translatable text. */
  public static String of(Record original) {
    try {
      byte[] json = JSON.writeValueAsString(TranslationReader.texts(original)).getBytes(StandardCharsets.UTF_8);
      return BuildCache.hash(json).substring(0, LENGTH);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot fingerprint a " + original.getClass().getSimpleName(), e);
    }
  }
}
