package org.explainer.yaml;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component that a translation gives in its own language: our text (a headline, a
 * note, a summary), as opposed to ids, dates, references and addresses, which every language shares.
 * {@link TranslationReader} reads a translation into the original's record through these marks, and
 * the fingerprint of what a translation was made from covers exactly the marked components.
 *
 * <p>On a component whose type is a record, or a list of records, it means that the record holds
 * translatable components of its own (an entry's {@code source}, its {@code quotes}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Translatable {
  /**
   * For a list of texts: true when a translation has one item for each of the original's, in the same
   * order (key points); false when it is a list of its own that may be shorter or longer, and that the
   * original's stands for when the translation leaves it out (the spellings of a name).
   */
  boolean itemByItem() default true;
}
