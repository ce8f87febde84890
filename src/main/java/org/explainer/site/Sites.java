package org.explainer.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.explainer.content.Library;
import org.explainer.content.Translation;

/**
 * The site in every language: the original (its files at the top of the output folder) and each
 * translation (under a folder named after its language). Every page type makes its pages in every
 * language ({@link PageType#inEveryLanguage()}), each at the same path inside its language's folder,
 * so the page of one language finds its counterparts by that path: for its {@code hreflang}
 * alternates, its language switcher and, in a translation, the link to the original.
 */
public final class Sites {
  private final List<Site> languages;
  private final List<SitePage<?>> pages;
  private final Map<String, SitePage<?>> byPath;
  /** Each language's name for itself, as the language switcher shows it. */
  private final Map<String, String> names;

  /** The site in {@code languages}, the original first. */
  public Sites(List<Site> languages) {
    this.languages = List.copyOf(languages);
    List<SitePage<?>> all = new ArrayList<>();
    Map<String, SitePage<?>> paths = new HashMap<>();
    for (Site site : languages) {
      all.addAll(site.pages());
      site.pages().forEach(page -> paths.put(page.path(), page));
    }
    this.pages = List.copyOf(all);
    this.byPath = Map.copyOf(paths);
    Map<String, String> names = new HashMap<>();
    languages.forEach(site -> names.put(site.language(), site.messages().text("language.name")));
    this.names = Map.copyOf(names);
  }

  /** Every file of the site, language by language (the original first), each in the registry's order. */
  public List<SitePage<?>> pages() {
    return pages;
  }

  /** The site in each language, the original first. */
  public List<Site> languages() {
    return languages;
  }

  /** The site in the original language. */
  public Site original() {
    return languages.get(0);
  }

  /** The original's content (what the preview server looks into). */
  public Library library() {
    return original().library();
  }

  /** What the layout of {@code page} needs. */
  public Chrome chrome(SitePage<?> page, Output.PageMeta meta) {
    Site site = page.site();
    String path = page.local();
    boolean written = !page.untranslated();
    List<Chrome.Alternate> alternates = new ArrayList<>();
    List<Chrome.OtherLanguage> others = new ArrayList<>();
    for (Site other : languages) {
      String prefix = other.edition().prefix();
      Optional<SitePage<?>> there = Optional.ofNullable(byPath.get(prefix + path));
      boolean translated = there.isPresent() && !there.get().untranslated();
      if (written && translated) {
        alternates.add(new Chrome.Alternate(other.language(), site.absolute(path, prefix).orElse(site.crossHref(path, path, prefix))));
      }
      if (other != site && there.isPresent()) {
        others.add(new Chrome.OtherLanguage(other.language(), names.get(other.language()),
            translated ? site.crossHref(path, path, prefix) : null));
      }
    }
    if (alternates.size() < 2) {
      alternates.clear();
    }
    String fallback = alternates.isEmpty() ? null : alternates.get(0).href();
    Chrome.Translated translation = null;
    if (site.edition().isTranslation() && written) {
      Optional<Translation> record = page.translates().flatMap(key -> site.edition().translation(key.part(), key.id()));
      translation = new Chrome.Translated(site.originalHref(path), original().language(), record.map(Translation::madeFrom).orElse(null),
          record.map(Translation::isCurrent).orElse(true));
    }
    return site.chrome(page, meta, new Chrome.Languages(List.copyOf(alternates), fallback, List.copyOf(others)), translation);
  }
}
