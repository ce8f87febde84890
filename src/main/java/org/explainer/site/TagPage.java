package org.explainer.site;

import java.util.List;
import java.util.Set;
import org.explainer.config.SiteConfig;
import org.explainer.content.Library;

/** One page per tag: the entries that carry it. */
public final class TagPage implements PageType<SiteConfig.Tag> {
  static final String PATH = "tags/{id}/index.html";

  /**
   * A tag's page.
   *
   * @param tag the tag: label and description
   * @param articles its entries, newest first
   */
  public record View(SiteConfig.Tag tag, List<Views.ArticleCard> articles) {}

  /** The output path of the page of the tag {@code id}. */
  static String at(String id) {
    return PATH.replace("{id}", id);
  }

  @Override
  public String path() {
    return PATH;
  }

  @Override
  public List<SiteConfig.Tag> subjects(Library library) {
    return library.site().tags();
  }

  @Override
  public String id(SiteConfig.Tag tag) {
    return tag.id();
  }

  @Override
  public Set<Input> reads() {
    return Set.of(Input.SITE, Input.ENTRIES);
  }

  @Override
  public Output output(SiteConfig.Tag tag, Site site) {
    String from = at(tag.id());
    List<Views.ArticleCard> cards = site.tagged(tag.id()).stream().map(a -> site.card(from, a)).toList();
    return site.page(from, "tag.ftlh", tag.label(), tag.description(), new View(tag, cards));
  }
}
