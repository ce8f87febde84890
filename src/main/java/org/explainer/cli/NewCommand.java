package org.explainer.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.explainer.content.EntryScaffold;
import org.explainer.yaml.Slugs;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code explainer new "Headline"}: scaffolds a draft entry with every field explained. */
final class NewCommand implements Callable<Integer> {
  final CommandSpec spec = Specs.command(this, "new",
      "Creates content/articles/<date>-<slug>.md from a template that lists every field with a one-line",
      "comment, marked 'draft: true', and prints its path. Never overwrites an existing file.");
  private final PositionalParamSpec headlineParameter = Specs.parameter(spec, "0", "HEADLINE", "the entry's headline, in our own words");
  private final OptionSpec dateOption =
      Specs.option(spec, String.class, "YYYY-MM-DD", "publication date of the source (default: today)", "--date");
  private final OptionSpec outletOption = Specs.option(spec, String.class, "NAME", "the outlet that published the source", "--outlet");
  private final OptionSpec urlOption = Specs.option(spec, String.class, "URL", "the source's address", "--url");
  private final OptionSpec contentOption =
      Specs.option(spec, Path.class, "DIR", "content folder (default: content/ of the project)", "--content");

  @Override
  public Integer call() {
    String headline = headlineParameter.getValue();
    String date = dateOption.getValue();
    String outlet = outletOption.getValue();
    String url = urlOption.getValue();
    Path content = contentOption.getValue();
    var err = spec.commandLine().getErr();
    LocalDate day;
    try {
      day = date == null ? LocalDate.now() : LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      err.println("'" + date + "' is not a date — write it as YYYY-MM-DD, e.g. --date 2024-11-30");
      return ExitCodes.USAGE;
    }
    if (url != null && !url.startsWith("https://") && !url.startsWith("http://")) {
      err.println("'" + url + "' is not an http(s) address — write the full address, starting with https://");
      return ExitCodes.USAGE;
    }
    var slug = Slugs.slugify(headline, EntryScaffold.MAX_SLUG);
    if (slug.isEmpty()) {
      err.println("the headline '" + headline + "' has no letters or digits to make a file name from — write a real headline");
      return ExitCodes.USAGE;
    }
    Path dir = (content != null ? content.toAbsolutePath() : CommonOptions.home().resolve("content")).resolve("articles");
    Path file = dir.resolve(day + "-" + slug.get() + ".md");
    try {
      Files.createDirectories(dir);
      Files.writeString(file, EntryScaffold.text(headline, day, outlet, url), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    } catch (FileAlreadyExistsException e) {
      err.println(new Reporter(spec.commandLine().getOut(), err).shown(file).replaceAll("/$", "")
          + ": the file already exists — edit it, or choose another headline or --date");
      return ExitCodes.CONTENT;
    } catch (IOException e) {
      err.println(file + ": cannot write the file (" + e.getMessage() + ") — check that the folder is writable");
      return ExitCodes.CONTENT;
    }
    spec.commandLine().getOut().println(new Reporter(spec.commandLine().getOut(), err).shown(file).replaceAll("/$", ""));
    return ExitCodes.OK;
  }
}
