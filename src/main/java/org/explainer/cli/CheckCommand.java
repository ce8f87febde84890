package org.explainer.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.explainer.build.BuildOptions;
import org.explainer.build.BuildReport;
import org.explainer.build.Pipeline;
import org.explainer.diagnostic.ContentException;
import org.explainer.diagnostic.Problem;
import org.explainer.markdown.MarkdownRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code explainer check}: everything {@code build} checks, writing no page (only the content's records of the checks). */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Checks everything a build would and reports every problem at once; writes no page.",
      "Loads, validates and renders the whole site in memory; problems are grouped by file, each as"
          + " path:line:column: problem — fix. Warnings (a draft left out, an entry without quotes, a quote"
          + " not checked against its capture) do not fail the check unless --strict."
          + " Like build, it keeps two files of content/ up to date when they change: evidence.json (the record"
          + " of the quote checks against the captures) and schema/ids.schema.json (the ids editors complete);"
          + " commit them with your content. It reads and keeps the build cache as build does (entries as"
          + " read, share cards, rendered summaries), so a check after a build redoes none of that work;"
          + " with nothing changed since the last build (of site/ or any --output folder), it tells that"
          + " build's report again, and after an edit of entries' summaries alone since then it renders only"
          + " the pages that show them."
    })
final class CheckCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format { text, json }

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin CacheOptions cacheOptions;

  @Option(names = "--strict", description = "fail (exit 1) on warnings too")
  boolean strict;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json (on standard output, for editor plugins and CI)")
  Format format = Format.text;

  private final Supplier<MarkdownRenderer> markdownRenderer;

  /** @param markdownRenderer gives the build its Markdown renderer (see {@link Main#markdownRenderer}) */
  CheckCommand(Supplier<MarkdownRenderer> markdownRenderer) {
    this.markdownRenderer = markdownRenderer;
  }

  @Override
  public Integer call() {
    Reporter reporter = new Reporter(spec.commandLine().getOut(), spec.commandLine().getErr());
    BuildOptions options = cacheOptions.apply(common.options(CommonOptions.home().resolve("site"), false));
    List<Problem> problems;
    BuildReport report = null;
    try {
      report = new Pipeline(options, common.threads, markdownRenderer).check();
      problems = report.warnings();
    } catch (ContentException e) {
      problems = e.problems();
    }
    boolean failed = report == null || (strict && !problems.isEmpty());
    if (format == Format.json) {
      reporter.json(problems, !failed);
      return failed ? ExitCodes.CONTENT : ExitCodes.OK;
    }
    if (!common.quiet && report != null) {
      report.notices().forEach(n -> spec.commandLine().getErr().println("notice: " + n));
    }
    List<Problem> shown = common.shown(problems, strict);
    if (!common.quiet || failed) {
      reporter.problems(shown);
    }
    if (failed) {
      spec.commandLine().getErr().println(Reporter.tally(shown) + "; "
          + (shown.stream().filter(Problem::isError).count() + (strict ? shown.size() : 0) == 1 ? "fix it" : "fix them")
          + " and run 'explainer check' again.");
      return ExitCodes.CONTENT;
    }
    if (!common.quiet) {
      if (common.verbose) {
        reporter.steps(report);
      }
      spec.commandLine().getOut().printf("No errors%s: %s and %s would be built (%d ms)%n",
          problems.isEmpty() ? "" : " (" + Reporter.count(problems.size(), "warning") + ")",
          Reporter.count(report.pages(), "page"), Reporter.count(report.articles(), "article"), report.millis());
    }
    return ExitCodes.OK;
  }
}
