package org.explainer.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;

/** Replacing a file at once, and deleting a tree without following its links: for the writer and the cache. */
public final class FileTrees {
  private FileTrees() {}

  /**
   * Replaces {@code file} with {@code bytes} at once: written beside it under a name of its own (so two
   * processes writing it at once never make one half-file) and moved over it, so a reader sees the old
   * file or the new one, never half of one.
   */
  public static void replace(Path file, byte[] bytes) throws IOException {
    Path partial = file.resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().pid() + "-"
        + Long.toHexString(new SecureRandom().nextLong() >>> 1) + ".partial");
    try {
      Files.write(partial, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      try {
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  /** Deletes {@code path} and, if it is a folder, all it holds; a link is deleted, never followed. Nothing when it does not exist. */
  public static void delete(Path path) throws IOException {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(path, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        if (e != null) {
          throw e;
        }
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
