package org.explainer.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code explainer} command: only dispatches to its subcommands, which {@link Main} adds. */
@Command(
    name = "explainer",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Builds the NATO–Ukraine invitation explainer: content/ (Markdown + YAML) + templates/ → site/.",
    footer = "%nRun 'explainer COMMAND --help' for a command's options. Docs: README.md and docs/.")
final class ExplainerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("Missing command: use 'build', 'check', 'new', 'capture', 'list' or 'serve'.");
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
