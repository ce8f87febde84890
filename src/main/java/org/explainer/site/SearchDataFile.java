package org.explainer.site;

import java.util.List;
import java.util.Set;
import org.explainer.content.Library;
import org.explainer.content.SitePaths;

/**
 * The data the search page's script searches, beside the search page: what every page type adds to
 * search (see {@link PageType#search}), with URLs relative to the search page.
 */
public final class SearchDataFile extends SinglePage {
  static final String PATH = "search/index.js";

  SearchDataFile() {
    super(PATH);
  }

  @Override
  public Set<Input> reads() {
    return Set.of(Input.SITE, Input.ENTRIES, Input.SUMMARIES, Input.ACTORS, Input.TIMELINE, Input.GLOSSARY);
  }

  @Override
  public Output output(Library library, Site site) {
    SearchIndex index = new SearchIndex();
    for (SitePage<?> page : site.pages()) {
      for (SearchIndex.Doc doc : search(page, site)) {
        index.add(new SearchIndex.Doc(doc.k(), doc.t(), SitePaths.relative(SearchPage.PATH, doc.u()), doc.x()));
      }
    }
    return new Output.Bytes(index.script());
  }

  private static <T> List<SearchIndex.Doc> search(SitePage<T> page, Site site) {
    return page.type().search(page.subject(), site);
  }
}
