package org.explainer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.explainer.config.SiteConfig;
import org.explainer.content.ContentLoader;
import org.explainer.diagnostic.ContentException;
import org.explainer.diagnostic.Problems;
import org.explainer.provenance.Captures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code explainer capture FILE --as NAME}: brings a plain-text capture of a source article into the sources folder. */
@Command(
    name = "capture",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Brings a plain-text capture of a source article into the sources folder.",
      "Copies FILE there ('sources:' in site.yaml, or --sources DIR) and prints its SHA-256. Never overwrites a different file of"
          + " the same name: quotes were checked against it."
    })
final class CaptureCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "the capture: the article's text, saved as UTF-8 plain text")
  Path file;

  @Option(names = "--as", paramLabel = "NAME", description = "its file name in the sources folder (default: FILE's name)")
  String name;

  @Option(names = "--content", paramLabel = "DIR", description = "content folder (default: content/ of the project)")
  Path content;

  @Option(names = "--sources", paramLabel = "DIR", description = "the sources folder (default: 'sources:' in site.yaml)")
  Path sources;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Reporter reporter = new Reporter(out, spec.commandLine().getErr());
    Path contentDir = content != null ? content.toAbsolutePath() : CommonOptions.home().resolve("content");
    String as = name != null ? name : file.getFileName().toString();
    if (!Captures.isPlainName(as)) {
      // a bad value of an option (or of FILE's name, which stands for it): a usage error, as a bad --slug is for 'new'
      spec.commandLine().getErr().println("'" + as + "' is not a plain file name for a capture"
          + " — name it with letters, digits, '.', '_' and '-', e.g. --as 005_newsx-sybiha.txt");
      return ExitCodes.USAGE;
    }
    try {
      List<String> notices = new ArrayList<>();
      Optional<SiteConfig> site = sources != null ? Optional.empty() : Optional.of(siteConfig(contentDir));
      Optional<Path> folder = sources != null ? Optional.of(sources.toAbsolutePath().normalize())
          : Captures.folder(Optional.empty(), site.get(), contentDir, notices);
      Optional<String> configured = site.flatMap(SiteConfig::sources);
      if (folder.isEmpty() && configured.isPresent()) {
        Path missing = Captures.configuredFolder(contentDir, configured.get());
        spec.commandLine().getErr().println("the sources folder " + missing + " (set by 'sources:' in "
            + reporter.shownFile(contentDir.resolve("site.yaml")) + ") is not here — create it (mkdir -p " + missing
            + ") to keep the captures there, or pass --sources DIR");
        return ExitCodes.CONTENT;
      }
      if (folder.isEmpty()) {
        spec.commandLine().getErr().println("there is no sources folder to copy the capture into — set 'sources:' in "
            + reporter.shownFile(contentDir.resolve("site.yaml")) + " or pass --sources DIR");
        return ExitCodes.CONTENT;
      }
      Captures.Added added = Captures.add(file.toAbsolutePath(), as, folder.get());
      out.printf("%s %s (SHA-256 %s)%n", added.alreadyThere() ? "Already there, the same bytes:" : "Added", reporter.shownFile(added.file()),
          added.sha256());
      out.printf("Name it in the entry, under 'source:': capture: \"%s\"%n", as);
      return ExitCodes.OK;
    } catch (ContentException e) {
      reporter.failed(e.problems(), "nothing was copied.");
      return ExitCodes.CONTENT;
    }
  }

  /** The site's configuration, for its sources folder. */
  private static SiteConfig siteConfig(Path contentDir) {
    Problems problems = new Problems();
    Optional<SiteConfig> site = new ContentLoader().readSite(contentDir, problems);
    problems.throwIfErrors();
    return site.orElseThrow(() -> new ContentException(problems.sorted()));
  }
}
