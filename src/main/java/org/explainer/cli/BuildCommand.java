package org.explainer.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.explainer.build.BuildOptions;
import org.explainer.build.BuildReport;
import org.explainer.build.Pipeline;
import org.explainer.diagnostic.ContentException;
import org.explainer.files.ConfinedFolder;
import org.explainer.markdown.MarkdownRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code explainer build}: content/ + templates/ → site/. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Builds the site into the output folder.",
      "Validates everything first; on any error nothing is written and the previous site stays as it was."
    })
final class BuildCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin CacheOptions cacheOptions;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "output folder, made to hold exactly this build's files; files whose bytes are unchanged are left alone (default: site/ of the project)")
  Path output;

  @Option(names = "--drafts", description = "include the drafts, marked as such, into the folder given with -o (never site/): a private preview on disk")
  boolean drafts;

  @Option(names = "--strict", description = "fail (exit 1) on warnings too, writing nothing, e.g. a quote not checked against its capture")
  boolean strict;

  private final Supplier<MarkdownRenderer> markdownRenderer;

  /** @param markdownRenderer gives the build its Markdown renderer (see {@link Main#markdownRenderer}) */
  BuildCommand(Supplier<MarkdownRenderer> markdownRenderer) {
    this.markdownRenderer = markdownRenderer;
  }

  @Override
  public Integer call() {
    Reporter reporter = new Reporter(spec.commandLine().getOut(), spec.commandLine().getErr());
    Path published = CommonOptions.home().resolve("site");
    // site/ is what is published: drafts go nowhere near it, even when -o names it, or a folder inside it
    if (drafts && (output == null || ConfinedFolder.realPath(output).startsWith(ConfinedFolder.realPath(published)))) {
      spec.commandLine().getErr().println("--drafts writes drafts that must not be published, so not into site/"
          + (output == null ? "" : " or a folder inside it") + " — give a folder of your own, e.g. --drafts -o /tmp/preview");
      return ExitCodes.USAGE;
    }
    Path out = output != null ? output.toAbsolutePath() : published;
    BuildOptions options = cacheOptions.apply(common.options(out, drafts).withStrict(strict));
    try {
      BuildReport report = new Pipeline(options, common.threads, markdownRenderer).build();
      if (!common.quiet) {
        report.notices().forEach(n -> spec.commandLine().getErr().println("notice: " + n));
        if (common.verbose) {
          reporter.problems(report.warnings());
          reporter.steps(report);
        } else if (!report.warnings().isEmpty()) {
          spec.commandLine().getErr().println(Reporter.count(report.warnings().size(), "warning")
              + " (run './explainer check' or 'build --verbose' to see them)");
        }
        spec.commandLine().getOut().printf("Built %s (%s, %s) into %s in %d ms; %s%n",
            Reporter.count(report.pages(), "page"), Reporter.count(report.articles(), "article"),
            Reporter.count(report.assets(), "asset"), reporter.shown(out), report.millis(),
            report.changedFiles() == 0 ? "no file changed" : Reporter.count(report.changedFiles(), "file") + " changed");
      }
      return ExitCodes.OK;
    } catch (ContentException e) {
      reporter.failed(common.shown(e.problems(), strict), "nothing was written; " + reporter.shown(out) + " is unchanged.");
      return ExitCodes.CONTENT;
    }
  }
}
