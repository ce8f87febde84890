package org.explainer.site;

import java.util.List;
import java.util.Set;
import org.explainer.content.Library;

/** The entries: every entry, newest first, with its date, outlet and dek. */
public final class EntriesPage extends SinglePage {
  static final String PATH = "entries/index.html";

  /**
   * The entries page.
   *
   * @param entries every entry, newest first
   */
  public record View(List<Views.ArticleCard> entries) {}

  EntriesPage() {
    super(PATH, "nav.entries", 5);
  }

  @Override
  public Set<Input> reads() {
    return Set.of(Input.SITE, Input.ENTRIES);
  }

  @Override
  public Output output(Library library, Site site) {
    return site.page(PATH, "entries.ftlh", "entries", new View(library.articles().stream().map(a -> site.card(PATH, a)).toList()));
  }
}
