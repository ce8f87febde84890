package org.explainer.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.explainer.diagnostic.Location;
import org.explainer.yaml.Ref;

/**
 * A dated event, citing the entries or context sources that support it.
 *
 * @param id anchor id
 * @param date when it happened
 * @param end last day of a multi-day event
 * @param title short title
 * @param description one to three sentences
 * @param articles entries that report it
 * @param context sources outside the entries, named as text
 * @param actors actors involved
 * @param at where it is defined
 */
public record TimelineEvent(
    String id,
    FuzzyDate date,
    Optional<LocalDate> end,
    String title,
    String description,
    List<Ref> articles,
    List<String> context,
    List<Ref> actors,
    Location at) {

  /** True when no entry reports the event: it is shown as context. */
  public boolean isContext() {
    return articles.isEmpty();
  }
}
