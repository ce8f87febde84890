package org.explainer.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** The top-level {@code explainer} command: only dispatches to its subcommands, which {@link Main} adds. */
final class ExplainerCommand implements Callable<Integer> {
  final CommandSpec spec = Specs.command(this, "explainer",
      "Builds the NATO–Ukraine invitation explainer: content/ (Markdown + YAML) + templates/ → site/.");

  ExplainerCommand() {
    spec.usageMessage().footer("%nRun 'explainer COMMAND --help' for a command's options. Docs: README.md and docs/.");
  }

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("Missing command: use 'build', 'check', 'new' or 'serve'.");
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
