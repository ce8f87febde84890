package org.explainer.provenance;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.explainer.config.SiteConfig;
import org.explainer.content.SourceFile;
import org.explainer.diagnostic.ContentException;
import org.explainer.diagnostic.Location;
import org.explainer.files.ConfinedFolder;

/**
 * The folder of archived source captures: where it is, and bringing a new capture into it. Captures
 * are plain UTF-8 text files, named as entries' {@code capture:} lines name them; they are read by the
 * checks and never published.
 */
public final class Captures {
  private Captures() {}

  /**
   * The captures folder: {@code given} on the command line (which must exist), else {@code sources:} of
   * {@code site}, relative to the folder that holds {@code content} and confined to the folder that holds
   * that one. Empty, with a notice added to {@code notices}, when there is none or it is not on this
   * machine.
   *
   * @throws ContentException when {@code given} does not exist, or {@code sources:} leads out of the
   *     folder that holds the project
   */
  public static Optional<Path> folder(Optional<Path> given, SiteConfig site, Path content, List<String> notices) {
    if (given.isPresent()) {
      Path dir = given.get().toAbsolutePath().normalize();
      if (!Files.isDirectory(dir)) {
        throw ContentException.of(Location.of(dir), "the sources folder does not exist", "pass the folder that holds the source captures to --sources");
      }
      return Optional.of(dir);
    }
    Optional<String> configured = site.sources();
    if (configured.isEmpty()) {
      notices.add("no sources folder (--sources DIR, or 'sources:' in site.yaml): quotes and wording were checked against the record "
          + Evidence.FILE + " of earlier checks");
      return Optional.empty();
    }
    Path base = content.toAbsolutePath().normalize().getParent();
    Path dir = configuredFolder(content, configured.get());
    // content comes from contributors: what it names is read only within the folder that holds this
    // project (a sibling folder of captures), never /proc/self or a home folder. A path through the
    // project's own files, where a link can be committed, is judged with its links resolved; a folder
    // beside the project is the machine's own (the team's shared folder, often a link), so its links are
    // followed.
    Path workspace = base.getParent() == null ? base : base.getParent();
    if (dir.startsWith(base)) {
      Path real = ConfinedFolder.realPath(dir);
      if (!real.startsWith(ConfinedFolder.realPath(workspace))) { // out through a link in the project, one that can be committed
        throw ContentException.of(site.sourcesAt(), "'sources' is '" + configured.get() + "', a link to " + real
            + ", outside the folder that holds this project", "pass the folder with --sources, or move the captures themselves there instead of a link");
      }
    } else if (!dir.startsWith(workspace)) {
      throw ContentException.of(site.sourcesAt(), "'sources' is '" + configured.get() + "', which leads out of the folder that holds this project",
          "keep the captures in a folder beside the project, e.g. '../shared/seeds', or pass --sources DIR");
    }
    if (!Files.isDirectory(dir)) {
      notices.add("the sources folder " + dir + " (from site.yaml) is not here: quotes and wording were checked against the record "
          + Evidence.FILE + " of earlier checks");
      return Optional.empty();
    }
    return Optional.of(dir);
  }

  /** The folder {@code sources} (the value of 'sources:' in site.yaml) names, relative to the project that holds {@code content}. */
  public static Path configuredFolder(Path content, String sources) {
    return content.toAbsolutePath().normalize().getParent().resolve(sources).normalize();
  }

  /**
   * What bringing a capture in did.
   *
   * @param file where the capture now is
   * @param sha256 its SHA-256, in hex
   * @param alreadyThere true when the same bytes were there under that name already
   */
  public record Added(Path file, String sha256, boolean alreadyThere) {}

  /**
   * The start of an HTML or XHTML document: white space, an XML declaration and comments if any, then a
   * doctype or an {@code <html>} or {@code <head>} tag.
   */
  private static final Pattern HTML = Pattern.compile("\\A\\s*(?:<\\?xml[^>]*\\?>\\s*)?(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html[\\s>]|head[\\s>])",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  /** Whether {@code name} may name a capture: letters, digits, '.', '_' and '-', not starting with '.'. */
  public static boolean isPlainName(String name) {
    return name.matches("[A-Za-z0-9._-]+") && !name.startsWith(".");
  }

  /**
   * Copies the plain-text capture {@code file} into {@code folder} as {@code name}. A file of that name
   * with the same bytes is left as it is; one with other bytes is never overwritten.
   *
   * @throws ContentException when the name is not a plain file name, the file is not UTF-8 text or is
   *     a web page's HTML, or a different capture has the name
   */
  public static Added add(Path file, String name, Path folder) {
    if (!isPlainName(name)) {
      throw ContentException.of(Location.of(file), "'" + name + "' is not a plain file name",
          "name the capture with letters, digits, '.', '_' and '-', e.g. --as 005_newsx-sybiha.txt");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw ContentException.of(Location.of(file), "cannot read the capture (" + e.getMessage() + ")", "check the file's path and permissions");
    }
    String text = SourceFile.decode(bytes, file); // plain UTF-8 text, or a ContentException naming the line
    if (HTML.matcher(text).lookingAt()) {
      // quotes are checked against the words a reader sees, which a page's markup and scripts would bury
      throw ContentException.of(new Location(file, 1, 1), "the capture is a web page's HTML, not its text",
          "save the article as plain text (the browser's reader view, then copy the text into a .txt file) and capture that");
    }
    String sha = Quotation.sha256(bytes);
    Path target = folder.resolve(name);
    try {
      if (Files.exists(target)) {
        if (Arrays.equals(Files.readAllBytes(target), bytes)) {
          return new Added(target, sha, true);
        }
        throw ContentException.of(Location.of(target), "a different capture is already named '" + name + "' in the sources folder",
            "give the new capture another name with --as; a capture is never overwritten, since entries' quotes were checked against it");
      }
      Files.createDirectories(folder);
      Path partial = folder.resolve("." + name + ".partial");
      Files.write(partial, bytes);
      try {
        Files.move(partial, target); // refuses to replace a file that appeared meanwhile
      } catch (FileAlreadyExistsException e) {
        Files.deleteIfExists(partial);
        throw ContentException.of(Location.of(target), "a capture named '" + name + "' appeared in the sources folder meanwhile", "run the command again");
      }
      return new Added(target, sha, false);
    } catch (IOException e) {
      throw ContentException.of(Location.of(target), "cannot write the capture (" + e.getMessage() + ")", "check that the sources folder is writable");
    }
  }
}
