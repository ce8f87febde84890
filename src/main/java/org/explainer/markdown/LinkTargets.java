package org.explainer.markdown;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What internal links may point at: the site's pages and their anchors, and which source file becomes
 * which page.
 *
 * @param pageOfFile output path of each Markdown source file (absolute, normalised)
 * @param anchors anchors of each output path; every file of the site is a key
 * @param glossary the output path of the glossary, where glossary definitions are shown and terms link to
 */
public record LinkTargets(Map<Path, String> pageOfFile, Map<String, Set<String>> anchors, String glossary) {

  /** The output path of the page made from {@code file}. */
  public Optional<String> pageOf(Path file) {
    return Optional.ofNullable(pageOfFile.get(file.toAbsolutePath().normalize()));
  }

  /** These targets with {@code headings} added to the anchors of their pages. */
  public LinkTargets withAnchors(Map<String, Set<String>> headings) {
    Map<String, Set<String>> all = new HashMap<>(anchors);
    headings.forEach((page, ids) -> {
      Set<String> merged = new HashSet<>(all.getOrDefault(page, Set.of()));
      merged.addAll(ids);
      all.put(page, Set.copyOf(merged));
    });
    return new LinkTargets(pageOfFile, Map.copyOf(all), glossary);
  }

  /** These targets and those of {@code more}: every page of either, with the anchors of both. */
  public LinkTargets with(LinkTargets more) {
    Map<Path, String> files = new HashMap<>(pageOfFile);
    files.putAll(more.pageOfFile);
    return new LinkTargets(Map.copyOf(files), anchors, glossary).withAnchors(more.anchors);
  }

  /** True when {@code page} is a page of the site. */
  public boolean hasPage(String page) {
    return anchors.containsKey(page);
  }

  /** True when {@code page} has the anchor {@code id}. */
  public boolean hasAnchor(String page, String id) {
    return anchors.getOrDefault(page, Set.of()).contains(id);
  }
}
