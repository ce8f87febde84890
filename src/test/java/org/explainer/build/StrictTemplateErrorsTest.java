package org.explainer.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.explainer.TestSites;
import org.explainer.diagnostic.ContentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A strict build with warnings tells the templates' syntax errors beside them, in one round. */
class StrictTemplateErrorsTest {
  @TempDir Path tmp;

  @Test
  void aStrictBuildStoppedByWarningsTellsTheTemplatesSyntaxErrorsToo() throws Exception {
    BuildOptions options = TestSites.minimalCopy(tmp);
    Path entry = options.content().resolve("articles/board-reply.md");
    Files.writeString(entry, Files.readString(entry).replace("  date: \"2021-04\"", "  date: \"2999-04\"")); // a warning
    Path tag = options.templates().resolve("tag.ftlh");
    Files.writeString(tag, Files.readString(tag).replace("</#if>", ""));
    ContentException e = catchThrowableOfType(() -> new Pipeline(options.withStrict(true)).build(), ContentException.class);
    assertThat(e.problems()).extracting(p -> p.at().file().getFileName().toString() + ": " + p.message())
        .anyMatch(m -> m.startsWith("board-reply.md: the source's date 2999-04 is in the future"))
        .anyMatch(m -> m.startsWith("tag.ftlh: template syntax error"));
  }
}
