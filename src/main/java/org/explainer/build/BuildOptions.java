package org.explainer.build;

import java.nio.file.Path;

/**
 * What to build and where.
 *
 * @param content the content folder
 * @param templates the templates folder
 * @param output the output folder
 * @param includeDrafts true to publish drafts too (previews only)
 */
public record BuildOptions(Path content, Path templates, Path output, boolean includeDrafts) {

  /** The repository's own folders under {@code home}: content/, templates/ and site/. */
  public static BuildOptions defaults(Path home) {
    return new BuildOptions(home.resolve("content"), home.resolve("templates"), home.resolve("site"), false);
  }
}
