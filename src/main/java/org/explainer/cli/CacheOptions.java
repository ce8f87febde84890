package org.explainer.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.explainer.build.BuildOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Where {@code build}, {@code check} and {@code serve} keep the build cache, as a picocli {@code @Mixin}. */
final class CacheOptions {
  @Option(names = "--cache", paramLabel = "DIR",
      description = "folder of the build cache (default: .explainer/cache beside the content folder), which keeps entries as read, share cards, rendered summaries and what the last build was made from")
  Path cache;

  @Option(names = "--no-cache", description = "make everything anew, reading and writing no build cache")
  boolean noCache;

  @Spec(Spec.Target.MIXEE) CommandSpec command;

  /** {@code options} with the cache these options name. */
  BuildOptions apply(BuildOptions options) {
    if (noCache && cache != null) {
      throw new ParameterException(command.commandLine(), "--no-cache and --cache DIR contradict each other — give one of them");
    }
    if (noCache) {
      return options.withCache(Optional.empty());
    }
    return options.withCache(Optional.of(cache != null ? cache.toAbsolutePath() : BuildOptions.defaultCache(options.content())));
  }
}
