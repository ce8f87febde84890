package org.explainer.content;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.Locale;
import java.util.Optional;
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

  /**
   * The id of the actor in {@code actorsYaml} that already goes by {@code name}, as its name or one of
   * its variants (in any case); empty when none does, or when the file cannot be read as YAML (then
   * {@code check} reports what is wrong with it).
   */
  public static Optional<String> goingBy(String actorsYaml, String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    try {
      for (JsonNode actor : new YAMLMapper().readTree(actorsYaml)) {
        boolean same = actor.path("name").asText().strip().toLowerCase(Locale.ROOT).equals(wanted);
        for (JsonNode variant : actor.path("variants")) {
          same |= variant.asText().strip().toLowerCase(Locale.ROOT).equals(wanted);
        }
        if (same && actor.hasNonNull("id")) {
          return Optional.of(actor.get("id").asText());
        }
      }
    } catch (JacksonException e) {
      // left to check, which says where and how the file is wrong
    }
    return Optional.empty();
  }

  /** True when {@code actorsYaml} already defines the actor {@code id}. */
  public static boolean defines(String actorsYaml, String id) {
    return Pattern.compile("(?m)^\\s*-?\\s*id:\\s*[\"']?" + Pattern.quote(id) + "[\"']?\\s*(#.*)?$").matcher(actorsYaml).find();
  }
}
