package org.explainer.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.explainer.diagnostic.Location;
import org.explainer.yaml.Fields;
import org.explainer.yaml.Ref;
import org.explainer.yaml.Translatable;
import org.explainer.yaml.Yaml;

/**
 * A dated event, citing the entries or context sources that support it.
 *
 * @param id anchor id
 * @param kind what sort of event it is
 * @param date when it happened
 * @param end last day of a multi-day event
 * @param title short title
 * @param description one to three sentences
 * @param articles entries that report it
 * @param context context sources, for what the entries do not report
 * @param actors actors involved
 * @param at where it is defined
 */
public record TimelineEvent(
    String id,
    Kind kind,
    @Translatable @Yaml(inline = true) FuzzyDate date,
    @Yaml(fix = "write the last day as YYYY-MM-DD") Optional<LocalDate> end,
    @Translatable String title,
    @Translatable String description,
    List<Ref> articles,
    List<Ref> context,
    List<Ref> actors,
    Location at) implements Yaml.Checked, Cited {

  /** What sort of event: shown as a label on the timeline. */
  public enum Kind implements Yaml.Keyword {
    SUMMIT,
    MINISTERIAL,
    LETTER,
    /** A speech, interview, remarks, or a plan set out in public. */
    STATEMENT,
    /** A news report that is itself the event. */
    REPORT,
    WAR,
    ELECTION,
    APPOINTMENT,
    LAUNCH
  }

  @Override
  public boolean check(Fields f) {
    requireSource(f, "event", id);
    if (end.isPresent() && !end.get().isAfter(date.start())) {
      f.error("end", "the event ends (" + end.get() + ") before or on the day it starts (" + date.written() + ")", "give the last day of the event, or remove 'end:'");
    }
    return true;
  }
}
