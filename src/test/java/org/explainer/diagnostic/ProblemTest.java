package org.explainer.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProblemTest {
  @Test
  void formatsAsPathLineColumnProblemAndFix() {
    Problem p = Problem.error(new Location(Path.of("/site/content/a.md"), 7, 5), "unknown actor 'x'", "use an id");
    assertThat(p.format(Path.of("/site"))).isEqualTo("content/a.md:7:5: unknown actor 'x' — use an id");
  }

  @Test
  void omitsLineAndColumnWhenTheProblemConcernsTheWholeFile() {
    Problem p = Problem.error(Location.of(Path.of("/site/content/a.md")), "the file is empty", "write something");
    assertThat(p.format(Path.of("/site"))).isEqualTo("content/a.md: the file is empty — write something");
  }

  @Test
  void marksWarnings() {
    Problem p = Problem.warning(new Location(Path.of("/x/a.md"), 1, 0), "no quotes", "add one");
    assertThat(p.format(Path.of("/x"))).isEqualTo("a.md:1: warning: no quotes — add one");
  }

  @Test
  void showsPathsOutsideTheBaseAsAbsolute() {
    assertThat(Problem.displayPath(Path.of("/elsewhere/a.md"), Path.of("/site"))).isEqualTo("/elsewhere/a.md");
  }

  /** The folder the command runs in is '.': it was '', so 'build -o .' was reported as ': the output folder …' and '/ is unchanged'. */
  @Test
  void showsTheBaseItselfAsADot() {
    assertThat(Problem.displayPath(Path.of("/site"), Path.of("/site"))).isEqualTo(".");
    assertThat(Problem.error(Location.of(Path.of("/site/")), "the output folder contains content/", "choose another").format(Path.of("/site")))
        .isEqualTo(".: the output folder contains content/ — choose another");
  }

  /** Threat: a file name or a quoted value holding ANSI escapes or line breaks forges error lines in a terminal or CI log. */
  @Test
  void escapesControlCharactersInPathsMessagesAndFixes() {
    Path file = Path.of("/site/content/articles/\u001b[2Ka.md\n/etc/passwd:1: error: fake");
    Problem p = Problem.error(new Location(file, 3, 1), "the headline 'x\u001b[31mred\u0000' is bad", "remove \u202Eit\r");
    String line = p.format(Path.of("/site"));
    assertThat(line).isEqualTo("content/articles/\\u001B[2Ka.md\\u000A/etc/passwd:1: error: fake:3:1: the headline 'x\\u001B[31mred\\u0000' is bad"
        + " — remove \\u202Eit\\u000D");
    assertThat(line).doesNotContain("\u001b", "\n", "\r", "\u0000", "\u202E");
    assertThat(Problem.printable("plain text, “quotes” and é")).isEqualTo("plain text, “quotes” and é");
  }
}
