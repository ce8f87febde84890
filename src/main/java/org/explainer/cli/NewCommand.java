package org.explainer.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.explainer.content.Actor;
import org.explainer.content.ActorScaffold;
import org.explainer.content.Article;
import org.explainer.content.ContentLoader;
import org.explainer.content.EntryScaffold;
import org.explainer.content.Library;
import org.explainer.content.TranslationLoader;
import org.explainer.content.TranslationScaffold;
import org.explainer.diagnostic.DidYouMean;
import org.explainer.diagnostic.Problems;
import org.explainer.yaml.Fields;
import org.explainer.yaml.Slugs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code explainer new "Headline"}: scaffolds a draft entry with every field explained; {@code explainer
 * new --actor NAME} adds an actor; {@code explainer new --translate ENTRY --lang uk} starts the
 * translation of an entry. Each of the three is a command of its own: the options of one are refused with another.
 */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    customSynopsis = {
      "explainer new [--date=YYYY-MM-DD] [--outlet=NAME] [--url=URL]",
      "                     [--slug=SLUG] [--content=DIR] HEADLINE",
      "   or: explainer new --actor=NAME --role=ROLE [--kind=KIND] [--content=DIR]",
      "   or: explainer new --translate=ENTRY --lang=LANG [--content=DIR]",
      "                     [--templates=DIR]",
      "   or: explainer new (-h | -V)"
    },
    description = {
      "Scaffolds a draft entry, an actor or a translation, every field explained.",
      "Each of the three has its own options, which the other two refuse.",
      "Creates content/articles/<date>-<slug>.md from a template that lists the fields with a one-line"
          + " comment, marked 'draft: true', and prints its path. Never overwrites an existing file.",
      "The slug is made from the headline, its letters written in Latin ones (Cyrillic as Ukrainian),"
          + " unless --slug gives it; a slug another entry has is refused.",
      "With --actor NAME --role ROLE: adds the actor to the actors file (content/actors.yaml).",
      "With --translate ENTRY --lang LANG: starts a translation of an existing entry"
          + " (content/LANG/articles/<file>.md), its text in English to write over; LANG is a language other"
          + " than the original's, one whose interface messages the templates have: templates/messages/LANG.properties."
    })
