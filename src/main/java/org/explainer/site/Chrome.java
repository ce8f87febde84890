package org.explainer.site;

import java.util.List;

/**
 * What every page's layout needs, the template's {@code chrome}.
 *
 * @param site what is the same on every page of the language
 * @param page this page's title, description and metadata
 * @param links relative URLs of the pages and files every page links to
 * @param nav the site navigation
 * @param glance the box "at a glance" beside every page
 * @param languages the page in the site's other languages
 * @param translation in a translation, what the page translates; null in the original
 */
public record Chrome(SiteInfo site, PageInfo page, Links links, List<NavLink> nav, Glance glance, Languages languages,
    Translated translation) {

  /**
   * What is the same on every page.
   *
   * @param lang language tag
   * @param title the site's title
   * @param question the question the site answers
   * @param editors who curates the site, as one line
   * @param licenceName licence of the site's text
   * @param licenceUrl where the licence is
   */
  public record SiteInfo(String lang, String title, String question, String editors, String licenceName, String licenceUrl) {}

  /**
   * One page's metadata.
   *
   * @param title this page's title
   * @param description this page's description
   * @param canonical absolute URL of this page, or null without a base URL
   * @param ogType the Open Graph type: "article" for entries, "website" otherwise
   * @param jsonLd the page's JSON-LD, escaped for a script element
   * @param scripts relative URLs of the page's scripts (progressive enhancement only)
   * @param shareCard the page's share card, or null for a page without one
   */
  public record PageInfo(String title, String description, String canonical, String ogType, String jsonLd, List<String> scripts,
      ShareCard shareCard) {}

  /**
   * A page's share card, its {@code og:image}.
   *
   * @param url its URL: absolute with a base URL, as the canonical link is; else relative to the page
   * @param alt what it shows, in words
   */
  public record ShareCard(String url, String alt) {}

  /**
   * Relative URLs every page needs.
   *
   * @param home the home page
   * @param stylesheet the stylesheet
   * @param favicon the icon
   * @param feed the Atom feed
   * @param topics the topics index
   */
  public record Links(String home, String stylesheet, String favicon, String feed, String topics) {}

  /**
   * A navigation entry.
   *
   * @param label text
   * @param href relative URL
   * @param current true on the page it points to
   */
  public record NavLink(String label, String href, boolean current) {}

  /**
   * The box "at a glance": the question, the state of play and where the actors stand now.
   *
   * @param heading the box's heading
   * @param question the question the site answers, or null on the home page, which asks it already
   * @param latest the latest event, or null without events
   * @param summary what the stance strip shows, in words
   * @param stances each stance some actor takes now, in site.yaml's order
   * @param positions a link to the positions page
   */
  public record Glance(String heading, String question, GlanceEvent latest, String summary, List<GlanceStance> stances, Views.Link positions) {}

  /**
   * The latest event, as the box "at a glance" states it.
   *
   * @param label what it is introduced by ("Latest:")
   * @param event the event, linked to the timeline
   * @param date its date
   * @param context true when it rests on context alone, to be marked as context
   */
  public record GlanceEvent(String label, Views.Link event, Views.Date date, boolean context) {}

  /**
   * A stance in the box, with its share of the strip.
   *
   * @param id the stance's id
   * @param label its label
   * @param count how many actors take it now
   * @param actors their names, as one line
   * @param shape the shape's id
   * @param path SVG path data of the shape in a 20×20 box
   * @param x where its part of the strip begins, in hundredths of the strip
   * @param width its part of the strip, in hundredths
   */
  public record GlanceStance(String id, String label, int count, String actors, String shape, String path, String x, String width) {}

  /**
   * The page in every language of the site.
   *
   * @param alternates the page in each language it is written in, this one included, for {@code <link
   *     rel="alternate" hreflang>}; empty when it is in one language only (or is a notice that it is not
   *     translated)
   * @param fallback the page for readers of any other language (hreflang {@code x-default}): the
   *     original's; null when there are no alternates
   * @param others the site's other languages, for the language switcher
   */
  public record Languages(List<Alternate> alternates, String fallback, List<OtherLanguage> others) {}

  /**
   * The page in one language.
   *
   * @param lang its language tag
   * @param href its URL: absolute with a base URL, else relative
   */
  public record Alternate(String lang, String href) {}

  /**
   * Another language of the site, in the language switcher.
   *
   * @param lang its language tag
   * @param name its name in itself ("English", "Українська")
   * @param href the page in that language, relative; null when the page is not translated into it
   */
  public record OtherLanguage(String lang, String name, String href) {}

  /**
   * What a page of a translation translates.
   *
   * @param original the original page, relative
   * @param originalLang the original's language tag
   * @param version the fingerprint of the original's text the translation was made from, for a page that
   *     shows one record in full (an entry, a free page, an actor); null for a page made of many
   * @param current false when the original's text changed after the translation was made
   */
  public record Translated(String original, String originalLang, String version, boolean current) {}
}
