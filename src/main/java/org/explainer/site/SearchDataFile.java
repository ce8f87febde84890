package org.explainer.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.explainer.concurrent.SharedWork;
import org.explainer.content.Library;
import org.explainer.content.SitePaths;

/**
 * The manifest of the search data, beside the search page, which links it: how many documents and
 * shards there are and which prefixes are split (see {@link SearchIndex}). The search page's script
 * loads the shards ({@link SearchShardFile}) that a query needs.
 */
public final class SearchDataFile extends SinglePage {
  static final String PATH = "search/index.js";
  /** What the search data is made from: what every page type adds to search. */
  static final Set<Input> READS = Set.of(Input.SITE, Input.ENTRIES, Input.SUMMARIES, Input.ACTORS, Input.TIMELINE, Input.GLOSSARY);

  SearchDataFile() {
    super(PATH);
  }

  @Override
  public boolean templated() {
    return false;
  }

  @Override
  public Set<Input> reads() {
    return READS;
  }

  @Override
  public Output output(Library library, Site site) {
    return new Output.Bytes(site.searchIndex().manifest());
  }

  /** Into how many parts the search data is cut, for the threads that need it to make together ({@link SharedWork}). */
  static final int PARTS = 32;

  /**
   * The search data of {@code site}: what every page type adds to search (see {@link PageType#search}),
   * in registry order, with URLs relative to the search page; made in {@value #PARTS} parts, each of a
   * run of the site's pages, by the threads that ask for it.
   */
  static SharedWork<SearchIndex.Part, SearchIndex> indexOf(Site site) {
    return new SharedWork<>(PARTS, part -> part(site, part), parts -> SearchIndex.ofParts(parts, SearchIndex.Shards.of(site.library()), SearchIndex.SPLIT_ABOVE));
  }

  /** Part {@code part} of the search data: the documents of the {@code part}th of {@value #PARTS} runs of the site's pages. */
  private static SearchIndex.Part part(Site site, int part) {
    List<SitePage<?>> pages = site.pages();
    List<SearchIndex.Doc> docs = new ArrayList<>();
    for (SitePage<?> page : pages.subList(part * pages.size() / PARTS, (part + 1) * pages.size() / PARTS)) {
      docs.addAll(search(page, site));
    }
    return new SearchIndex.Part(docs);
  }

  /**
   * The search data of {@code site} as the last build left it in the output folder, with the documents
   * of the pages that read the summaries edited since made again; empty when the build takes nothing
   * from the last one ({@link Site.Earlier}) or the files cannot be patched (see {@link
   * SearchIndex#patched}), and the index is made anew.
   */
  static Optional<SearchIndex> patched(Site site) {
    return site.earlier().flatMap(earlier -> {
      Map<String, List<SearchIndex.Doc>> again = new HashMap<>();
      // where the manifest and each shard are in the output folder: their pages' paths
      Map<String, String> paths = new HashMap<>();
      for (SitePage<?> page : site.pages()) {
        if (page.type() instanceof SearchDataFile) {
          paths.put(SearchIndex.MANIFEST, page.path());
        } else if (page.type() instanceof SearchShardFile && page.subject() instanceof String shard) {
          paths.put(shard, page.path());
        }
        if (page.reads(Set.of(Input.SUMMARIES), earlier.summaries())) {
          again.put(SitePaths.relative(SearchPage.PATH, page.local()), search(page, site));
        }
      }
      Function<String, Optional<byte[]>> file = name -> Optional.ofNullable(paths.get(name)).flatMap(earlier.file());
      return SearchIndex.patched(SearchIndex.Shards.of(site.library()), file, again, SearchIndex.SPLIT_ABOVE);
    });
  }

  /** What {@code page} adds to the search data, its URLs relative to the search page. */
  private static <T> List<SearchIndex.Doc> search(SitePage<T> page, Site site) {
    return page.type().search(page.subject(), site).stream()
        .map(doc -> doc.at(SitePaths.relative(SearchPage.PATH, doc.u())))
        .toList();
  }
}
