package org.explainer.site;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.explainer.content.Library;
import org.explainer.content.Page;
import org.explainer.content.Translations;

/** The free pages under {@code content/pages/} other than the overview (which is the home page), such as About. */
public final class FreePage implements PageType<Page> {
  /** Free pages come after the generator's own pages in the navigation, in their 'order:'. */
  private static final int NAV_AFTER = 100;

  /**
   * A free page.
   *
   * @param title title
   * @param body the page, as HTML
   */
  public record View(String title, String body) {}

  @Override
  public String path() {
    return "{id}/index.html";
  }

  @Override
  public List<Page> subjects(Library library) {
    return library.pages().stream().filter(p -> !p.home()).toList();
  }

  @Override
  public String id(Page page) {
    return page.slug();
  }

  @Override
  public Optional<Path> file(Page page) {
    return Optional.of(page.file());
  }

  @Override
  public Optional<Translations.Key> translates(Page page) {
    return Optional.of(new Translations.Key(Translations.Part.PAGE, page.slug()));
  }

  @Override
  public Optional<Nav> nav(Page page, Messages messages) {
    return page.nav().map(label -> new Nav(label, NAV_AFTER + page.order()));
  }

  @Override
  public Set<Input> reads() {
    return Set.of(Input.SITE, Input.PAGES);
  }

  @Override
  public Output output(Page page, Site site) {
    return site.page(pathOf(page), "page.ftlh", page.title(), page.description(),
        new View(page.title(), site.markdown().pages().get(page.slug()).html()));
  }
}
