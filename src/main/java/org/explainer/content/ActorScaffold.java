package org.explainer.content;

import java.util.Locale;
import java.util.regex.Pattern;

/** The text of a new actor for {@code content/actors.yaml}: every field with a one-line comment. */
public final class ActorScaffold {
  private ActorScaffold() {}

  /** The scaffold of the actor {@code id} named {@code name}, of {@code kind}, with {@code role} when given. */
  public static String text(String id, String name, Actor.Kind kind, String role) {
    return """

        - id: %s
          name: %s
          # person, institution, group or country
          kind: %s
          # The actor's role at the time of the debate, in a short phrase.
          role: %s
          # The country or organisation it belongs to (optional).
          # affiliation: ""
          # Other spellings the sources use, so that quotes are found near the name (optional).
          # variants: []
          # One or two sentences of context; credit context to where it was reported (optional).
          # description: ""
        """.formatted(id, EntryScaffold.yamlString(name), kind.name().toLowerCase(Locale.ROOT), EntryScaffold.yamlString(role == null ? "" : role));
  }

  /** True when {@code actorsYaml} already defines the actor {@code id}. */
  public static boolean defines(String actorsYaml, String id) {
    return Pattern.compile("(?m)^\\s*-?\\s*id:\\s*[\"']?" + Pattern.quote(id) + "[\"']?\\s*(#.*)?$").matcher(actorsYaml).find();
  }
}
