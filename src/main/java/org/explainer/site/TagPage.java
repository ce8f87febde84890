package org.explainer.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.explainer.config.SiteConfig;
import org.explainer.content.Article;
import org.explainer.content.Library;

/** One page per tag: the entries that carry it, newest first, {@value ListPage#SIZE} to a page. */
public final class TagPage implements PageType<TagPage.Tagged> {
  static final String PATH = "tags/{id}/index.html";

  /**
   * A page of a tag's entries.
   *
   * @param tag the tag
   * @param page which of its entries
   */
  public record Tagged(SiteConfig.Tag tag, ListPage<Article> page) {}

  /**
   * A tag's page.
   *
   * @param tag the tag: label and description
   * @param articles the page's entries, newest first
   * @param pager the links to the pages beside it, or null when the tag's entries fit on one
   */
  public record View(SiteConfig.Tag tag, List<Views.ArticleCard> articles, Views.Pager pager) {}

  /** The output path of the (first) page of the tag {@code id}. */
  static String at(String id) {
    return PATH.replace("{id}", id);
  }

  @Override
  public String path() {
    return PATH;
  }

  @Override
  public List<Tagged> subjects(Library library) {
    Map<String, List<Article>> tagged = library.articlesByTag();
    List<Tagged> out = new ArrayList<>();
    for (SiteConfig.Tag tag : library.site().tags()) {
      ListPage.of(tagged.getOrDefault(tag.id(), List.of())).forEach(page -> out.add(new Tagged(tag, page)));
    }
    return List.copyOf(out);
  }

  /** The tag's id, then {@code /page/<n>} for page <i>n</i> after the first. */
  @Override
  public String id(Tagged tagged) {
    return tagged.page().id(PATH, at(tagged.tag().id()));
  }

  @Override
  public Tagged first(Tagged tagged) {
    return tagged.page().first() ? tagged : new Tagged(tagged.tag(), tagged.page().firstPage());
  }

  @Override
  public Set<Input> reads() {
    return Set.of(Input.SITE, Input.ENTRIES);
  }

  @Override
  public String title(Tagged tagged, Site site) {
    return site.listTitle(tagged.tag().label(), tagged.page());
  }

  @Override
  public Output output(Tagged tagged, Site site) {
    SiteConfig.Tag tag = tagged.tag();
    String first = at(tag.id());
    String from = tagged.page().path(first);
    List<Views.ArticleCard> cards = tagged.page().items().stream().map(a -> site.card(from, a)).toList();
    return site.page(from, "tag.ftlh", title(tagged, site), tag.description(),
        new View(tag, cards, site.pager(from, first, tagged.page())));
  }
}
