package org.explainer.site;

import java.util.List;

/**
 * The view objects templates receive: plain records of display-ready text and relative URLs, built by
 * {@link SiteAssembler}. Templates never see the content model. Optional values are null when absent
 * (test them with {@code ??} in templates).
 */
public final class Views {
  private Views() {}

  /**
   * What every page's layout needs.
   *
   * @param lang language tag
   * @param siteTitle the site's title
   * @param question the question the site answers
   * @param pageTitle this page's title
   * @param description this page's description
   * @param canonical absolute URL of this page, or null without a base URL
   * @param home relative URL of the home page
   * @param stylesheet relative URL of the stylesheet
   * @param favicon relative URL of the icon
   * @param nav the site navigation
   * @param licenceName licence of the site's text
   * @param licenceUrl where the licence is
   * @param editors who curates the site, as one line
   * @param updated the date of the newest content, for readers
   * @param updatedIso the same date in ISO form
   * @param ogType the Open Graph type: "article" for entries, "website" otherwise
   * @param feed relative URL of the Atom feed
   * @param search relative URL of the search page
   * @param jsonLd the page's JSON-LD, escaped for a script element
   * @param scripts relative URLs of the page's scripts (progressive enhancement only)
   */
  public record Chrome(
      String lang,
      String siteTitle,
      String question,
      String pageTitle,
      String description,
      String canonical,
      String ogType,
      String home,
      String stylesheet,
      String favicon,
      String feed,
      String search,
      List<NavLink> nav,
      String licenceName,
      String licenceUrl,
      String editors,
      String updated,
      String updatedIso,
      String jsonLd,
      List<String> scripts) {}

  /**
   * A navigation entry.
   *
   * @param label text
   * @param href relative URL
   * @param current true on the page it points to
   */
  public record NavLink(String label, String href, boolean current) {}

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
   * @param outlet the outlet or "Outlet not named"
   * @param draft true for a draft (only in previews)
   */
  public record ArticleCard(String headline, String dek, String href, Date date, String outlet, boolean draft) {}

  /**
   * The source box of an entry.
   *
   * @param outlet the outlet, or null when the text does not name it
   * @param relays the agency or outlet relayed, or null
   * @param headline the original headline, or null
   * @param url the original address, or null
   * @param language the original's language, or null
   * @param note how it was attributed, or null
   */
  public record Source(String outlet, String relays, String headline, String url, String language, String note) {}

  /**
   * An actor's stance in one entry.
   *
   * @param actor the actor's name
   * @param actorHref its page
   * @param stanceId the stance id (for styling)
   * @param stance the stance label
   * @param note what the actor holds here
   */
  public record Position(String actor, String actorHref, String stanceId, String stance, String note) {}

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
   * @param title short title
   * @param description one to three sentences
   * @param date when it happened
   * @param end last day of a multi-day event for readers, or null
   * @param context true when no entry reports it
   * @param articles entries that report it
   * @param sources context sources
   * @param actors actors involved
   * @param href relative URL of the event on the timeline
   */
  public record Event(
      String id,
      String title,
      String description,
      Date date,
      String end,
      boolean context,
      List<Link> articles,
      List<String> sources,
      List<Link> actors,
      String href) {}

  /**
   * The home page.
   *
   * @param question the question
   * @param title the overview's title
   * @param overview the overview, as HTML
   * @param latest the newest entries
   * @param events the timeline, compact
   * @param timelineHref the timeline page
   * @param positions each actor's latest recorded stance
   * @param positionsHref the positions matrix
   * @param updated the date of the newest content
   */
  public record Home(
      String question,
      String title,
      String overview,
      List<ArticleCard> latest,
      List<Event> events,
      String timelineHref,
      List<Glance> positions,
      String positionsHref,
      Date updated) {}

