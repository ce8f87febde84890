package org.explainer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.explainer.diagnostic.Location;
import org.explainer.diagnostic.Problem;
import org.explainer.diagnostic.Severity;
import org.junit.jupiter.api.Test;

class ReporterTest {
  private static final Path BASE = Path.of("/work/site").toAbsolutePath();

  @Test
  void jsonIsTheTextTheDataBindingWrites() throws Exception {
    List<Problem> problems = List.of(
        new Problem(Severity.ERROR, new Location(BASE.resolve("content/articles/a.md"), 13, 5), "unknown actor 'bord'", "did you mean 'board'?"),
        new Problem(Severity.WARNING, new Location(Path.of("/elsewhere/b \"q\".yaml"), 0, 0), "a \\ backslash,\ttab and é — “quotes”", null),
        new Problem(Severity.ERROR, new Location(BASE.resolve("templates/x.ftlh"), 2, 1), "control \u0001 char", "fix <it> & go"));
    for (List<Problem> list : List.of(problems, List.<Problem>of())) {
      for (boolean ok : new boolean[] {true, false}) {
        assertThat(Reporter.jsonText(list, ok, BASE)).isEqualTo(dataBinding(list, ok));
      }
    }
  }

  /** What {@code check --format json} printed before: maps written by the data binding. */
  private static String dataBinding(List<Problem> problems, boolean ok) throws Exception {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Problem p : problems) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("file", Problem.displayPath(p.at().file(), BASE));
      m.put("line", p.at().line());
      m.put("column", p.at().column());
      m.put("severity", p.severity().name().toLowerCase(Locale.ROOT));
      m.put("message", p.message());
      m.put("fix", p.fix());
      list.add(m);
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("ok", ok);
    doc.put("errors", problems.stream().filter(Problem::isError).count());
    doc.put("warnings", problems.stream().filter(p -> !p.isError()).count());
    doc.put("problems", list);
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc);
  }
}
