package org.explainer.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import org.explainer.diagnostic.ContentException;
import org.explainer.serve.PreviewPaths;
import org.explainer.yaml.Fields;
import org.explainer.yaml.Slugs;

/**
 * Fuzzes slug and path handling (threat: a slug or request path that escapes the output folder): slugs
 * are always ids, output paths stay inside the output folder or are refused with a content error, and
 * preview paths never keep a '..' segment. Corpus: src/test/resources/org/explainer/output/PathsFuzzTestInputs/.
 */
class PathsFuzzTest {
  private static final Path ROOT = Path.of("/srv/site").toAbsolutePath();

  @FuzzTest(maxDuration = "60s")
  void slugsAndPathsStayConfined(byte[] input) {
    String text = new String(input, java.nio.charset.StandardCharsets.UTF_8);
    Slugs.slugify(text, 60).ifPresent(slug -> {
      assertThat(slug).matches(Fields.ID).hasSizeLessThanOrEqualTo(60);
    });
    try {
      Path target = SiteWriter.confined(ROOT, text);
      assertThat(target.normalize().startsWith(ROOT) && !target.normalize().equals(ROOT)).as(target.toString()).isTrue();
    } catch (ContentException refused) {
      // refused with a clear error: fine
    }
    String served = PreviewPaths.sitePath("/" + text);
    if (served != null) {
      assertThat(served.split("/", -1)).doesNotContain("..", ".");
      assertThat(served).doesNotStartWith("/").doesNotContain("\\").doesNotContain("\0");
    }
  }
}
