package org.explainer.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.explainer.diagnostic.ContentException;
import org.explainer.diagnostic.Location;
import org.explainer.site.OutputFile;

/**
 * The one place that writes the built site to disk. Files go into a staging folder beside the output
 * folder ({@code .<name>.staging}) as they are made; only when all are written is the staging folder
 * swapped in for the output folder, so a failed build leaves the previous site untouched and no stale
 * file survives.
 * Nothing outside the output folder and its staging sibling is written or deleted.
 */
public final class SiteWriter {
  private SiteWriter() {}

  /**
   * Replaces {@code outputDir} with exactly {@code files}.
   *
   * @param protectedDirs folders that must never be inside or equal to the output (content, templates)
   * @throws ContentException when the output folder is unsafe to replace or cannot be written
   */
  public static void replace(Path outputDir, List<OutputFile> files, List<Path> protectedDirs) {
    try (Staging staging = stage(outputDir, protectedDirs)) {
      files.forEach(staging::write);
      staging.commit();
    }
  }

  /**
   * Opens an empty staging folder for a new version of {@code outputDir}: files are written into it as
   * they are made (from any thread), and {@link Staging#commit()} swaps it in for the output folder.
   * Closed without a commit, the staging folder is deleted and the output folder is left as it was.
   *
   * <pre>{@code
   * try (SiteWriter.Staging staging = SiteWriter.stage(site, List.of(content, templates))) {
   *   pages.forEach(staging::write);
   *   staging.commit();
   * }
   * }</pre>
   *
   * @param protectedDirs folders that must never be inside or equal to the output (content, templates)
   * @throws ContentException when the output folder is unsafe to replace or the staging folder cannot be made
   */
  public static Staging stage(Path outputDir, List<Path> protectedDirs) {
    Path out = outputDir.toAbsolutePath().normalize();
    checkSafe(out, protectedDirs);
    return new Staging(out);
  }

  /** A new version of the output folder being written; see {@link #stage}. */
  public static final class Staging implements AutoCloseable {
    private final Path out;
    private final Path staging;
    private final Path previous;
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private volatile boolean committed;

    private Staging(Path out) {
      this.out = out;
      Path parent = out.getParent();
      this.staging = parent.resolve("." + out.getFileName() + ".staging");
      this.previous = parent.resolve("." + out.getFileName() + ".previous");
      try {
        Files.createDirectories(parent);
        deleteTree(staging);
        deleteTree(previous);
        Files.createDirectory(staging);
      } catch (IOException e) {
        deleteQuietly(staging);
        throw cannotWrite(e);
      }
      folders.add(staging);
    }

    /**
     * Writes {@code file} into the staging folder; safe to call from several threads at once.
     *
     * @throws ContentException when two files have the same path, the path leaves the folder, or the
     *     write fails
     */
    public void write(OutputFile file) {
      if (committed) {
        throw new IllegalStateException("the staging folder was already swapped in");
      }
      Path target = confined(staging, file.path());
      if (!written.add(file.path())) {
        throw ContentException.of(Location.of(target), "two pages would be written to " + file.path(), "give one of them another slug");
      }
      try {
        Path folder = target.getParent();
        if (!folders.contains(folder)) {
          Files.createDirectories(folder);
          folders.add(folder);
        }
        Files.write(target, file.bytes());
      } catch (IOException e) {
        throw cannotWrite(e);
      }
    }

    /** Swaps the staging folder in for the output folder, which then holds exactly the files written. */
    public void commit() {
      try {
        boolean hadOutput = Files.exists(out, LinkOption.NOFOLLOW_LINKS);
        if (hadOutput) {
          move(out, previous);
        }
        try {
          move(staging, out);
        } catch (IOException e) {
          if (hadOutput) {
            move(previous, out);
          }
          throw e;
        }
        committed = true;
        deleteTree(previous);
      } catch (IOException e) {
        throw cannotWrite(e);
      }
    }

    /** Deletes the staging folder unless it was swapped in. */
    @Override
    public void close() {
      if (!committed) {
        deleteQuietly(staging);
      }
    }

    private ContentException cannotWrite(IOException e) {
      return ContentException.of(Location.of(out), "cannot write the site (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")",
          "check that the folder is writable and the disk has room, then build again");
    }
  }

  private static void deleteQuietly(Path dir) {
    try {
      deleteTree(dir);
    } catch (IOException ignored) {
      // a hidden leftover; the next build deletes it first
    }
  }

  /**
   * Replaces the file {@code file} with {@code bytes} at once: written beside it and moved over it, so a
   * reader sees the old file or the new one, never half of one. For the record of checked quotes, which
   * a build with the source captures writes into the content folder.
   *
   * @throws ContentException when it cannot be written
   */
  public static void replaceFile(Path file, byte[] bytes) {
    Path partial = file.resolveSibling("." + file.getFileName() + ".partial");
    try {
      Files.write(partial, bytes);
      try {
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      deleteQuietly(partial);
      throw ContentException.of(Location.of(file), "cannot write " + file.getFileName() + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")",
          "check that the folder is writable, then build again");
    }
  }

  /** The path of {@code relative} inside {@code root}, refusing anything that would leave it. */
  static Path confined(Path root, String relative) {
    Path target;
    try {
      target = root.resolve(relative).normalize();
    } catch (InvalidPathException e) {
      throw ContentException.of(Location.of(root), "refusing to write '" + relative + "': not a valid file name", "check slugs and asset names");
    }
    if (relative.isEmpty() || relative.startsWith("/") || relative.contains("\\") || !target.startsWith(root) || target.equals(root)) {
      throw ContentException.of(Location.of(root), "refusing to write '" + relative + "' outside the output folder", "check slugs and asset names");
    }
    return target;
  }

  private static void checkSafe(Path out, List<Path> protectedDirs) {
    if (out.getParent() == null) {
      throw ContentException.of(Location.of(out), "refusing to use the file-system root as the output folder", "choose a folder such as site/");
    }
    for (Path dir : protectedDirs) {
      Path p = dir.toAbsolutePath().normalize();
      if (p.startsWith(out)) {
        throw ContentException.of(Location.of(out), "the output folder " + out + " contains " + p + ", which the build would delete",
            "choose an output folder outside the content and templates, such as site/");
      }
    }
    if (Files.isDirectory(out) && !Files.exists(out.resolve("index.html"))) {
      try (Stream<Path> entries = Files.list(out)) {
        if (entries.findAny().isPresent()) {
          throw ContentException.of(Location.of(out), "the output folder is not empty and holds no previous build (no index.html)",
              "choose an empty or new folder; the build replaces the whole output folder");
        }
      } catch (IOException e) {
        throw ContentException.of(Location.of(out), "cannot read the output folder (" + e.getMessage() + ")", "check its permissions");
      }
    } else if (Files.exists(out) && !Files.isDirectory(out)) {
      throw ContentException.of(Location.of(out), "the output path is a file, not a folder", "choose a folder such as site/");
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
        if (e != null) {
          throw e;
        }
        Files.delete(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
