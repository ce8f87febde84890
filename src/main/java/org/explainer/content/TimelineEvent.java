package org.explainer.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.explainer.diagnostic.Location;
import org.explainer.yaml.Fields;
import org.explainer.yaml.Ref;
import org.explainer.yaml.Yaml;

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
    @Yaml(inline = true) FuzzyDate date,
    @Yaml(fix = "write the last day as YYYY-MM-DD") Optional<LocalDate> end,
    String title,
    String description,
    List<Ref> articles,
    List<String> context,
    List<Ref> actors,
    Location at) implements Yaml.Checked {

  @Override
  public boolean check(Fields f) {
    if (articles.isEmpty() && context.isEmpty()) {
      f.error("title", "the event '" + id + "' cites no source", "add 'articles:' with the entries that report it, or 'context:' naming where it was reported");
    }
    if (end.isPresent() && !end.get().isAfter(date.start())) {
      f.error("end", "the event ends (" + end.get() + ") before or on the day it starts (" + date.written() + ")", "give the last day of the event, or remove 'end:'");
    }
    return true;
  }

  /** True when no entry reports the event: it is shown as context. */
  public boolean isContext() {
    return articles.isEmpty();
  }
}