  /**
   * An actor's latest recorded stance, for the home page.
   *
   * @param actor the actor's name
   * @param actorHref its page
   * @param stanceId the stance id
   * @param stance the stance label
   * @param date when the entry recording it was published
   * @param entryHref the entry that records it
   */
  public record Glance(String actor, String actorHref, String stanceId, String stance, Date date, String entryHref) {}

  /**
   * An entry's page.
   *
   * @param headline our headline
   * @param dek our dek
   * @param draft true for a draft (only in previews)
   * @param source the source box
   * @param published when the source was published
   * @param positions who is involved and their stance
   * @param quotes verbatim quotes
   * @param keyPoints key points
   * @param summary the summary, as HTML
   * @param words the summary's word count
   * @param tags its tags
   * @param related related entries
   * @param events timeline events that cite it
   * @param citation how to cite this page
   * @param provenance what was checked against the archived source, for readers
   */
  public record ArticlePage(
      String headline,
      String dek,
      boolean draft,
      Source source,
      Date published,
      List<Position> positions,
      List<Quote> quotes,
      List<String> keyPoints,
      String summary,
      int words,
      List<Link> tags,
      List<ArticleCard> related,
      List<Event> events,
      String citation,
      String provenance) {}

  /**
   * An actor in the index.
   *
   * @param name canonical name
   * @param href its page
   * @param role role at the time
   * @param kind person, institution, group or country
   */
  public record ActorCard(String name, String href, String role, String kind) {}

  /**
   * The actors index.
   *
   * @param actors all actors, people first
   */
  public record ActorsPage(List<ActorCard> actors) {}

  /**
   * An actor's stance as reported by one entry.
   *
   * @param date when the entry's source was published
   * @param stanceId the stance id
   * @param stance the stance label
   * @param note what the actor holds there
   * @param entry the entry's headline
   * @param entryHref the entry's page
   */
  public record ActorPosition(Date date, String stanceId, String stance, String note, String entry, String entryHref) {}

  /**
   * An actor's page.
   *
   * @param name canonical name
   * @param kind person, institution, group or country
   * @param role role at the time
   * @param affiliation country or organisation, or null
   * @param description context, or null
   * @param variants other spellings in the sources
   * @param positions stances over time, oldest first
   * @param quotes their quotes
   * @param events timeline events they take part in
   */
  public record ActorPage(
      String name,
      String kind,
      String role,
      String affiliation,
      String description,
      List<String> variants,
      List<ActorPosition> positions,
      List<Quote> quotes,
      List<Event> events) {}

  /**
   * A year of the timeline.
   *
   * @param year the year
   * @param anchor its anchor id
   * @param events its events, oldest first
   */
  public record Year(int year, String anchor, List<Event> events) {}

  /**
   * The timeline page.
   *
   * @param years years with events, oldest first
   */
  public record TimelinePage(List<Year> years) {}

  /**
   * A glossary term.
   *
   * @param id anchor id
   * @param term the term
   * @param variants other forms
   * @param definition the definition, as HTML
   * @param articles entries where it matters
   * @param sources context sources
   * @param related related terms
   */
  public record Term(String id, String term, List<String> variants, String definition, List<Link> articles, List<String> sources, List<Link> related) {}

  /**
   * The glossary page.
   *
   * @param terms terms, alphabetically
   */
  public record GlossaryPage(List<Term> terms) {}

  /**
   * A tag in the tags index.
   *
   * @param label label
   * @param href its page
   * @param description what it gathers
   * @param count how many entries carry it
   */
  public record TagCard(String label, String href, String description, int count) {}

  /**
   * The tags index.
   *
   * @param tags all tags
   */
  public record TagsPage(List<TagCard> tags) {}

  /**
   * A tag's page.
   *
   * @param label label
   * @param description what it gathers
   * @param articles its entries, newest first
   */
  public record TagPage(String label, String description, List<ArticleCard> articles) {}

  /**
   * A free page.
   *
   * @param title title
   * @param body the page, as HTML
   */
  public record FreePage(String title, String body) {}

