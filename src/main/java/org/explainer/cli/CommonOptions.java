package org.explainer.cli;

import java.nio.file.Path;
import java.nio.file.Paths;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Options every command but {@code new} shares: where content and templates are, and how much to print. */
final class CommonOptions {
  /** The folder defaults resolve against: the launcher's repository, else the working directory. */
  static Path home() {
    String home = System.getProperty("explainer.home");
    return home == null || home.isBlank() ? Paths.get("").toAbsolutePath() : Paths.get(home).toAbsolutePath();
  }

  private final OptionSpec content;
  private final OptionSpec templates;
  private final OptionSpec sources;
  private final OptionSpec threads;
  private final OptionSpec verbose;
  private final OptionSpec quiet;

  /** Adds the shared options to {@code spec}. */
  CommonOptions(CommandSpec spec) {
    content = Specs.option(spec, Path.class, "DIR", "content folder (default: content/ of the project)", "--content");
    templates = Specs.option(spec, Path.class, "DIR", "templates folder (default: templates/ of the project)", "--templates");
    sources = Specs.option(spec, Path.class, "DIR",
        "folder of archived source captures to check quotes and wording against (default: 'sources:' in site.yaml)", "--sources");
    threads = Specs.defaulted(spec, int.class, Runtime.getRuntime().availableProcessors(), "N",
        "threads to build with (default: one per core; 1 builds in order on one thread)", "--threads");
    verbose = Specs.flag(spec, "also print the time of each pipeline step", "-v", "--verbose");
    quiet = Specs.flag(spec, "print nothing but errors", "-q", "--quiet");
  }

  int threads() {
    return threads.getValue();
  }

  boolean verbose() {
    return verbose.getValue();
  }

  boolean quiet() {
    return quiet.getValue();
  }

  Path contentDir() {
    Path dir = content.getValue();
    return dir != null ? dir.toAbsolutePath() : home().resolve("content");
  }

  /** Build options for these folders. */
  org.explainer.build.BuildOptions options(Path output, boolean drafts) {
    Path captures = sources.getValue();
    return new org.explainer.build.BuildOptions(contentDir(), templatesDir(), output, drafts,
        java.util.Optional.ofNullable(captures).map(Path::toAbsolutePath));
  }

  Path templatesDir() {
    Path dir = templates.getValue();
    return dir != null ? dir.toAbsolutePath() : home().resolve("templates");
  }
}
