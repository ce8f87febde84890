package org.explainer.cli;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import org.explainer.build.BuildOptions;
import org.explainer.diagnostic.Problem;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Options {@code build}, {@code check} and {@code serve} share, as a picocli {@code @Mixin}: where
 * content, templates and source captures are, how many threads, and how much to print.
 */
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

  @Spec(Spec.Target.MIXEE) CommandSpec command;

  /** The most threads a build's pool may have (a {@link java.util.concurrent.ForkJoinPool}'s limit). */
  static final int MAX_THREADS = 32_767;

  /** Threads to build with: one per core unless set, from 1 to {@value #MAX_THREADS}. */
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--threads", paramLabel = "N", description = "threads to build with (default: one per core; 1 builds in order on one thread)")
  void threads(int n) {
    if (n < 1 || n > MAX_THREADS) {
      throw new ParameterException(command.commandLine(), "--threads must be from 1 to " + MAX_THREADS + ", not " + n
          + " — 1 builds in order on one thread; leave it out for one thread per core");
    }
    threads = n;
  }

  @Option(names = {"-v", "--verbose"}, description = "also print the time of each pipeline step")
  boolean verbose;

  @Option(names = {"-q", "--quiet"}, description = "print nothing but errors")
  boolean quiet;

  /** Build options for these folders, writing to {@code output}, with or without drafts. */
  BuildOptions options(Path output, boolean drafts) {
    return new BuildOptions(contentDir(), templatesDir(), output, drafts, Optional.ofNullable(sources).map(Path::toAbsolutePath), false, Optional.empty());
  }

  private Path contentDir() {
    return content != null ? content.toAbsolutePath() : home().resolve("content");
  }

  private Path templatesDir() {
    return templates != null ? templates.toAbsolutePath() : home().resolve("templates");
  }

  /** The problems to print: with --quiet the errors alone, unless {@code strict} made every warning one. */
  List<Problem> shown(List<Problem> problems, boolean strict) {
    return quiet && !strict ? problems.stream().filter(Problem::isError).toList() : problems;
  }
}