  /**
   * The not-found page.
   *
   * @param links where to go instead
   */
  public record NotFoundPage(List<Link> links) {}

  /**
   * A stance, as a column of the positions matrix.
   *
   * @param id the stance id
   * @param label the label
   * @param description what holding it means
   */
  public record Stance(String id, String label, String description) {}

  /**
   * A cell of the positions matrix: the entries that record an actor holding a stance.
   *
   * @param stanceId the stance id
   * @param stance the stance label
   * @param entries the entries, oldest first, labelled by date and outlet
   */
  public record Cell(String stanceId, String stance, List<Link> entries) {}

  /**
   * A row of the positions matrix.
   *
   * @param actor the actor's name
   * @param actorHref its page
   * @param cells one cell per stance, in the stances' order
   */
  public record Row(String actor, String actorHref, List<Cell> cells) {}

  /**
   * The positions matrix: actors × stances.
   *
   * @param stances the columns
   * @param rows one row per actor with a recorded position
   */
  public record PositionsPage(List<Stance> stances, List<Row> rows) {}

  /**
   * What one outlet or agency reported.
   *
   * @param date when the source was published
   * @param headline our headline of the entry
   * @param href the entry's page
   * @param original the original headline, or null
   * @param role "Published" or "Relayed"
   */
  public record Report(Date date, String headline, String href, String original, String role) {}

  /**
   * An outlet or agency and what it reported.
   *
   * @param name its name
   * @param id anchor id
   * @param reports its reports, oldest first
   */
  public record Outlet(String name, String id, List<Report> reports) {}

  /**
   * A context source from outside the entries, and what cites it.
   *
   * @param name where it was reported
   * @param citedBy timeline events and glossary terms that cite it
   */
  public record ContextSource(String name, List<Link> citedBy) {}

  /**
   * The sources page.
   *
   * @param outlets outlets and agencies, alphabetically
   * @param unnamed entries whose outlet the text does not name
   * @param context context sources, alphabetically
   * @param coverage which outlet reported which main claim
   */
  public record SourcesPage(List<Outlet> outlets, List<Report> unnamed, List<ContextSource> context, Coverage coverage) {}

  /**
   * A row of the coverage view: one main claim, and per outlet the entries that report it.
   *
   * @param id anchor id
   * @param claim the claim
   * @param cells one list of entry links per outlet, in the outlets' order
   */
  public record CoverageRow(String id, String claim, List<List<Link>> cells) {}

  /**
   * The coverage view: the main claims of the debate × the outlets.
   *
   * @param outlets the column labels
   * @param rows one row per claim
   */
  public record Coverage(List<String> outlets, List<CoverageRow> rows) {}

  /**
   * The search page; without JavaScript it lists every entry.
   *
   * @param entries every entry, newest first
   */
  public record SearchPage(List<ArticleCard> entries) {}

  /**
   * One entry of the Atom feed.
   *
   * @param id permanent id (an IRI)
   * @param title our headline
   * @param href link to the entry, absolute with a base URL, else relative to the feed
   * @param updated RFC 3339 timestamp
   * @param summary the dek
   * @param content the summary, as HTML
   * @param source the outlet line
   */
  public record FeedEntry(String id, String title, String href, String updated, String summary, String content, String source) {}

  /**
   * The Atom feed.
   *
   * @param title the site's title
   * @param subtitle the question
   * @param id permanent id of the feed
   * @param self link to the feed itself
   * @param alternate link to the home page
   * @param updated RFC 3339 timestamp of the newest entry
   * @param author who curates the site
   * @param base the base URL, or null
   * @param entries the entries, newest first
   */
  public record Feed(
      String title, String subtitle, String id, String self, String alternate, String updated, String author, String base,
      List<FeedEntry> entries) {}

  /**
   * The sitemap.
   *
   * @param urls absolute URLs of every page
   */
  public record Sitemap(List<String> urls) {}
}
