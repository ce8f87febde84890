package org.explainer.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.explainer.concurrent.Workers;

/**
 * Replacing a file at once, deleting a tree without following its links, and listing a tree on every
 * worker: for the writer, the cache and the build stamp.
 */
public final class FileTrees {
  private FileTrees() {}

  /** What a path found in a tree is, read without following a link. */
  public enum Kind {
    FILE,
    FOLDER,
    /** a link, a device, a named pipe or a socket */
    OTHER
  }

  /**
   * A file or folder found under a folder.
   *
   * @param name its path from that folder, with '/' between names
   * @param path where it is
   * @param kind what it is
   * @param size its size in bytes
   * @param modified its time in nanoseconds
   */
  public record Found(String name, Path path, Kind kind, long size, long modified) {}

  /**
   * Everything under the folder {@code dir}, a folder before what it holds, or empty when a folder of it
   * cannot be listed. Links are reported, never followed. Each folder's entries are looked at, and its
   * folders listed, on every worker: at 10,000 entries a site has 20,000 files in 10,000 folders.
   */
  public static Optional<List<Found>> scan(Path dir, Workers workers) {
    return scan(dir, "", workers);
  }

  private static Optional<List<Found>> scan(Path dir, String prefix, Workers workers) {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      stream.forEach(entries::add);
    } catch (IOException | DirectoryIteratorException e) {
      return Optional.empty();
    }
    List<Optional<List<Found>>> found = workers.map(entries, entry -> {
      BasicFileAttributes attrs;
      try {
        attrs = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (IOException e) {
        return Optional.empty();
      }
      String name = prefix + entry.getFileName();
      long modified = attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS);
      if (!attrs.isDirectory()) {
        return Optional.of(List.of(new Found(name, entry, attrs.isRegularFile() ? Kind.FILE : Kind.OTHER, attrs.size(), modified)));
      }
      return scan(entry, name + "/", workers).map(inside -> {
        List<Found> all = new ArrayList<>(inside.size() + 1);
        all.add(new Found(name, entry, Kind.FOLDER, attrs.size(), modified));
        all.addAll(inside);
        return all;
      });
    });
    List<Found> out = new ArrayList<>();
    for (Optional<List<Found>> f : found) {
      if (f.isEmpty()) {
        return Optional.empty();
      }
      out.addAll(f.get());
    }
    return Optional.of(out);
  }

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
