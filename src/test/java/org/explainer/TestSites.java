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
import java.time.LocalDate;
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

  /**
   * Adds {@code count} entries to the fixture site whose content is {@code content}, copies of {@code
   * board-reply.md} headlined "Added entry 1" to "Added entry {@code count}", one a day from 2 January
   * 2022 on, so that entry {@code i} is newer than entry {@code i - 1} and all are newer than the
   * fixture's own; each carries the tag {@code alpha}, the even ones {@code beta} as well.
   */
  public static void addEntries(Path content, int count) throws IOException {
    String model = Files.readString(content.resolve("articles/board-reply.md"));
    String date = "  date: \"2021-04\"\n  precision: month\n  note: \"Dated from the month it mentions.\"\n";
    if (!model.contains(date) || !model.contains("tags: [alpha, beta]")) {
      throw new IllegalStateException("board-reply.md no longer has the date and tags this helper rewrites; update TestSites.addEntries");
    }
    for (int i = 1; i <= count; i++) {
      String text = model.replace("The board replies", "Added entry " + i)
          .replace("The board answers Ada.", "Added entry number " + i + " answers Ada.")
          .replace(date, "  date: \"" + LocalDate.of(2022, 1, 1).plusDays(i) + "\"\n  precision: day\n")
          .replace("tags: [alpha, beta]", i % 2 == 0 ? "tags: [alpha, beta]" : "tags: [alpha]");
      Files.writeString(content.resolve("articles/added-" + i + ".md"), text);
    }
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
