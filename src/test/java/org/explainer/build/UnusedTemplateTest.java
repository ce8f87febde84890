package org.explainer.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.explainer.TestSites;
import org.explainer.diagnostic.ContentException;
import org.explainer.diagnostic.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template's syntax error is an error whether or not the content has errors of its own. */
class UnusedTemplateTest {
  @TempDir Path tmp;

  /**
   * A template no page uses, whose syntax is broken, fails a check of clean content as it fails a check
   * of content with errors: it was told beside a content error and then, that error fixed, passed.
   */
  @Test
  void aBrokenTemplateThatNoPageUsesFailsACheckOfCleanContentToo() throws Exception {
    BuildOptions options = TestSites.minimalCopy(tmp);
    Files.writeString(options.templates().resolve("unused.ftlh"), "<#if x>\nunclosed\n");
    for (BuildOptions o : new BuildOptions[] {options, options.withStrict(true)}) {
      ContentException check = catchThrowableOfType(() -> new Pipeline(o).check(), ContentException.class);
      assertThat(check).as("check").isNotNull();
      assertThat(check.problems()).extracting(p -> p.at().file().getFileName() + ":" + p.at().line() + ": " + p.message())
          .anyMatch(m -> m.startsWith("unused.ftlh:2: template syntax error: Unexpected end of file reached."));
      ContentException build = catchThrowableOfType(() -> new Pipeline(o).build(), ContentException.class);
      assertThat(build).as("build").isNotNull();
      assertThat(build.problems()).filteredOn(Problem::isError).hasSize(1);
    }
  }
}
