package org.explainer.yaml;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;

/**
 * How {@link RecordReader} reads one record component, where the defaults do not fit. Without it a
 * component is read from the key of its name in snake_case ({@code keyPoints} from {@code
 * key_points}); see {@link RecordReader} for what each type of component means.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Yaml {
  /** The key, when it is not the component's name in snake_case. */
  String key() default "";

  /** For a list: whether it must be present and not empty; for a whole number: whether it must be present. */
  boolean required() default false;

  /** For a whole number: its value when the key is absent. */
  int fallback() default 0;

  /** For a record: read from the same mapping as the record it is part of, not from a key of its own. */
  boolean inline() default false;

  /** For a value parsed from text (a date): what to write, when the text cannot be parsed. */
  String fix() default "";

  /**
   * What a record is, for messages ("a quote", "the source"): put on the record class.
   */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  @interface What {
    /** E.g. "a quote". */
    String value();
  }

  /** An enum whose constants are written in YAML as lowercase words ({@code person}, {@code day}). */
  interface Keyword {
    /** The constant's name, as Java has it. */
    String name();

    /** The lowercase word used in YAML. */
    default String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * A record whose fields must be checked together once read (a URL against its scheme, an end
   * against a start). {@link Fields} records errors only: a warning on an entry (allowed but worth a
   * look) goes in {@code content.ContentValidator}'s {@code warnings} or, as a house rule,
   * {@code houseRules}.
   */
  interface Checked {
    /**
     * Records the problems of this value at the keys of {@code f}, the mapping it was read from.
     *
     * @return false to leave the value out, as if it could not be read
     */
    boolean check(Fields f);

    /**
     * Records the problems of this value as read from a translation (see {@link TranslationReader}), at
     * the keys of {@code f}, the translation's mapping. The original was checked with {@link #check};
     * only what a translation can get wrong on its own is checked here. Nothing by default.
     */
    default void checkTranslation(Fields f) {}
  }
}
