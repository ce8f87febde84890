package org.explainer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.explainer.build.BuildReport;
import org.explainer.diagnostic.Problem;

/** Prints problems, step timings and summaries the same way for every command. */
final class Reporter {
  private final PrintWriter out;
  private final PrintWriter err;
  private final Path base = Paths.get("").toAbsolutePath();

  Reporter(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  /**
   * Prints problems to standard error, one per line as {@code path:line:column: problem — fix},
   * grouped by file with a blank line between files.
   */
  void problems(List<Problem> problems) {
    String file = null;
    for (Problem p : problems) {
      String shown = Problem.displayPath(p.at().file(), base);
      if (file != null && !file.equals(shown)) {
        err.println();
      }
      file = shown;
      err.println(p.format(base));
    }
  }

  /** "2 errors and 1 warning in 2 files". */
  static String tally(List<Problem> problems) {
    long errors = problems.stream().filter(Problem::isError).count();
    long warnings = problems.size() - errors;
    long files = problems.stream().map(p -> p.at().file()).distinct().count();
    List<String> parts = new ArrayList<>();
    if (errors > 0 || warnings == 0) {
      parts.add(count(errors, "error"));
    }
    if (warnings > 0) {
      parts.add(count(warnings, "warning"));
    }
    return String.join(" and ", parts) + " in " + count(files, "file");
  }

  /** Prints the problems, then the tally and what happened to the output. */
  void failed(List<Problem> problems, String consequence) {
    problems(problems);
    err.println(tally(problems) + "; " + consequence);
    err.flush();
  }

  /** Prints problems as JSON on standard output, for editor plugins and CI annotations. */
  void json(List<Problem> problems, boolean ok) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Problem p : problems) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("file", Problem.displayPath(p.at().file(), base));
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
    try {
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("maps of strings and numbers always serialise", e);
    }
    out.flush();
  }

  void steps(BuildReport report) {
    for (BuildReport.Step step : report.steps()) {
      out.println(String.format(Locale.ROOT, "  %-12s %6d ms", step.name(), step.nanos() / 1_000_000));
    }
  }

  /** A folder as the user would type it, with a trailing '/'. */
  String shown(Path path) {
    return Problem.displayPath(path, base) + "/";
  }

  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
