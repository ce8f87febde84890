package org.explainer.build;

import java.nio.file.Path;
import java.util.Optional;
import org.explainer.cache.BuildCache;

/**
 * What to build and where.
 *
 * @param content the content folder
 * @param templates the templates folder
 * @param output the output folder
 * @param includeDrafts true to publish drafts too (previews only)
 * @param sources the folder of archived source captures given on the command line; when empty, the
 *     {@code sources:} setting of site.yaml is used, if any
 * @param strict true when a build must fail on warnings too, writing nothing
 * @param cache the build cache's folder (see {@link BuildCache}); empty for none,
 *     when everything is made anew
 */
public record BuildOptions(Path content, Path templates, Path output, boolean includeDrafts, Optional<Path> sources, boolean strict,
    Optional<Path> cache) {

  /** Options without a sources folder of their own, not strict, without a cache. */
  public BuildOptions(Path content, Path templates, Path output, boolean includeDrafts) {
    this(content, templates, output, includeDrafts, Optional.empty(), false, Optional.empty());
  }

  /** These options with drafts included or not. */
  public BuildOptions withDrafts(boolean drafts) {
    return new BuildOptions(content, templates, output, drafts, sources, strict, cache);
  }

  /** These options, strict or not. */
  public BuildOptions withStrict(boolean failOnWarnings) {
    return new BuildOptions(content, templates, output, includeDrafts, sources, failOnWarnings, cache);
  }

  /** These options with the build cache in {@code folder}, or none. */
  public BuildOptions withCache(Optional<Path> folder) {
    return new BuildOptions(content, templates, output, includeDrafts, sources, strict, folder);
  }

  /** The build cache's folder when none is given: {@value BuildCache#DEFAULT} beside the content folder. */
  public static Path defaultCache(Path content) {
    Path parent = content.toAbsolutePath().normalize().getParent();
    return (parent == null ? content.toAbsolutePath() : parent).resolve(BuildCache.DEFAULT);
  }
}
