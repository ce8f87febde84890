package org.explainer.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.explainer.diagnostic.ContentException;
import org.explainer.diagnostic.Location;

/**
 * A folder the build reads from, and the one rule that keeps every read inside it: a path is judged by
 * its real path, every symbolic link resolved, never by its spelling. A file of the folder that is a
 * link to somewhere else, or that is not a regular file (a named pipe that would block the read for
 * ever, a device, a socket), is refused with its path and a fix; a read is bounded in bytes whatever
 * size the file system reports (files under {@code /proc} report 0).
 *
 * <pre>{@code
 * ConfinedFolder content = ConfinedFolder.of(Path.of("content"), "the content folder");
 * byte[] bytes = content.read(content.path().resolve("site.yaml"), 1 << 20, "shorten it");
 * }</pre>
 *
 * @param path the folder as given
 * @param real its real path (its absolute, normalised path while it does not exist)
 * @param name what it is, for messages: "the content folder"
 */
public record ConfinedFolder(Path path, Path real, String name) {

  /** The folder {@code path}, called {@code name} in messages. */
  public static ConfinedFolder of(Path path, String name) {
    return new ConfinedFolder(path, realPath(path), name);
  }

  /**
   * The real path of {@code path}: every symbolic link resolved. For a path that does not exist (yet),
   * the real path of its nearest existing ancestor with the rest of the path appended, so that an
   * output folder about to be made is judged by where it will really be.
   */
  public static Path realPath(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null) {
      try {
        Path real = existing.toRealPath();
        return real.resolve(existing.relativize(absolute).toString()).normalize();
      } catch (IOException e) {
        existing = existing.getParent();
      }
    }
    return absolute;
  }

  /** True when {@code file}, its links resolved, is this folder or inside it. */
  public boolean contains(Path file) {
    return realPath(file).startsWith(real);
  }

  /**
   * Checks that {@code file} may be read: it is inside this folder once its links are resolved, and a
   * regular file.
   *
   * @throws ContentException naming the file and what to do instead
   */
  public void requireFile(Path file) {
    checked(file);
  }

  /** {@code file}'s real path, once {@link #requireFile} holds for it. */
  private Path checked(Path file) {
    Path resolved = realPath(file);
    if (!resolved.startsWith(real)) {
      throw ContentException.of(Location.of(file), "the file is a link to " + resolved + ", outside " + name,
          "copy the file into " + name + " instead of linking to it");
    }
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(resolved, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      throw ContentException.of(Location.of(file), "the file does not exist", "check its name");
    } catch (IOException e) {
      throw ContentException.of(Location.of(file), "cannot read the file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")",
          "check that it exists and is readable");
    }
    if (!attributes.isRegularFile()) {
      throw ContentException.of(Location.of(file), "the file is " + (attributes.isDirectory() ? "a folder" : "not a regular file but a named pipe, a device or a socket")
              + ", which the build does not read", "replace it with a plain file, or move it out of " + name);
    }
    return resolved;
  }

  /**
   * The bytes of {@code file}, which must pass {@link #requireFile} and hold at most {@code maxBytes}
   * bytes.
   *
   * @param tooLargeFix what to do when the file is larger
   * @throws ContentException naming the file and what to do
   */
  public byte[] read(Path file, long maxBytes, String tooLargeFix) {
    Path resolved = checked(file);
    byte[] bytes;
    try (InputStream in = Files.newInputStream(resolved)) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    } catch (IOException e) {
      throw ContentException.of(Location.of(file), "cannot read the file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")",
          "check that it exists and is readable");
    }
    if (bytes.length > maxBytes) {
      long size = size(file, bytes.length);
      throw ContentException.of(Location.of(file), "file is " + size + " bytes, over the limit of " + maxBytes + " bytes", tooLargeFix);
    }
    return bytes;
  }

  /** The size of {@code file} as the file system reports it, or at least {@code read} bytes. */
  private static long size(Path file, long read) {
    try {
      return Math.max(Files.size(file), read);
    } catch (IOException e) {
      return read;
    }
  }
}
