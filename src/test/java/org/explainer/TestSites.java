package org.explainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.explainer.build.BuildOptions;
import org.explainer.content.Article;
import org.explainer.content.ContentLoader;
import org.explainer.content.TranslationScaffold;
import org.explainer.diagnostic.Problems;

/** Helpers shared by tests: the project's folders, copies of fixture sites, reading a built site. */
public final class TestSites {
  /** The project root (Maven runs tests there). */
  public static final Path ROOT = Paths.get("").toAbsolutePath();
  /** The real templates. */
  public static final Path TEMPLATES = ROOT.resolve("templates");
  /** The real content. */
  public static final Path CONTENT = ROOT.resolve("content");
  /** The small valid fixture site. */
  public static final Path MINIMAL = ROOT.resolve("src/test/resources/sites/minimal");
  /** A Ukrainian translation of the fixture site, to copy over it: everything but the entry board-reply. */
  public static final Path TRANSLATION = ROOT.resolve("src/test/resources/sites/translation");

  private TestSites() {}

  /**
   * Copies the minimal site's content, its source captures and the real templates under {@code dir};
   * returns build options for it.
   */
  public static BuildOptions minimalCopy(Path dir) {
    copyTree(MINIMAL.resolve("content"), dir.resolve("content"));
    copyTree(MINIMAL.resolve("sources"), dir.resolve("sources"));
    copyTree(TEMPLATES, dir.resolve("templates"));
    return new BuildOptions(dir.resolve("content"), dir.resolve("templates"), dir.resolve("site"), false);
  }

  /** As {@link #minimalCopy}, with the fixture's Ukrainian translation in {@code content/uk/}. */
  public static BuildOptions translatedCopy(Path dir) {
    BuildOptions options = minimalCopy(dir);
    copyTree(TRANSLATION.resolve("content"), dir.resolve("content"));
    return options;
  }

  /**
   * Gives the site of {@link #translatedCopy} in {@code content} a Ukrainian translation of {@code
   * board-reply.md} that still has the English text word for word, as {@code new --translate} writes it (its
   * link to an anchor the Ukrainian page does not have taken out of the English first). Returns the
   * English entry's file.
   */
  public static Path copiedTranslation(Path content) throws IOException {
    Path entry = content.resolve("articles/board-reply.md");
    Files.writeString(entry, Files.readString(entry).replace("[Ada's note](2021-03-04-first-note.md#background)", "Ada's note"));
    Article english = new ContentLoader().load(content, new Problems()).orElseThrow().article("board-reply").orElseThrow();
    Files.writeString(content.resolve("uk/articles/board-reply.md"), TranslationScaffold.text(english, "uk"));
    return entry;
  }

  /** Copies a folder recursively. */
  public static void copyTree(Path from, Path to) {
    try {
      Files.walkFileTree(from, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
          Files.createDirectories(to.resolve(from.relativize(dir).toString()));
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes a folder and everything in it; nothing when it does not exist. */
  public static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file under {@code dir} with its bytes, by '/'-separated relative path, sorted. */
  public static Map<String, byte[]> files(Path dir) {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
