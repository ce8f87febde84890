package org.explainer.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.explainer.diagnostic.ContentException;
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
    assertThatThrownBy(() -> FrontMatter.split(" \n", file)).hasMessageContaining("empty");
  }

  @Test
  void aFenceIsThreeDashesAndNothingButWhiteSpaceAfter() {
    String[] lines = {"---", "--- ", "---\t\u2003", "---\u00a0", "----", "-- -", "--", "", " ---", "---x", "--- x", "---\uD83D\uDE00",
        "a---", "---\u2028", "---\u000b\f\r"};
    java.util.Random random = new java.util.Random(3);
    java.util.List<String> cases = new java.util.ArrayList<>(java.util.List.of(lines));
    char[] alphabet = {'-', ' ', '\t', 'x', '\u00a0', '\u2003', '\r', '\uD83D'};
    for (int i = 0; i < 5_000; i++) {
      StringBuilder line = new StringBuilder(random.nextBoolean() ? "---" : "");
      for (int k = random.nextInt(6); k > 0; k--) {
        line.append(alphabet[random.nextInt(alphabet.length)]);
      }
      cases.add(line.toString());
    }
    for (String line : cases) {
      String text = "ab\n" + line + "\ncd";
      assertThat(FrontMatter.isFence(text, 3, 3 + line.length())).as("'%s'", line).isEqualTo(line.stripTrailing().equals("---"));
    }
  }
}
