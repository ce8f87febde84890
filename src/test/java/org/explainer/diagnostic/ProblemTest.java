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
}
