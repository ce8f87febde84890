package org.explainer.content;

import java.util.List;
import org.explainer.yaml.Fields;
import org.explainer.yaml.Ref;

/**
 * An item that cites what supports it (a timeline event, a position, a claim, a glossary term): the
 * entries whose own text reports it, and the context sources for what they do not.
 */
public interface Cited {
  /** The entries whose own text reports it. */
  List<Ref> articles();

  /** The context sources it rests on, for what the entries do not report. */
  List<Ref> context();

  /** True when no entry reports it: it rests on context alone and is shown as context. */
  default boolean isContext() {
    return articles().isEmpty();
  }

  /** Records a problem at {@code articles} of {@code f}, the mapping it was read from, when it cites nothing. */
  default void requireSource(Fields f, String what, String id) {
    requireSource(f, what, id, "reports it");
  }

  /**
   * As {@link #requireSource(Fields, String, String)}, the fix naming the entries as those whose own text
   * {@code entriesThat} ("bears on its definition").
   */
  default void requireSource(Fields f, String what, String id, String entriesThat) {
    if (articles().isEmpty() && context().isEmpty()) {
      f.error("articles", "the " + what + " '" + id + "' cites no source",
          "add 'articles:' with the entries whose own text " + entriesThat + ", or 'context:' with ids from content/context.yaml");
    }
  }
}
