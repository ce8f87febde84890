package org.explainer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import org.explainer.content.Article;
import org.explainer.content.ContentLoader;
import org.explainer.content.Library;
import org.explainer.diagnostic.Problem;
import org.explainer.diagnostic.Problems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code explainer list}: every entry, newest first, with its date, status and headline. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Lists the entries, newest first: date, slug, whether each is published or a draft, and its headline.",
      "Entries whose front matter cannot be read are listed last, with their file; 'check' says what is wrong."
    })
final class ListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--content", paramLabel = "DIR", description = "content folder (default: content/ of the project)")
  Path content;

  @Option(names = "--drafts", description = "list the drafts only")
  boolean draftsOnly;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Reporter reporter = new Reporter(out, spec.commandLine().getErr());
    Path contentDir = content != null ? content.toAbsolutePath() : CommonOptions.home().resolve("content");
    Problems problems = new Problems();
    ContentLoader loader = new ContentLoader();
    Optional<Library> library = loader.load(contentDir, problems);
    if (library.isEmpty()) {
      reporter.failed(problems.sorted(), "nothing to list.");
      return ExitCodes.CONTENT;
    }
    Set<Path> drafts = loader.draftFiles();
    List<Article> listed = library.get().articles().stream().filter(a -> !draftsOnly || a.draft())
        .sorted(Library.NEWEST_FIRST).toList();
    int slugWidth = listed.stream().mapToInt(a -> a.slug().length()).max().orElse(4);
    for (Article a : listed) {
      out.printf("%-10s  %-" + slugWidth + "s  %-9s  %s%n", a.published().iso(), a.slug(), a.draft() ? "draft" : "published", a.headline());
    }
    // an entry read with problems of its own (a fresh scaffold's empty fields) is listed above; only a
    // file that gave no entry could not be read
    Set<Path> read = library.get().articles().stream().map(Article::file).collect(Collectors.toSet());
    List<Path> unreadable = problems.all().stream().filter(Problem::isError).map(p -> p.at().file())
        .filter(file -> file.toString().endsWith(".md") && !read.contains(file) && (!draftsOnly || drafts.contains(file))).distinct()
        .sorted(Comparator.naturalOrder()).toList();
    unreadable.forEach(file -> out.printf("%-10s  %-" + slugWidth + "s  %-9s  %s%n", "?", "?", "unreadable", reporter.shownFile(file)));
    long draftCount = listed.stream().filter(Article::draft).count();
    out.printf("%s (%d published, %s)%s%n", listed.size() + (listed.size() == 1 ? " entry" : " entries"),
        listed.size() - draftCount, Reporter.count(draftCount, "draft"),
        unreadable.isEmpty() ? "" : "; " + Reporter.count(unreadable.size(), "file") + " could not be read: run './explainer check'");
    return ExitCodes.OK;
  }
}
