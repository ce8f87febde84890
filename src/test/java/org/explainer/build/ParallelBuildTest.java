package org.explainer.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.explainer.TestSites;
import org.explainer.site.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With many entries, a build on several threads (entries loaded and entry pages assembled in parallel,
 * the search data made alongside) gives the very bytes of a build on one.
 */
class ParallelBuildTest {
  @TempDir Path tmp;

  @Test
  void aBuildOfManyEntriesOnFourThreadsEqualsOneOnOneThread() throws IOException {
    BuildOptions options = TestSites.minimalCopy(tmp);
    Path articles = options.content().resolve("articles");
    String template = Files.readString(articles.resolve("board-reply.md"));
    for (int i = 0; i < 150; i++) {
      String text = template
          .replace("The board replies", "The board replies <again> & again, part " + i)
          .replace("The board answers Ada.", "Answer number " + i + " \u2028 with\u00A0odd  spacing.")
          .replace("tags: [alpha, beta]", i % 3 == 0 ? "tags: [beta]" : "tags: [alpha, beta]");
      Files.writeString(articles.resolve(String.format("2022-%02d-%02d-reply-%03d.md", 1 + i % 12, 1 + i % 28, i)), text);
    }
    Path timeline = options.content().resolve("timeline.yaml");
    Files.writeString(timeline, Files.readString(timeline).replace("articles: [first-note]", "articles: [first-note, reply-003, reply-077, reply-003]"));

    Map<String, byte[]> one = files(new Pipeline(options, 1).preview().files());
    Map<String, byte[]> four = files(new Pipeline(options, 4).preview().files());
    assertThat(one).containsKey("articles/reply-149/index.html");
    assertThat(four.keySet()).containsExactlyElementsOf(one.keySet());
    one.forEach((path, bytes) -> assertThat(Arrays.equals(bytes, four.get(path))).as(path).isTrue());
  }

  private static Map<String, byte[]> files(List<OutputFile> files) {
    Map<String, byte[]> out = new TreeMap<>();
    files.forEach(f -> out.put(f.path(), f.bytes()));
    return out;
  }
}
