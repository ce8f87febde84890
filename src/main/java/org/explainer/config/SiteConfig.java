package org.explainer.config;

import java.util.List;
import java.util.Optional;

/**
 * The site as described by {@code content/site.yaml}.
 *
 * @param title site title
 * @param question the question the site answers, in one line
 * @param description one or two sentences for search engines and previews
 * @param language BCP 47 language tag
 * @param baseUrl absolute URL the site is published at, ending in '/', if configured
 * @param editors who curates the site
 * @param licence the licence of the site's own text
 * @param stances the positions used in the debate, in display order
 * @param tags the tags entries may use, in display order
 * @param sources the folder of archived source captures, relative to the folder that holds content/, if set
 */
public record SiteConfig(
    String title,
    String question,
    String description,
    String language,
    Optional<String> baseUrl,
    List<Editor> editors,
    Licence licence,
    List<Stance> stances,
    List<Tag> tags,
    Optional<String> sources) {

  /** The stance with {@code id}, if defined. */
  public Optional<Stance> stance(String id) {
    for (Stance stance : stances) { // a loop, not a stream: asked for each position of each entry
      if (stance.id().equals(id)) {
        return Optional.of(stance);
      }
    }
    return Optional.empty();
  }

  /** The tag with {@code id}, if defined. */
  public Optional<Tag> tag(String id) {
    for (Tag tag : tags) { // a loop, not a stream: asked for each tag of each entry
      if (tag.id().equals(id)) {
        return Optional.of(tag);
      }
    }
    return Optional.empty();
  }

  /**
   * A person or desk that curates the site.
   *
   * @param name name as shown
   * @param role what they do
   */
  public record Editor(String name, String role) {}

  /**
   * The licence of the site's text.
   *
   * @param name e.g. "CC BY 4.0"
   * @param url where the licence text is
   */
  public record Licence(String name, String url) {}

  /**
   * A position in the debate, e.g. "invite now".
   *
   * @param id id used by entries
   * @param label short label
   * @param description one sentence saying what holding it means
   */
  public record Stance(String id, String label, String description) {}

  /**
   * A topic label for entries.
   *
   * @param id id used by entries
   * @param label label as shown
   * @param description one sentence on what the tag gathers
   */
  public record Tag(String id, String label, String description) {}
}
