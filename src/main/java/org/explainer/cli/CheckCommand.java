package org.explainer.cli;

import java.util.concurrent.Callable;
import org.explainer.build.BuildOptions;
import org.explainer.build.BuildReport;
import org.explainer.build.Pipeline;
import org.explainer.diagnostic.ContentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code explainer check}: everything {@code build} checks, without writing anything. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Loads, validates and renders everything in memory, and reports every problem at once.",
      "Writes nothing."
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Override
  public Integer call() {
    Reporter reporter = new Reporter(spec.commandLine().getOut(), spec.commandLine().getErr());
    BuildOptions options = new BuildOptions(common.contentDir(), common.templatesDir(), CommonOptions.home().resolve("site"), false);
    try {
      BuildReport report = new Pipeline(options).check();
      if (!common.quiet) {
        reporter.problems(report.warnings());
        if (common.verbose) {
          reporter.steps(report);
        }
        spec.commandLine().getOut().printf("No errors: %s and %s would be built (%d ms)%n",
            Reporter.count(report.pages(), "page"), Reporter.count(report.articles(), "article"), report.millis());
      }
      return ExitCodes.OK;
    } catch (ContentException e) {
      reporter.failed(e.problems(), (e.problems().stream().filter(org.explainer.diagnostic.Problem::isError).count() == 1 ? "fix it" : "fix them") + " and run 'explainer check' again.");
      return ExitCodes.CONTENT;
    }
  }
}
