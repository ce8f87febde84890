package org.explainer.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.explainer.diagnostic.ContentException;
import org.explainer.diagnostic.Location;
import org.explainer.diagnostic.Problem;

/**
 * The one lock of an output folder: a file beside it ({@code .site.lock} for {@code site/}) locked with
 * {@link FileChannel#tryLock()} while a build writes the folder, so that two builds (two editors, a
 * file-watcher plugin, a build beside {@code serve}) never write it at once. A second build waits for
 * the first, up to a bounded time, then stops with a message naming the process that holds the lock.
 *
 * <p>The lock file holds the holder's process id, for that message. It is never deleted: a build that
 * deleted it could let a third one lock a new file while a second still holds the old one. The
 * operating system releases the lock when its process ends, however it ends.
 */
public final class OutputLock implements AutoCloseable {
  /** How long a build waits for another to finish writing the same output folder. */
  public static final Duration WAIT = Duration.ofSeconds(60);
  private static final long POLL_MILLIS = 50;

  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** The lock file of the output folder {@code out} (a real, absolute path). */
  static Path fileOf(Path out) {
    return out.resolveSibling("." + out.getFileName() + ".lock");
  }

  /**
   * Locks the output folder {@code out}, waiting up to {@code wait} for the build that holds it.
   *
   * @throws ContentException when it is still held after {@code wait}, naming the holder, or when the
   *     lock file cannot be made
   */
  static OutputLock acquire(Path out, Duration wait) {
    Path file = fileOf(out);
    long deadline = System.nanoTime() + wait.toNanos();
    FileChannel channel = null;
    try {
      Files.createDirectories(out.getParent());
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      while (true) {
        FileLock lock = tryLock(channel);
        if (lock != null) {
          channel.truncate(0);
          channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
          channel.force(false);
          return new OutputLock(channel, lock);
        }
        if (System.nanoTime() > deadline) {
          channel.close();
          throw ContentException.of(Location.of(out), "another build (" + holder(file) + ") has been writing this output folder for "
                  + (wait.toSeconds() > 0 ? wait.toSeconds() + " s" : wait.toMillis() + " ms"),
              "wait for it to finish, or stop it, then build again; if no build is running, delete " + Problem.displayPath(file, out.getParent()));
        }
        Thread.sleep(POLL_MILLIS);
      }
    } catch (IOException e) {
      closeQuietly(channel);
      throw ContentException.of(Location.of(file), "cannot lock the output folder (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")",
          "check that the folder that holds it is writable");
    } catch (InterruptedException e) {
      closeQuietly(channel);
      Thread.currentThread().interrupt();
      throw ContentException.of(Location.of(out), "the build was interrupted while waiting for another build to finish", "build again");
    }
  }

  /** The lock, or null when another process holds it, or another build of this process. */
  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null; // held by a build in this same process (tests, or serve beside a build)
    }
  }

  /** "process 1234: java -jar explainer.jar build", as far as the lock file and the system tell. */
  private static String holder(Path file) {
    Optional<Long> pid;
    try {
      pid = Optional.of(Long.parseLong(Files.readString(file, StandardCharsets.US_ASCII).strip()));
    } catch (IOException | NumberFormatException e) {
      return "another process";
    }
    String command = pid.flatMap(ProcessHandle::of).map(p -> command(p.info())).map(Problem::printable)
        .map(c -> c.length() > 160 ? c.substring(0, 159) + "…" : c).orElse("");
    boolean self = pid.get() == ProcessHandle.current().pid();
    return "process " + pid.get() + (self ? ", this one" : command.isEmpty() ? "" : ": " + command);
  }

  /**
   * What a process runs, shortly: the program's file name and its arguments without the JVM's options
   * ({@code java explainer.jar build --output site}); empty when the system does not say.
   */
  private static String command(ProcessHandle.Info info) {
    if (info.command().isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(Path.of(info.command().get()).getFileName().toString());
    // some systems give the whole command line but not the arguments apart
    String[] arguments = info.arguments().filter(a -> a.length > 0).orElseGet(() -> info.commandLine()
        .map(line -> line.split(" ")).map(words -> Arrays.copyOfRange(words, 1, words.length)).orElse(new String[0]));
    for (int i = 0; i < arguments.length; i++) {
      String argument = arguments[i];
      if (List.of("-cp", "-classpath", "--class-path").contains(argument)) {
        i++; // and its value
      } else if (argument.equals("-jar") && i + 1 < arguments.length) {
        out.append(' ').append(Path.of(arguments[++i]).getFileName());
      } else if (!argument.startsWith("-") || out.indexOf(" ") >= 0) {
        out.append(' ').append(argument);
      }
    }
    return out.toString();
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel == null) {
      return;
    }
    try {
      channel.close();
    } catch (IOException ignored) {
      // closing releases the lock too; nothing else to do
    }
  }

  /** Releases the lock. */
  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException ignored) {
      // closing the channel below releases it too
    }
    closeQuietly(channel);
  }
}
