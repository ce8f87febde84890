package org.explainer.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.explainer.concurrent.Workers;
import org.explainer.markdown.MarkdownRenderer;
import picocli.CommandLine;

/** Entry point of {@code explainer}: runs the command line and exits with its code. */
public final class Main {
  /** The subcommands that build the site, in memory or to disk, and so need a Markdown renderer. */
  private static final Set<String> BUILDING = Set.of("build", "check");

  private Main() {}

  /** Runs the command line. */
  public static void main(String[] args) {
    Supplier<MarkdownRenderer> markdownRenderer = markdownRenderer(args.length == 0 ? "" : args[0]);
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), markdownRenderer));
  }

  /**
   * Where a build started from the command line whose first argument is {@code first} gets its
   * Markdown renderer. For {@code build} and {@code check}, one set up from now on a thread of its own:
   * the first set-up of flexmark takes about a tenth of a second, most of it class initialisation,
   * and until picocli has read the command line (about 50 ms) the build has not started and a core is
   * idle. For anything else, a new renderer when one is needed.
   */
  static Supplier<MarkdownRenderer> markdownRenderer(String first) {
    if (!BUILDING.contains(first)) {
      return MarkdownRenderer::new;
    }
    CompletableFuture<MarkdownRenderer> ready = new CompletableFuture<>();
    Thread setUp = new Thread(() -> {
      try {
        ready.complete(new MarkdownRenderer());
      } catch (Throwable e) { // handed to the build, which fails with it as if it had set up the renderer itself
        ready.completeExceptionally(e);
      }
    }, "explainer-markdown-setup");
    setUp.setDaemon(true); // never keeps the JVM alive (after --help, say, nothing waits for it)
    setUp.start();
    return () -> Workers.join(ready);
  }

  /** Runs the command line with the given output streams; returns the exit code (see {@link ExitCodes}). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, MarkdownRenderer::new);
  }

  private static int run(String[] args, PrintWriter out, PrintWriter err, Supplier<MarkdownRenderer> markdownRenderer) {
    return commandLine(out, err, markdownRenderer).execute(args);
  }

  /**
   * The command line with its subcommands, writing to {@code out} and {@code err}, its builds
   * getting their Markdown renderer from {@code markdownRenderer}; every command's usage ends with the
   * exit codes.
   */
  private static CommandLine commandLine(PrintWriter out, PrintWriter err, Supplier<MarkdownRenderer> markdownRenderer) {
    CommandLine cli = new CommandLine(new ExplainerCommand())
        .addSubcommand(new BuildCommand(markdownRenderer))
        .addSubcommand(new CheckCommand(markdownRenderer))
        .addSubcommand(new NewCommand())
        .addSubcommand(new CaptureCommand())
        .addSubcommand(new ListCommand())
        .addSubcommand(new ServeCommand());
    List<CommandLine> commands = new ArrayList<>(cli.getSubcommands().values());
    commands.add(cli);
    for (CommandLine command : commands) {
      command.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n")
          .exitCodeList(command.getCommandName().equals("build") ? ExitCodes.BUILD_HELP : ExitCodes.HELP);
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new InternalErrorHandler());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli;
  }
}
