package org.explainer.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Paths;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.explainer.build.BuildOptions;
import org.explainer.serve.PreviewAddressException;
import org.explainer.serve.PreviewSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code explainer serve}: a live preview with drafts, rebuilt on every change. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Previews the site with drafts, rebuilding and reloading on every change.",
      "Builds the site in memory (drafts included and marked), serves it, and rebuilds on every change"
          + " to content/ or templates/; open pages reload by themselves. It serves as soon as the content"
          + " is read and checked: each page is made when first opened, and all of them in the background,"
          + " which finds the templates' errors. A change that breaks the build"
          + " shows its errors here and above every page, and the last good version is served (after an"
          + " error in a template, once the pages made in the background find it). Never"
          + " writes site/. Stop with Ctrl-C."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin CacheOptions cacheOptions;

  @Option(names = "--port", paramLabel = "PORT", description = "port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one)")
  int port = 8080;

  @Option(names = "--host", paramLabel = "HOST", description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
  String host = "127.0.0.1";

  @Override
  public Integer call() throws IOException {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    BuildOptions options = cacheOptions.apply(common.options(CommonOptions.home().resolve("site"), true));
    if (port < 0 || port > 65535) {
      err.println("--port " + port + " is not a port number — use 1 to 65535, or 0 for any free port");
      return ExitCodes.USAGE;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    PreviewSession session;
    InetSocketAddress address = new InetSocketAddress(host, port);
    try {
      session = new PreviewSession(options, address, Paths.get("").toAbsolutePath(), out, err);
    } catch (PreviewAddressException e) {
      // an unknown host or another machine's address is a bad value of --host; a busy port is not
      err.println(e.getMessage());
      return switch (e.reason()) {
        case UNKNOWN_HOST, NOT_THIS_MACHINE -> ExitCodes.USAGE;
        case PORT_IN_USE, NO_PERMISSION, REFUSED -> ExitCodes.CONTENT;
      };
    }
    Thread hook = new Thread(() -> {
      session.close();
      out.println("Stopped.");
      out.flush();
      stopped.countDown();
    }, "preview-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    if (!address.getAddress().isLoopbackAddress()) { // 127.0.0.2 and [::1] are this machine's too; 0.0.0.0 is every address
      err.println("warning: serving on " + host + ": other machines on the network can read the preview, drafts included");
    }
    out.println("Serving " + session.uri() + " (drafts included). Watching content/ and templates/. Press Ctrl-C to stop.");
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Runtime.getRuntime().removeShutdownHook(hook);
      session.close();
      Thread.currentThread().interrupt();
    }
    return ExitCodes.OK;
  }
}
