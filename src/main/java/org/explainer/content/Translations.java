package org.explainer.content;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What each translated record of an edition was made from, by what it translates. A record of the
 * original that has no entry here is not translated: the edition shows a notice for its page, and the
 * original's text where it appears on other pages.
 *
 * @param records each translated record, by what it translates
 */
public record Translations(Map<Key, Translation> records) {

  /** The kinds of records a translation translates, one per content file or folder. */
  public enum Part {
    /** {@code site.yaml}. */
    SITE,
    /** An entry under {@code articles/}, by slug. */
    ENTRY,
    /** A free page under {@code pages/}, by slug. */
    PAGE,
    /** An item of {@code actors.yaml}. */
    ACTOR,
    /** An item of {@code timeline.yaml}. */
    EVENT,
    /** An item of {@code glossary.yaml}. */
    TERM,
    /** An item of {@code claims.yaml}. */
    CLAIM,
    /** An item of {@code context.yaml}. */
    CONTEXT,
    /** An item of {@code positions.yaml}. */
    POSITION
  }

  /**
   * A translated record: its kind and id ("" for site.yaml).
   *
   * @param part the kind of record
   * @param id its id or slug
   */
  public record Key(Part part, String id) {}

  /**
   * These translations with the original of the record {@code id} of kind {@code part} now having the
   * fingerprint {@code current}: after the original was edited. Unchanged when it has no translation.
   */
  public Translations withCurrent(Part part, String id, String current) {
    Key key = new Key(part, id);
    Translation before = records.get(key);
    if (before == null) {
      return this;
    }
    Map<Key, Translation> next = new HashMap<>(records);
    next.put(key, new Translation(before.at(), before.madeFrom(), current));
    return new Translations(Map.copyOf(next));
  }

  /** The translation of the record {@code id} of kind {@code part}, if it has one. */
  public Optional<Translation> of(Part part, String id) {
    return Optional.ofNullable(records.get(new Key(part, id)));
  }
}
