package org.explainer.site;

import java.util.List;

/** What one file of the site is made of: a template and the view it renders, or bytes. */
public sealed interface Output {

  /**
   * A file rendered by a template.
   *
   * @param template the template's name under templates/, e.g. {@code article.ftlh}
   * @param meta what the layout needs to know about the page
   * @param view the page's own view, a record the template reads as {@code page}
   */
  record Rendered(String template, PageMeta meta, Record view) implements Output {}

  /**
   * A file made without a template.
   *
   * @param bytes its content
   */
  record Bytes(byte[] bytes) implements Output {}

  /**
   * What the layout needs to know about one page.
   *
   * @param title the page's title
   * @param description one sentence for search engines and previews
   * @param ogType the Open Graph type: "article" for entries, "website" otherwise
   * @param jsonLd the page's JSON-LD, escaped for a script element; "" for none
   * @param scripts the page's scripts (progressive enhancement only), as URLs relative to the page
   */
  record PageMeta(String title, String description, String ogType, String jsonLd, List<String> scripts) {}
}
