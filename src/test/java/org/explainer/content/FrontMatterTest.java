package org.explainer.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.explainer.diagnostic.ContentException;
import org.explainer.diagnostic.Location;
import org.junit.jupiter.api.Test;

class FrontMatterTest {
  private final Path file = Path.of("a.md");

  @Test
  void splitsFrontMatterFromBodyAndKnowsWhereEachStarts() {
    FrontMatter fm = FrontMatter.split("---\ntitle: x\nother: y\n---\nBody\n", file);
    assertThat(fm.yaml()).isEqualTo("title: x\nother: y\n");
    assertThat(fm.yamlFirstLine()).isEqualTo(2);
    assertThat(fm.body()).isEqualTo("Body\n");
    assertThat(fm.bodyFirstLine()).isEqualTo(5);
  }

  @Test
  void acceptsFencesWithTrailingSpacesAndAnEmptyBody() {
    FrontMatter fm = FrontMatter.split("---  \ntitle: x\n---", file);
    assertThat(fm.body()).isEmpty();
  }

  @Test
  void refusesAFileWithoutFrontMatterSuggestingTheFix() {
    assertThatThrownBy(() -> FrontMatter.split("title: x\n", file))
        .isInstanceOf(ContentException.class)
        .satisfies(e -> assertThat(((ContentException) e).problems().get(0).fix()).contains("did you forget to add '---'"));
  }

  @Test
  void refusesFrontMatterThatIsNeverClosed() {
    assertThatThrownBy(() -> FrontMatter.split("---\ntitle: x\nBody\n", file)).hasMessageContaining("never closed");
  }

  @Test
  void refusesAnEmptyFile() {
    assertThatThrownBy(() -> FrontMatter.split(" \n", file)).isInstanceOfSatisfying(ContentException.class, e ->
        assertThat(e.problems().get(0).at()).as("the whole file: line 1, column 1").isEqualTo(new Location(file, 1, 1)));
  }
}
