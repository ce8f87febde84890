package org.explainer.cli;

import java.nio.file.Path;
import java.nio.file.Paths;
import picocli.CommandLine.Option;

/** Options every command shares: where content and templates are, and how much to print. */
final class CommonOptions {
  /** The folder defaults resolve against: the launcher's repository, else the working directory. */
  static Path home() {
    String home = System.getProperty("explainer.home");
    return home == null || home.isBlank() ? Paths.get("").toAbsolutePath() : Paths.get(home).toAbsolutePath();
  }

  @Option(names = "--content", paramLabel = "DIR", description = "content folder (default: content/ of the project)")
  Path content;

  @Option(names = "--templates", paramLabel = "DIR", description = "templates folder (default: templates/ of the project)")
  Path templates;

  @Option(names = "--sources", paramLabel = "DIR",
      description = "folder of archived source captures to check quotes and wording against (default: 'sources:' in site.yaml)")
  Path sources;

  @Option(names = "--threads", paramLabel = "N", description = "threads to build with (default: one per core; 1 builds in order on one thread)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = {"-v", "--verbose"}, description = "also print the time of each pipeline step")
  boolean verbose;

  @Option(names = {"-q", "--quiet"}, description = "print nothing but errors")
  boolean quiet;

  Path contentDir() {
    return content != null ? content.toAbsolutePath() : home().resolve("content");
  }

  /** Build options for these folders. */
  org.explainer.build.BuildOptions options(Path output, boolean drafts) {
    return new org.explainer.build.BuildOptions(contentDir(), templatesDir(), output, drafts,
        java.util.Optional.ofNullable(sources).map(Path::toAbsolutePath));
  }

  Path templatesDir() {
    return templates != null ? templates.toAbsolutePath() : home().resolve("templates");
  }
}
