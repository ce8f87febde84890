package org.explainer.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.explainer.diagnostic.ContentException;
import org.explainer.diagnostic.Location;
import org.explainer.files.ConfinedFolder;

/**
 * The static files under {@code templates/assets/} (stylesheet, icons, scripts), each published under
 * a name carrying a hash of its content ({@code style.css} → {@code assets/style.1a2b3c4d5e.css}) so
 * that hosts can cache them for ever.
 *
 * @param paths output path of each asset by its name under {@code templates/assets/}
 * @param files the files to write
 */
public record Assets(Map<String, String> paths, List<OutputFile> files) {
  /** The stylesheet every page links to. */
  public static final String STYLESHEET = "style.css";
  /** The icon every page links to. */
  public static final String FAVICON = "favicon.svg";
  /** The search page's script. */
  public static final String SEARCH_SCRIPT = "search.js";
  /** Largest asset published, in bytes. */
  public static final long MAX_BYTES = 32L * 1024 * 1024;

  /** The assets the layouts and the search page link to; the pipeline checks they exist. */
  public static List<String> required() {
    return List.of(STYLESHEET, FAVICON, SEARCH_SCRIPT);
  }

  /**
   * Reads and fingerprints every file under {@code dir}; no assets when it does not exist.
   *
   * @throws ContentException when a file there is a link to a file outside the folder (it would be
   *     published), is not a regular file, is over {@value #MAX_BYTES} bytes or cannot be read
   */
  public static Assets load(Path dir) {
    if (!Files.isDirectory(dir)) {
      return new Assets(Map.of(), List.of());
    }
    ConfinedFolder folder = ConfinedFolder.of(dir, "templates/assets");
    Map<String, String> paths = new TreeMap<>();
    List<OutputFile> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path file : walk.filter(path -> !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
        String name = dir.relativize(file).toString().replace('\\', '/');
        if (name.startsWith(".") || name.contains("/.")) {
          continue;
        }
        byte[] bytes = folder.read(file, MAX_BYTES, "make it smaller; assets are a stylesheet, icons and small scripts");
        String path = "assets/" + fingerprinted(name, bytes);
        paths.put(name, path);
        files.add(new OutputFile(path, bytes));
      }
    } catch (IOException | UncheckedIOException e) {
      throw ContentException.of(Location.of(dir), "cannot read the assets (" + e.getMessage() + ")", "check the folder's permissions");
    }
    return new Assets(Map.copyOf(paths), List.copyOf(files));
  }

  /**
   * {@code name} with a fingerprint of {@code bytes} before its extension: the CRC-32C of the content,
   * as 8 hex digits. A fingerprint only has to change when the file does (for caching, not security);
   * CRC-32C runs as native code at any JIT level, where SHA-256 took half a second for the 45 MB search
   * data of a 10,000-entry site.
   */
  static String fingerprinted(String name, byte[] bytes) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, bytes.length);
    String hash = String.format(Locale.ROOT, "%08x", crc.getValue());
    int dot = name.lastIndexOf('.');
    int slash = name.lastIndexOf('/');
    return dot > slash + 1 ? name.substring(0, dot) + "." + hash + name.substring(dot) : name + "." + hash;
  }
}
