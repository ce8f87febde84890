package org.explainer.content;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.explainer.diagnostic.Location;

/**
 * A person, institution, group or country in the debate, under one canonical name with the variant
 * spellings the sources use.
 *
 * @param id id used by references
 * @param name canonical name
 * @param variants other spellings found in the sources
 * @param kind what sort of actor it is
 * @param role role at the time of the debate
 * @param affiliation country or organisation
 * @param description one or two sentences of context
 * @param at where it is defined
 */
public record Actor(
    String id,
    String name,
    List<String> variants,
    Kind kind,
    String role,
    Optional<String> affiliation,
    Optional<String> description,
    Location at) {

  /** What sort of actor. */
  public enum Kind {
    PERSON,
    INSTITUTION,
    GROUP,
    COUNTRY;

    /** The lowercase name used in YAML. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
