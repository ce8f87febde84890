package org.explainer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
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

  /** Prints problems, one per line, to standard error; returns the number of errors. */
  long problems(List<Problem> problems) {
    problems.forEach(p -> err.println(p.format(base)));
    return problems.stream().filter(Problem::isError).count();
  }

  /** Prints "N errors, M warnings" and what happened to the output. */
  void failed(List<Problem> problems, String consequence) {
    long errors = problems(problems);
    long warnings = problems.size() - errors;
    err.println(count(errors, "error") + (warnings > 0 ? ", " + count(warnings, "warning") : "") + "; " + consequence);
    err.flush();
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
