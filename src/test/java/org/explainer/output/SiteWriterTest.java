package org.explainer.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.explainer.TestSites;
import org.explainer.diagnostic.ContentException;
import org.explainer.site.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {
  @TempDir Path tmp;

  private static OutputFile file(String path, String text) {
    return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void replacesTheOutputFolderAndRemovesStaleFiles() throws Exception {
    Path out = tmp.resolve("site");
    SiteWriter.replace(out, List.of(file("index.html", "one"), file("old/index.html", "stale")), List.of());
    SiteWriter.replace(out, List.of(file("index.html", "two"), file("a/b/index.html", "new")), List.of());
    assertThat(TestSites.files(out).keySet()).containsExactly("a/b/index.html", "index.html");
    assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("two");
    assertThat(tmp.resolve(".site.staging")).doesNotExist();
    assertThat(tmp.resolve(".site.previous")).doesNotExist();
  }

  @Test
  void refusesToWriteOutsideTheOutputFolder() {
    Path out = tmp.resolve("site");
    assertThatThrownBy(() -> SiteWriter.replace(out, List.of(file("../escape.html", "x")), List.of()))
        .isInstanceOf(ContentException.class)
        .hasMessageContaining("outside the output folder");
    assertThat(tmp.resolve("escape.html")).doesNotExist();
    assertThat(out).doesNotExist();
  }

  @Test
  void refusesToReplaceAFolderThatIsNotAPreviousBuild() throws Exception {
    Path out = tmp.resolve("precious");
    Files.createDirectories(out);
    Files.writeString(out.resolve("thesis.txt"), "years of work");
    assertThatThrownBy(() -> SiteWriter.replace(out, List.of(file("index.html", "x")), List.of()))
        .hasMessageContaining("holds no previous build");
    assertThat(Files.readString(out.resolve("thesis.txt"))).isEqualTo("years of work");
  }

  @Test
  void refusesAnOutputFolderThatContainsTheContent() throws Exception {
    Path content = tmp.resolve("content");
    Files.createDirectories(content);
    assertThatThrownBy(() -> SiteWriter.replace(tmp, List.of(file("index.html", "x")), List.of(content)))
        .hasMessageContaining("which the build would delete");
    assertThat(content).exists();
  }

  @Test
  void refusesTwoFilesAtTheSamePathAndLeavesThePreviousSite() throws Exception {
    Path out = tmp.resolve("site");
    SiteWriter.replace(out, List.of(file("index.html", "good")), List.of());
    assertThatThrownBy(() -> SiteWriter.replace(out, List.of(file("a.html", "1"), file("a.html", "2")), List.of()))
        .hasMessageContaining("two pages would be written to a.html");
    assertThat(TestSites.files(out).keySet()).containsExactly("index.html");
    assertThat(tmp.resolve(".site.staging")).doesNotExist();
  }

  @Test
  void stagesFilesWrittenFromSeveralThreadsAndSwapsThemInOnCommit() throws Exception {
    Path out = tmp.resolve("site");
    SiteWriter.replace(out, List.of(file("index.html", "old"), file("gone/index.html", "stale")), List.of());
    try (SiteWriter.Staging staging = SiteWriter.stage(out, List.of())) {
      java.util.stream.IntStream.range(0, 200).parallel()
          .forEach(i -> staging.write(file("articles/e" + i + "/index.html", "entry " + i)));
      staging.write(file("index.html", "new"));
      assertThat(Files.readString(out.resolve("index.html"))).as("the old site is served until the commit").isEqualTo("old");
      staging.commit();
    }
    assertThat(TestSites.files(out)).hasSize(201).doesNotContainKey("gone/index.html");
    assertThat(Files.readString(out.resolve("articles/e42/index.html"))).isEqualTo("entry 42");
    assertThat(tmp.resolve(".site.staging")).doesNotExist();
  }

  @Test
  void aStagingFolderClosedWithoutACommitLeavesThePreviousSiteUntouched() throws Exception {
    Path out = tmp.resolve("site");
    SiteWriter.replace(out, List.of(file("index.html", "old")), List.of());
    try (SiteWriter.Staging staging = SiteWriter.stage(out, List.of())) {
      staging.write(file("index.html", "half a build"));
      assertThatThrownBy(() -> staging.write(file("index.html", "twice")))
          .isInstanceOf(ContentException.class)
          .hasMessageContaining("two pages would be written to index.html");
    }
    assertThat(TestSites.files(out).keySet()).containsExactly("index.html");
    assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("old");
    assertThat(tmp.resolve(".site.staging")).doesNotExist();
  }
}
