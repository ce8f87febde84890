package org.explainer.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/** Entry point of {@code explainer}: runs the command line and exits with its code. */
public final class Main {
  /** The subcommands, in the order the usage lists them. */
  private static final Map<String, Supplier<Object>> COMMANDS = commands();

  private Main() {}

  private static Map<String, Supplier<Object>> commands() {
    Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
    commands.put("build", BuildCommand::new);
    commands.put("check", CheckCommand::new);
    commands.put("new", NewCommand::new);
    commands.put("serve", ServeCommand::new);
    return java.util.Collections.unmodifiableMap(commands);
  }

  /** Runs the command line. */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given output streams; returns the exit code (see {@link ExitCodes}). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return commandLine(out, err, args.length == 0 ? "" : args[0]).execute(args);
  }

  /**
   * The configured command line, writing to {@code out} and {@code err}. When {@code first} (the first
   * argument) names a subcommand, only that one is added: picocli reads each command's annotations when it
   * is added, which is most of its start-up, and a run dispatches to that subcommand alone, with the same
   * usage and messages. Otherwise (help, version, a mistyped command) all of them are.
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, String first) {
    CommandLine cli = new CommandLine(new ExplainerCommand());
    COMMANDS.forEach((name, command) -> {
      if (!COMMANDS.containsKey(first) || name.equals(first)) {
        cli.addSubcommand(name, command.get());
      }
    });
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
