package org.explainer.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.explainer.TestSites;
import org.explainer.build.BuildOptions;
import org.explainer.build.Pipeline;

/** Builds the real content with the real templates into a folder, and lists what came out. */
final class BuiltSite {
  private BuiltSite() {}

  /** Builds content/ + templates/ into {@code tmp/site}; returns that folder. */
  static Path build(Path tmp) {
    Path out = tmp.resolve("site");
    new Pipeline(new BuildOptions(TestSites.CONTENT, TestSites.TEMPLATES, out, false)).build();
    return out;
  }

  /** Every .html file under {@code site}, as sorted '/'-separated relative paths. */
  static List<String> htmlPages(Path site) {
    try (Stream<Path> walk = Files.walk(site)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> site.relativize(p).toString().replace('\\', '/'))
          .filter(p -> p.endsWith(".html"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sorted names of the sub-folders of {@code site/folder} that hold an index.html. */
  static List<String> subpages(Path site, String folder) {
    try (Stream<Path> list = Files.list(site.resolve(folder))) {
      return list.filter(p -> Files.isRegularFile(p.resolve("index.html")))
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
