package org.explainer.markdown;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What internal links may point at: the site's pages and their anchors, and which source file becomes
 * which page.
 *
 * <p>When the content has errors, some pages cannot be known: the page of a file that failed to load,
 * or whose slug is taken twice or reserved, and those of the items that failed to load. Links to them
 * are not checked ({@link #unchecked}), so that such an error is reported once, where it is, and not
 * again at every link to what it leaves out.
 *
 * @param pageOfFile output path of each Markdown source file (absolute, normalised)
 * @param anchors anchors of each output path; every file of the site is a key
 * @param glossary the output path of the glossary, where glossary definitions are shown and terms link to
 * @param uncheckedFiles the Markdown files of the content (absolute, normalised) whose page cannot be
 *     known for their own errors: links to them and to anchors of their page are not checked, and their
 *     own text is not rendered
 * @param uncheckedIds the ids of items that failed to load: a link to a page or an anchor they name is not
 *     checked
 * @param draftFiles the entry files (absolute, normalised) marked as drafts: a link to one that makes no
 *     page points at a draft
 * @param folder the folder of the language these pages are in, in the site ({@code "uk/"}; {@code ""} for
 *     the original): the paths here are inside it, and a site path written in full under it
 *     ({@code /uk/positions/}) leads to the same page as the path inside it ({@code /positions/})
 */
public record LinkTargets(Map<Path, String> pageOfFile, Map<String, Set<String>> anchors, String glossary, Set<Path> uncheckedFiles,
    Set<String> uncheckedIds, Set<Path> draftFiles, String folder) {

  /** Targets that are all known: every link is checked. */
  public LinkTargets(Map<Path, String> pageOfFile, Map<String, Set<String>> anchors, String glossary) {
    this(pageOfFile, anchors, glossary, Set.of(), Set.of(), Set.of());
  }

  /** Targets of the original language, at the top of the site. */
  public LinkTargets(Map<Path, String> pageOfFile, Map<String, Set<String>> anchors, String glossary, Set<Path> uncheckedFiles,
      Set<String> uncheckedIds, Set<Path> draftFiles) {
    this(pageOfFile, anchors, glossary, uncheckedFiles, uncheckedIds, draftFiles, "");
  }

  /** These targets as the pages of the language whose folder in the site is {@code prefix} (see {@link #folder}). */
  public LinkTargets inLanguageFolder(String prefix) {
    return new LinkTargets(pageOfFile, anchors, glossary, uncheckedFiles, uncheckedIds, draftFiles, prefix);
  }

  /**
   * The path, inside this language's folder, of the output path {@code path} a site path names: {@code
   * uk/positions/index.html} is {@code positions/index.html} in the language whose folder is {@code uk/},
   * {@code uk/index.html} its home page. Any other path is itself.
   */
  public String local(String path) {
    return !folder.isEmpty() && path.startsWith(folder) ? path.substring(folder.length()) : path;
  }

  /** These targets with {@code files} as the {@link #draftFiles}. */
  public LinkTargets withDrafts(Set<Path> files) {
    return new LinkTargets(pageOfFile, anchors, glossary, uncheckedFiles, uncheckedIds, normal(files), folder);
  }

  /** True when {@code file} is one of the {@link #draftFiles}. */
  public boolean isDraft(Path file) {
    return !draftFiles.isEmpty() && draftFiles.contains(file.toAbsolutePath().normalize());
  }

  /** These targets with links to {@code files} (see {@link #uncheckedFiles}) and to what {@code ids} name not checked. */
  public LinkTargets unchecked(Set<Path> files, Set<String> ids) {
    return new LinkTargets(pageOfFile, anchors, glossary, normal(files), Set.copyOf(ids), draftFiles, folder);
  }

  /** {@code files} as the sets of files here hold them: absolute and normalised, as {@link #pageOf} looks them up. */
  private static Set<Path> normal(Set<Path> files) {
    return files.stream().map(f -> f.toAbsolutePath().normalize()).collect(Collectors.toUnmodifiableSet());
  }

  /** True when {@code file} is one of the {@link #uncheckedFiles}. */
  public boolean isUnchecked(Path file) {
    return !uncheckedFiles.isEmpty() && uncheckedFiles.contains(file.toAbsolutePath().normalize());
  }

  /**
   * True when a link to {@code page} cannot be checked: it is the page of an unchecked file, or one of
   * its folders is named by an unchecked id ({@code actors/<id>/index.html}).
   */
  public boolean isUnchecked(String page) {
    if (uncheckedFiles.isEmpty() && uncheckedIds.isEmpty()) {
      return false;
    }
    for (String segment : page.split("/")) {
      if (uncheckedIds.contains(segment)) {
        return true;
      }
    }
    return uncheckedFiles.stream().anyMatch(file -> page.equals(pageOfFile.get(file)));
  }

  /**
   * True when a link to the anchor {@code anchor} of {@code page} cannot be checked: the page cannot
   * be, or the anchor is named by an unchecked id (itself, or after a prefix: {@code context-<id>}).
   */
  public boolean isUnchecked(String page, String anchor) {
    return isUnchecked(page) || uncheckedIds.stream().anyMatch(id -> anchor.equals(id) || anchor.endsWith("-" + id));
  }

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
    return new LinkTargets(pageOfFile, Map.copyOf(all), glossary, uncheckedFiles, uncheckedIds, draftFiles, folder);
  }

  /** These targets and those of {@code more}: every page of either, with the anchors of both. */
  public LinkTargets with(LinkTargets more) {
    Map<Path, String> files = new HashMap<>(pageOfFile);
    files.putAll(more.pageOfFile);
    Set<Path> unchecked = new HashSet<>(uncheckedFiles);
    unchecked.addAll(more.uncheckedFiles);
    Set<String> ids = new HashSet<>(uncheckedIds);
    ids.addAll(more.uncheckedIds);
    Set<Path> drafts = new HashSet<>(draftFiles);
    drafts.addAll(more.draftFiles);
    return new LinkTargets(Map.copyOf(files), anchors, glossary, Set.copyOf(unchecked), Set.copyOf(ids), Set.copyOf(drafts), folder)
        .withAnchors(more.anchors);
  }

  /**
   * These targets' pages and anchors under the folder {@code prefix} ({@code "uk/"}), as another
   * language's text links them by their site paths ({@code /uk/positions/}): its files still lead to
   * their own language's pages, so none is named here.
   */
  public LinkTargets inFolder(String prefix) {
    Map<String, Set<String>> moved = new HashMap<>();
    anchors.forEach((page, ids) -> moved.put(prefix + page, ids));
    return new LinkTargets(Map.of(), Map.copyOf(moved), glossary, Set.of(), uncheckedIds, Set.of());
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
