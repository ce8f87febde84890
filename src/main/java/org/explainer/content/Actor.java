package org.explainer.content;

import java.util.List;
import java.util.Optional;
import org.explainer.diagnostic.Location;
import org.explainer.yaml.Fields;
import org.explainer.yaml.Ref;
import org.explainer.yaml.Translatable;
import org.explainer.yaml.Yaml;

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
 * @param members for a group: the actors that make it up
 * @param description one or two sentences of context
 * @param at where it is defined
 */
public record Actor(
    String id,
    @Translatable String name,
    @Translatable(itemByItem = false) List<String> variants,
    Kind kind,
    @Translatable String role,
    @Translatable Optional<String> affiliation,
    List<Ref> members,
    @Translatable Optional<String> description,
    Location at) implements Yaml.Checked {

  @Override
  public boolean check(Fields f) {
    if (!members.isEmpty() && kind != Kind.GROUP) {
      f.error("members", "only a group has members, and '" + id + "' is a " + kind.id(), "set 'kind: group', or remove 'members:'");
    }
    return true;
  }

  /** What sort of actor. */
  public enum Kind implements Yaml.Keyword {
    PERSON,
    INSTITUTION,
    GROUP,
    COUNTRY
  }
}
