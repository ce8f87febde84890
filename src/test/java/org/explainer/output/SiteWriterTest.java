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
}
