package org.explainer.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of {@code explainer}: runs the command line and exits with its code. */
public final class Main {
  private Main() {}

  /** Runs the command line. */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given output streams; returns the exit code (see {@link ExitCodes}). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return commandLine(out, err).execute(args);
  }

  /** The configured command line, writing to {@code out} and {@code err}. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new ExplainerCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new InternalErrorHandler());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    java.util.List<CommandLine> commands = new java.util.ArrayList<>(cli.getSubcommands().values());
    commands.add(0, cli);
    for (CommandLine command : commands) {
      command.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCodes.HELP);
    }
    return cli;
  }
}
