package org.explainer.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import org.explainer.build.BuildOptions;

/** Preview sessions for tests: one on a free port of this machine, and waiting for what it does. */
final class Sessions {
  private Sessions() {}

  /** A preview of {@code options} on a free port of this machine, naming files from {@code base}, printing to {@code out} and {@code err}. */
  static PreviewSession open(BuildOptions options, Path base, StringWriter out, StringWriter err) throws IOException {
    return new PreviewSession(options, new InetSocketAddress("127.0.0.1", 0), base, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  /** Waits up to 30 s for {@code done}; else fails, saying {@code what} did not happen and what the session printed. */
  static void await(Supplier<Boolean> done, String what, StringWriter out, StringWriter err) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      if (done.get()) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("timed out: " + what + "\nserve printed:\n" + out + "\nand on standard error:\n" + err);
  }
}
