package org.explainer.site;

import java.util.List;

/**
 * What every page's layout needs, the template's {@code chrome}.
 *
 * @param site what is the same on every page
 * @param page this page's title, description and metadata
 * @param links relative URLs of the pages and files every page links to
 * @param nav the site navigation
 */
public record Chrome(SiteInfo site, PageInfo page, Links links, List<NavLink> nav) {

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
   */
  public record PageInfo(String title, String description, String canonical, String ogType, String jsonLd, List<String> scripts) {}

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
}
