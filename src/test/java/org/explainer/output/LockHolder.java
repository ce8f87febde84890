package org.explainer.output;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/** A process for SiteWriterTest that holds the lock of an output folder until its standard input closes. */
public final class LockHolder {
  private LockHolder() {}

  /** Locks the output folder {@code args[0]}, prints "locked", and waits. */
  public static void main(String[] args) throws IOException {
    try (OutputLock lock = OutputLock.acquire(Path.of(args[0]).toAbsolutePath(), Duration.ofSeconds(10))) {
      System.out.println("locked");
      System.out.flush();
      while (System.in.read() >= 0) {
        // wait for the test to close our input
      }
    }
  }
}
