package org.explainer.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Handles what escapes a command: anything but a content error is a bug in the generator. Prints one
 * line saying so (the stack trace only with {@code --verbose}) and exits with {@link
 * ExitCodes#INTERNAL}.
 */
final class InternalErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    cli.getErr().println("internal error: " + e + " — this is a bug in the generator; please report it"
        + " with the output of the same command run with --verbose");
    if (parsed.expandedArgs().contains("--verbose") || parsed.expandedArgs().contains("-v")) {
      e.printStackTrace(cli.getErr());
    }
    return ExitCodes.INTERNAL;
  }
}
