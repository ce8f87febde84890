package org.explainer.content;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import org.explainer.diagnostic.ContentException;
import org.explainer.diagnostic.Problems;

/**
 * Fuzzes the front-matter splitter and the entry loader with arbitrary bytes: the only exception allowed
 * out is the project's own {@link ContentException}. Runs over the committed corpus in {@code mvn
 * verify}; fuzz for longer with {@code JAZZER_FUZZ=1 mvn test -Dtest=LoaderFuzzTest} (see
 * docs/security.md). Corpus: src/test/resources/org/explainer/content/LoaderFuzzTestInputs/.
 */
class LoaderFuzzTest {
  private static final Path FILE = Path.of("content/articles/2024-01-01-fuzz.md");

  @FuzzTest(maxDuration = "60s")
  void loadingAnyBytesFailsOnlyWithContentErrors(byte[] input) {
    try {
      String text = SourceFile.decode(input, FILE);
      new ContentLoader().readArticle(FILE, text, new Problems());
    } catch (ContentException expected) {
      // a clear, located error is the right answer to bad input
    }
  }
}
