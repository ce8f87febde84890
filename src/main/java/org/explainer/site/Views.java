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
   * @param lang the language of the label when it is not the page's (an entry's headline not translated yet), else null
   */
  public record Link(String label, String href, String lang) {
    /** A link whose label is in the page's language. */
    public Link(String label, String href) {
      this(label, href, null);
    }
  }

  /**
   * A label with the id it stands for, for styling: a stance, the kind of an event.
   *
   * @param id the id, e.g. {@code invite-now}
   * @param label for readers, e.g. "Invite now"
   */
  public record Badge(String id, String label) {}

  /**
   * Where a page of a list shown a page at a time ({@link ListPage}) stands, and the pages beside it.
   *
   * @param position which page it is, e.g. "Page 2 of 200"
   * @param first the first page, or null on the first two (the second's previous page is the first)
   * @param previous the page before, or null on the first
   * @param next the page after, or null on the last
   * @param last the last page, or null on the last two
   */
  public record Pager(String position, Link first, Link previous, Link next, Link last) {}

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
   * When an event happened.
   *
   * @param date its (first) day, as written where it stands alone
   * @param start its first day as written before the last, without what the two share: "11" in "11–12 July
   *     2023", "30 November" in "30 November – 2 December 2024"; null for an event of one day
   * @param dash what stands between the first and the last day: "–", or " – " when the first day is several words
   * @param end last day of a multi-day event, or null
   */
  public record When(Date date, String start, String dash, Date end) {}

  /**
   * An entry in a list.
   *
   * @param headline our headline
   * @param dek our one-sentence dek
   * @param href relative URL
   * @param date when the source was published
   * @param outlet the outlet line, e.g. "Censor.NET, citing Ukrinform"
   * @param draft true for a draft (only in previews)
   * @param lang the language of its headline and dek when it is not the page's (an entry not translated yet), else null
   */
  public record ArticleCard(String headline, String dek, String href, Date date, String outlet, boolean draft, String lang) {}

  /**
   * A quotation, for a quote card.
   *
   * @param speaker the speaker, linked to their page
   * @param text the verbatim words
   * @param sentence the sentence of ours the words stand in, or null when they stand alone
   * @param occasion when and where they were said, to follow the speaker's name
   * @param voicing whose view the speaker voices, or null when their own
   * @param entry the entry it comes from; its {@code lang}, set when the entry is not translated yet, is the
   *     language of the words, the sentence and the occasion too (the original's)
   * @param cite where the quotation comes from: the source's URL, else the entry's source box
   * @param original in a translation, the words as the source has them (the text is then our translation); null in the original
   *     and for an entry not translated yet
   */
  public record Quote(Link speaker, String text, Sentence sentence, String occasion, String voicing, Link entry, String cite, Original original) {}

  /**
   * The words of a translated quotation as its source has them: the source's words alone, never the
   * sentence of ours that a short quotation stands in.
   *
   * @param lang their language tag
   * @param text the verbatim words
   */
  public record Original(String lang, String text) {}

  /**
   * A sentence of ours around a short quotation: the text before the quotation and after it (its
   * quotation marks are the {@code <q>} element's).
   *
   * @param before up to the opening quotation mark
   * @param after from the closing quotation mark on
   */
  public record Sentence(String before, String after) {}

  /**
   * A timeline event.
   *
   * @param id anchor id
   * @param href relative URL of the event on the timeline
   * @param kind what sort of event it is
   * @param title short title
   * @param description one to three sentences
   * @param when when it happened
   * @param credit what supports it
   * @param actors actors involved
   */
  public record Event(String id, String href, Badge kind, String title, String description, When when, Credit credit, List<Link> actors) {}

  /**
   * A position: a stance taken by an actor at one occasion.
   *
   * @param id anchor id on the positions page
   * @param date when the stance was taken
   * @param stance the stance
   * @param occasion the occasion
   * @param summary what the actor holds there
   * @param credit the entries that reported it and its context sources
   * @param group the group whose position it is, on a member's page; null otherwise
   */
  public record Position(String id, Date date, Badge stance, String occasion, String summary, Credit credit, Link group) {}

  /**
   * What supports an event, a position, a claim or a definition.
   *
   * @param context true when no entry reports it: it rests on context alone
   * @param entries entries whose own text reports it
   * @param sources context sources, labelled with where they were reported and linked to the Sources page
   */
  public record Credit(boolean context, List<Link> entries, List<Link> sources) {}
}
