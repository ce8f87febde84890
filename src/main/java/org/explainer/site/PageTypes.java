package org.explainer.site;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.explainer.content.Edition;
import org.explainer.content.Library;
import org.explainer.markdown.LinkTargets;

/**
 * The registry: every page type of the site, in page order. Everything else that depends on the page
 * set is derived from this list: the pages ({@link Site#pages()}), the navigation, the site paths
 * Markdown may link to ({@link #linkTargets}), the slugs a free page may not take ({@link
 * #reservedSlugs}) and what {@code serve} makes again after an edit ({@link SitePage#reads}).
 */
public final class PageTypes {
  /** The HTML pages, each of which gets a share card. */
  private static final List<PageType<?>> PAGES = List.of(
      new HomePage(),
      new EntryPage(),
      new EntriesPage(),
      new ActorsPage(),
      new ActorPage(),
      new PositionsPage(),
      new MapPage(),
      new TimelinePage(),
      new GlossaryPage(),
      new SourcesPage(),
      new OutletPage(),
      new TagsPage(),
      new TagPage(),
      new FreePage(),
      new SearchPage(),
      new NotFoundPage());

  private static final List<PageType<?>> ALL = Stream.concat(PAGES.stream(), Stream.of(
      new FeedFile(),
      new SitemapFile(),
      new RobotsFile(),
      new SearchDataFile(),
      new SearchShardFile(),
      new ProvenanceFile(),
      new ShareCardFile(PAGES))).toList();

  private PageTypes() {}

  /** Every page type, in page order. */
  public static List<PageType<?>> all() {
    return ALL;
  }

  /**
   * The first segment of every path the generator writes for its own pages ({@code articles},
   * {@code search}, {@code feed.xml}, …): a free page whose slug is one of them would collide.
   */
  public static Set<String> reservedSlugs() {
    Set<String> reserved = new TreeSet<>(Set.of("assets")); // the fingerprinted files of templates/assets/
    for (PageType<?> type : ALL) {
      String first = type.path().split("/")[0];
      if (!first.contains("{")) {
        reserved.add(first.endsWith(".html") ? first.substring(0, first.length() - ".html".length()) : first);
      }
    }
    return Set.copyOf(reserved);
  }

  /**
   * Every file of the site {@code library} makes in the original language, with the anchors its data
   * gives it and the content file each page is made from: what links in Markdown are checked against
   * (headings are added as the Markdown is rendered).
   */
  public static LinkTargets linkTargets(Library library) {
    return linkTargets(Edition.original(library));
  }

  /**
   * As {@link #linkTargets(Library)}, for the language of {@code edition}: its pages, by their paths
   * inside the language's folder, and the files of its content (a translation's links lead to the
   * translation's pages).
   */
  public static LinkTargets linkTargets(Edition edition) {
    Map<String, Set<String>> anchors = new HashMap<>();
    Map<Path, String> files = new HashMap<>();
    for (PageType<?> type : ALL) {
      if (type.inEveryLanguage() || !edition.isTranslation()) {
        addTargets(type, edition, anchors, files);
      }
    }
    return new LinkTargets(Map.copyOf(files), Map.copyOf(anchors), GlossaryPage.PATH).inLanguageFolder(edition.prefix());
  }

  private static <T> void addTargets(PageType<T> type, Edition edition, Map<String, Set<String>> anchors, Map<Path, String> files) {
    Library library = edition.library();
    for (T subject : type.subjects(library)) {
      if (!type.madeIn(subject, edition)) {
        continue;
      }
      String path = type.pathOf(subject);
      anchors.computeIfAbsent(path, p -> new HashSet<>()).addAll(type.anchors(subject, library));
      type.file(subject).ifPresent(file -> files.put(file.toAbsolutePath().normalize(), path));
    }
  }

}
