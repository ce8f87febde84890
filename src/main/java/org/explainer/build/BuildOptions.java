package org.explainer.build;

import java.nio.file.Path;
import java.util.Optional;

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
 */
public record BuildOptions(Path content, Path templates, Path output, boolean includeDrafts, Optional<Path> sources, boolean strict) {

  /** Options without a sources folder of their own, not strict. */
  public BuildOptions(Path content, Path templates, Path output, boolean includeDrafts) {
    this(content, templates, output, includeDrafts, Optional.empty(), false);
  }

  /** These options with drafts included or not. */
  public BuildOptions withDrafts(boolean drafts) {
    return new BuildOptions(content, templates, output, drafts, sources, strict);
  }

  /** These options, strict or not. */
  public BuildOptions withStrict(boolean failOnWarnings) {
    return new BuildOptions(content, templates, output, includeDrafts, sources, failOnWarnings);
  }
}