final class NewCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "HEADLINE", description = "the entry's headline, in our own words")
  String headline;

  @Option(names = "--actor", paramLabel = "NAME", description = "add an actor with this canonical name to content/actors.yaml")
  String actor;

  @Option(names = "--kind", paramLabel = "KIND", description = "with --actor: person (default), institution, group or country")
  Actor.Kind kind = Actor.Kind.PERSON;

  @Option(names = "--role", paramLabel = "ROLE", description = "with --actor (required there): the actor's role at the time, in a short phrase")
  String role;

  @Option(names = "--translate", paramLabel = "ENTRY", description = "start a translation of this entry (its slug or file name)")
  String translate;

  @Option(names = "--lang", paramLabel = "LANG", description = "with --translate: the language, e.g. uk")
  String lang;

  @Option(names = "--templates", paramLabel = "DIR",
      description = "with --translate: templates folder, whose messages/ hold the languages (default: templates/ of the project)")
  Path templates;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "with HEADLINE: publication date of the source (default: today)")
  String date;

  @Option(names = "--outlet", paramLabel = "NAME", description = "with HEADLINE: the outlet that published the source")
  String outlet;

  @Option(names = "--url", paramLabel = "URL", description = "with HEADLINE: the source's address")
  String url;

  @Option(names = "--slug", paramLabel = "SLUG",
      description = "with HEADLINE: the entry's slug, its name in the file name and the address (default: made from the headline)")
  String slug;

  @Option(names = "--content", paramLabel = "DIR", description = "content folder (default: content/ of the project)")
  Path content;

  /** What a {@code new} command makes: what asks for it, its task in a message, and the command for it. */
  private enum Form {
    ENTRY("a headline", "make the entry", "./explainer new \"HEADLINE\""),
    ACTOR("--actor", "add the actor", "./explainer new --actor NAME --role ROLE"),
    TRANSLATION("--translate", "start the translation", "./explainer new --translate ENTRY --lang LANG");

    final String askedBy;
    final String task;
    final String command;

    Form(String askedBy, String task, String command) {
      this.askedBy = askedBy;
      this.task = task;
      this.command = command;
    }
  }

  /** The options that belong to one form; --content goes with every form. */
  private static final Map<String, Form> OWNERS = Map.of("--date", Form.ENTRY, "--outlet", Form.ENTRY, "--url", Form.ENTRY,
      "--slug", Form.ENTRY, "--kind", Form.ACTOR, "--role", Form.ACTOR, "--lang", Form.TRANSLATION, "--templates", Form.TRANSLATION);

  @Override
  public Integer call() {
    var err = spec.commandLine().getErr();
    Optional<String> mixed = mixedForms();
    if (mixed.isPresent()) {
      err.println(mixed.get());
      return ExitCodes.USAGE;
    }
    if (actor != null) {
      return newActor();
    }
    if (translate != null) {
      return newTranslation();
    }
    if (headline == null) {
      err.println("Missing required parameter: 'HEADLINE' — write the entry's headline in quotes, e.g. ./explainer new \"Sybiha asks allies for an invitation\"");
      spec.commandLine().usage(err);
      return ExitCodes.USAGE;
    }
    LocalDate today = LocalDate.now();
    LocalDate day;
    try {
      day = date == null ? today : LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      err.println("'" + date + "' is not a date — write it as YYYY-MM-DD, e.g. --date 2024-11-30");
      return ExitCodes.USAGE;
    }
    if (url != null && !url.startsWith("https://") && !url.startsWith("http://")) {
      err.println("'" + url + "' is not an http(s) address — write the full address, starting with https://");
      return ExitCodes.USAGE;
    }
    if (slug != null && (slug.length() > EntryScaffold.MAX_SLUG || !Fields.ID.matcher(slug).matches())) {
      err.println("'" + slug + "' is not usable as a slug — use at most " + EntryScaffold.MAX_SLUG
          + " lowercase letters, digits and single hyphens, e.g. --slug " + Slugs.slugify(slug, EntryScaffold.MAX_SLUG).orElse("sybiha-invitation"));
      return ExitCodes.USAGE;
    }
    Optional<String> entrySlug = slug != null ? Optional.of(slug) : Slugs.slugify(headline, EntryScaffold.MAX_SLUG);
    if (entrySlug.isEmpty()) {
      err.println("the headline '" + headline + "' has no letters or digits to make a file name from, even in Latin letters"
          + " — write a real headline, or give the file its slug with --slug, e.g. --slug sybiha-asks-allies-for-an-invitation");
      return ExitCodes.USAGE;
    }
    Path contentDir = content != null ? content.toAbsolutePath() : CommonOptions.home().resolve("content");
    Path dir = contentDir.resolve("articles");
    Path file = dir.resolve(day + "-" + entrySlug.get() + ".md");
    Optional<Path> holder = entryWithSlug(contentDir, entrySlug.get(), file);
    if (holder.isPresent()) {
      err.println("the slug '" + entrySlug.get() + "' is already used by " + new Reporter(spec.commandLine().getOut(), err).shownFile(holder.get())
          + " — give the new entry another headline, or a slug of its own with --slug");
      return ExitCodes.CONTENT;
    }
    try {
      Files.createDirectories(dir);
      Files.writeString(file, EntryScaffold.text(headline, day, day.isAfter(today) ? day : today, outlet, url), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    } catch (FileAlreadyExistsException e) {
      err.println(new Reporter(spec.commandLine().getOut(), err).shownFile(file)
          + ": the file already exists — edit it, or choose another headline or --date");
      return ExitCodes.CONTENT;
    } catch (IOException e) {
      err.println(file + ": cannot write the file (" + e.getMessage() + ") — check that the folder is writable");
      return ExitCodes.CONTENT;
    }
    spec.commandLine().getOut().println(new Reporter(spec.commandLine().getOut(), err).shownFile(file));
    return ExitCodes.OK;
  }

  /**
   * Why the arguments are refused, if they ask for more than one form (a headline with --actor) or give
   * one form the options of another (--date with --actor): the first of those the command line has.
   */
  private Optional<String> mixedForms() {
    List<Form> asked = new ArrayList<>();
    if (headline != null) {
      asked.add(Form.ENTRY);
    }
    if (actor != null) {
      asked.add(Form.ACTOR);
    }
    if (translate != null) {
      asked.add(Form.TRANSLATION);
    }
    if (asked.size() > 1) {
      Form first = asked.get(0);
      Form second = asked.get(1);
      return Optional.of(first.askedBy + " and " + second.askedBy + " ask for two things — " + first.task + " and " + second.task
          + " with two commands: " + first.command + ", then " + second.command);
    }
    Form form = asked.isEmpty() ? Form.ENTRY : asked.get(0);
    for (OptionSpec option : spec.commandLine().getParseResult().matchedOptions()) {
      Form owner = OWNERS.get(option.longestName());
      if (owner != null && owner != form) {
        return Optional.of(asked.isEmpty()
            ? option.longestName() + " goes with " + owner.askedBy + ": " + owner.command
            : option.longestName() + " goes with " + owner.askedBy + ", not with " + form.askedBy + " — leave it out, or "
                + owner.task + " with a command of its own: " + owner.command);
      }
    }
    return Optional.empty();
  }

  /**
   * The entry file, other than {@code file}, whose slug is {@code slug}: its 'slug:' line's, or for an
   * entry without one or that does not load, its file name's. Drafts count, as the build's check of
   * unique slugs counts them.
   */
  private static Optional<Path> entryWithSlug(Path contentDir, String slug, Path file) {
    Path dir = contentDir.resolve("articles");
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    Map<Path, String> loaded = new HashMap<>();
    new ContentLoader().load(contentDir, new Problems())
        .ifPresent(library -> library.articles().forEach(a -> loaded.put(a.file().getFileName(), a.slug())));
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".md") && !p.getFileName().toString().startsWith("."))
          .filter(p -> !p.getFileName().equals(file.getFileName()))
          .filter(p -> slug.equals(loaded.getOrDefault(p.getFileName(), ContentLoader.slugFromFile(p))))
          .sorted().findFirst();
    } catch (IOException e) {
      return Optional.empty(); // the write that follows fails too, and says why
    }
  }

  /** Appends the actor's scaffold to actors.yaml, unless its id is taken. */
  private Integer newActor() {
    var err = spec.commandLine().getErr();
    Reporter reporter = new Reporter(spec.commandLine().getOut(), err);
    var id = Slugs.slugify(actor, 40);
    if (id.isEmpty()) {
      err.println("the name '" + actor + "' has no letters or digits to make an id from, even in Latin letters — write the actor's full name");
      return ExitCodes.USAGE;
    }
    if (role == null || role.isBlank()) {
      err.println("an actor needs a role — add it in a short phrase, e.g. --role \"Foreign Minister of Ukraine\"");
      return ExitCodes.USAGE;
    }
    Path file = (content != null ? content.toAbsolutePath() : CommonOptions.home().resolve("content")).resolve("actors.yaml");
    try {
      String actors = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
      if (ActorScaffold.defines(actors, id.get())) {
        err.println(reporter.shownFile(file) + ": the actor '" + id.get() + "' is already there — use its id, or add the name as a variant of it");
        return ExitCodes.CONTENT;
      }
      Optional<String> holder = ActorScaffold.goingBy(actors, actor);
      if (holder.isPresent()) {
        err.println(reporter.shownFile(file) + ": the actor '" + holder.get() + "' already goes by the name '" + actor.strip()
            + "' — use its id '" + holder.get() + "' in entries instead of adding the same person again");
        return ExitCodes.CONTENT;
      }
      Files.writeString(file, (actors.isEmpty() || actors.endsWith("\n") ? "" : "\n") + ActorScaffold.text(id.get(), actor, kind, role),
          StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      err.println(file + ": cannot write the file (" + e.getMessage() + ") — check that it is writable");
      return ExitCodes.CONTENT;
    }
    spec.commandLine().getOut().println("Added the actor '" + id.get() + "' to " + reporter.shownFile(file));
    return ExitCodes.OK;
  }

  /**
   * Why {@code lang} cannot be translated into, if it cannot: it is the original's language, or the
   * templates have no interface messages for it ({@code templates/messages/<lang>.properties}), which
   * every page of a translation needs.
   */
  private Optional<String> refusedLanguage(String original) {
    List<String> languages = translationLanguages(original);
    String them = String.join(", ", languages);
    if (lang.equals(original)) {
      return Optional.of("'" + lang + "' is the language of the original, not of a translation — " + (languages.isEmpty()
          ? "add the interface messages of the translation's language first: copy templates/messages/" + original
              + ".properties to <language>.properties and translate its values"
          : "translate into a language that has interface messages (" + them + ")"));
    }
    if (!languages.contains(lang)) {
      return Optional.of("there are no interface messages for '" + lang + "' — "
          + (languages.isEmpty() ? "" : "translate into a language that has them (" + them + "), or ")
          + "add templates/messages/" + lang + ".properties first: copy " + original + ".properties and translate its values");
    }
    return Optional.empty();
  }

  /** The languages the templates have interface messages for, but {@code original}, sorted. */
  private List<String> translationLanguages(String original) {
    Path messages = (templates != null ? templates.toAbsolutePath() : CommonOptions.home().resolve("templates")).resolve("messages");
    if (!Files.isDirectory(messages)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(messages)) {
      return files.map(p -> p.getFileName().toString()).filter(name -> name.endsWith(".properties"))
          .map(name -> name.substring(0, name.length() - ".properties".length()))
          .filter(name -> TranslationLoader.isLanguage(name) && !name.equals(original)).sorted().toList();
    } catch (IOException e) {
      return List.of(); // then every language is refused, each with the file to add
    }
  }

  /** Writes the start of the translation of the entry {@code translate} into {@code lang}. */
  private Integer newTranslation() {
    var err = spec.commandLine().getErr();
    Reporter reporter = new Reporter(spec.commandLine().getOut(), err);
    if (lang == null || !TranslationLoader.isLanguage(lang)) {
      err.println((lang == null ? "--translate needs --lang" : "'" + lang + "' is not a language tag")
          + " — give the language to translate into, e.g. --lang uk");
      return ExitCodes.USAGE;
    }
    Path dir = content != null ? content.toAbsolutePath() : CommonOptions.home().resolve("content");
    Problems problems = new Problems();
    Optional<Library> library = new ContentLoader().load(dir, problems);
    Optional<String> refusal = library.flatMap(l -> refusedLanguage(l.site().language()));
    if (refusal.isPresent()) {
      err.println(refusal.get());
      return ExitCodes.USAGE;
    }
    String fileName = translate.substring(translate.lastIndexOf('/') + 1);
    List<Article> articles = library.map(Library::articles).orElse(List.of());
    Optional<Article> entry = articles.stream()
        .filter(a -> a.slug().equals(translate) || a.file().getFileName().toString().equals(fileName))
        .findFirst();
    if (entry.isEmpty()) {
      String typed = fileName.replaceFirst("\\.md$", "").replaceFirst("^\\d{4}-\\d{2}-\\d{2}-", "");
      List<String> near = DidYouMean.byWords(typed, articles.stream().map(Article::slug).toList());
      err.println("there is no entry '" + translate + "' in " + reporter.shownFile(dir.resolve("articles")) + " — "
          + (near.isEmpty() ? "give the slug or the file name of an entry; './explainer list' shows them"
              : "did you mean " + (near.size() == 1 ? "" : "one of ") + near.stream().map(name -> "'" + name + "'").collect(Collectors.joining(", "))
                  + "? give the slug or the file name of an entry"));
      return ExitCodes.CONTENT;
    }
    Path file = dir.resolve(lang).resolve("articles").resolve(entry.get().file().getFileName().toString());
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, TranslationScaffold.text(entry.get(), lang), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    } catch (FileAlreadyExistsException e) {
      err.println(reporter.shownFile(file) + ": the translation already exists — edit it");
      return ExitCodes.CONTENT;
    } catch (IOException e) {
      err.println(file + ": cannot write the file (" + e.getMessage() + ") — check that the folder is writable");
      return ExitCodes.CONTENT;
    }
    spec.commandLine().getOut().println(reporter.shownFile(file));
    return ExitCodes.OK;
  }
}
