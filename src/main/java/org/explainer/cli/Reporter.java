package org.explainer.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
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
    out.println(jsonText(problems, ok, base));
    out.flush();
  }

  /**
   * The JSON for {@link #json}: the text Jackson's {@code ObjectMapper} writes with {@code INDENT_OUTPUT}
   * for the same maps, written by the streaming generator, so a check does not load the data binding.
   */
  static String jsonText(List<Problem> problems, boolean ok, Path base) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeBooleanField("ok", ok);
      json.writeNumberField("errors", problems.stream().filter(Problem::isError).count());
      json.writeNumberField("warnings", problems.stream().filter(p -> !p.isError()).count());
      json.writeArrayFieldStart("problems");
      for (Problem p : problems) {
        json.writeStartObject();
        json.writeStringField("file", Problem.displayPath(p.at().file(), base));
        json.writeNumberField("line", p.at().line());
        json.writeNumberField("column", p.at().column());
        json.writeStringField("severity", p.severity().name().toLowerCase(Locale.ROOT));
        json.writeStringField("message", p.message());
        json.writeStringField("fix", p.fix());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to memory cannot fail", e);
    }
    return text.toString();
  }

  void steps(BuildReport report) {
    for (BuildReport.Step step : report.steps()) {
      out.println(String.format(Locale.ROOT, "  %-12s %6d ms", step.name(), step.nanos() / 1_000_000));
    }
  }

  /** A folder as the user would type it, with a trailing '/' (none after '/' itself, nor after a file given for a folder). */
  String shown(Path path) {
    String shown = Problem.displayPath(path, base);
    return shown.endsWith("/") || Files.isRegularFile(path) ? shown : shown + "/";
  }

  /** A file's path as shown to the user. */
  String shownFile(Path path) {
    return Problem.displayPath(path, base);
  }

  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
