package org.explainer.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Entry point of {@code explainer}: runs the command line and exits with its code. */
public final class Main {
  /** The subcommands, in the order the usage lists them, each as a new command's specification. */
  private static final Map<String, Supplier<CommandSpec>> COMMANDS = commands();

  private Main() {}

  private static Map<String, Supplier<CommandSpec>> commands() {
    Map<String, Supplier<CommandSpec>> commands = new LinkedHashMap<>();
    commands.put("build", () -> new BuildCommand().spec);
    commands.put("check", () -> new CheckCommand().spec);
    commands.put("new", () -> new NewCommand().spec);
    commands.put("serve", () -> new ServeCommand().spec);
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
   * argument) names a subcommand, only that one is added: a run dispatches to that subcommand alone,
   * with the same usage and messages, and the others cost nothing at start-up. Otherwise (help,
   * version, a mistyped command) all of them are. The commands are declared through picocli's
   * programmatic API (see {@link Specs}).
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, String first) {
    CommandLine cli = new CommandLine(new ExplainerCommand().spec);
    COMMANDS.forEach((name, command) -> {
      if (!COMMANDS.containsKey(first) || name.equals(first)) {
        cli.addSubcommand(name, command.get());
      }
    });
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new InternalErrorHandler());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli;
  }
}
