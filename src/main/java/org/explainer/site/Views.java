package org.explainer.site;

import java.util.List;

/**
 * The parts of views that several page types share: plain records of display-ready text and relative
 * URLs. Each page type's own view lives with the type. Optional values are null when absent (test them
 * with {@code ??} in templates).
 */
public final class Views {
  private Views() {}

  /**
   * A labelled link.
   *
   * @param label text
   * @param href relative URL
   */
  public record Link(String label, String href) {}

  /**
   * A date with its precision.
   *
   * @param display for readers
   * @param iso for {@code <time datetime>}
   * @param precision day, month, year or approximate
   * @param note how it was established, or null
   */
  public record Date(String display, String iso, String precision, String note) {}

  /**
   * An entry in a list.
   *
   * @param headline our headline
   * @param dek our one-sentence dek
   * @param href relative URL
   * @param date when the source was published
   * @param outlet the outlet line, e.g. "Censor.NET, citing Ukrinform"
   * @param draft true for a draft (only in previews)
   */
  public record ArticleCard(String headline, String dek, String href, Date date, String outlet, boolean draft) {}

  /**
   * A quotation.
   *
   * @param speaker the speaker's name
   * @param speakerHref the speaker's page
   * @param text the verbatim words
   * @param context when and where they were said
   * @param entry the entry it comes from
   * @param entryHref that entry's page
   * @param cite where the quotation comes from: the source's URL, else the entry's source box
   */
  public record Quote(String speaker, String speakerHref, String text, String context, String entry, String entryHref, String cite) {}

  /**
   * A timeline event.
   *
   * @param id anchor id
   * @param href relative URL of the event on the timeline
   * @param title short title
   * @param description one to three sentences
   * @param date when it happened
   * @param end last day of a multi-day event for readers, or null
   * @param credit what supports it
   * @param actors actors involved
   */
  public record Event(String id, String href, String title, String description, Date date, String end, Credit credit, List<Link> actors) {}

  /**
   * What supports an event or a definition.
   *
   * @param context true when no entry reports it: it is shown as context
   * @param entries entries that report it
   * @param sources context sources, as named
   */
  public record Credit(boolean context, List<Link> entries, List<String> sources) {}
}
