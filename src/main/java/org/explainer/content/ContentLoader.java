package org.explainer.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.explainer.concurrent.Workers;
import org.explainer.config.SiteConfig;
import org.explainer.config.SiteConfigReader;
import org.explainer.diagnostic.ContentException;
import org.explainer.diagnostic.Location;
import org.explainer.diagnostic.Problem;
import org.explainer.diagnostic.Problems;
import org.explainer.yaml.Fields;
import org.explainer.yaml.YamlNode;
import org.explainer.yaml.YamlReader;

/**
 * Loads {@code content/} into records: walks the folder in a fixed order, splits front matter, reads
 * YAML with locations and records every problem met on the way. Does no rendering and no reference
 * checks (see {@link ContentValidator}).
 */
public final class ContentLoader {
  private static final Pattern DATE_PREFIX = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}-");

  private final YamlReader yaml = new YamlReader((int) SourceFile.MAX_BYTES);
  private final java.util.Set<String> broken = new java.util.HashSet<>();
  private final java.util.Set<Path> draftFiles = new java.util.HashSet<>();

  /** Entry files marked {@code draft: true}, including those that failed to load. */
  public java.util.Set<Path> draftFiles() {
    return java.util.Set.copyOf(draftFiles);
  }

  private java.util.Set<String> draftSlugs() {
    return draftFiles.stream().map(ContentLoader::slugFromFile).collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  private final java.util.Set<String> unreadable = new java.util.HashSet<>();

  /** What the last {@link #load} could not read; see {@link LoadGaps}. */
  public LoadGaps gaps() {
    return new LoadGaps(java.util.Set.copyOf(broken), draftSlugs(), java.util.Set.copyOf(unreadable));
  }

  /**
   * Loads everything under {@code contentDir}, drafts included; what cannot be read is recorded in
   * {@code problems} and left out.
   *
   * @return the loaded content, not yet validated, or empty when {@code site.yaml} is unusable
   */
  public Optional<Library> load(Path contentDir, Problems problems) {
    try (Workers inOrder = Workers.of(1)) {
      return load(contentDir, problems, inOrder);
    }
  }

  /**
   * Loads everything under {@code contentDir} as {@link #load(Path, Problems)} does, reading the entry
   * and page files on {@code workers}. Each file is read, split and parsed on a worker into its own
   * record and its own list of problems; the results are taken in file order here, in the caller, so
   * the problems, the drafts and the failed entries come out exactly as a sequential load gives them.
   *
   * @return the loaded content, not yet validated, or empty when {@code site.yaml} is unusable
   */
  public Optional<Library> load(Path contentDir, Problems problems, Workers workers) {
    if (!Files.isDirectory(contentDir)) {
      problems.error(Location.of(contentDir), "the content folder does not exist", "run from the project folder or pass --content DIR");
      return Optional.empty();
    }
    Path root = realPath(contentDir);
    // The entry files are read on the workers while this thread reads the shared files; the problems
    // are added in the same order either way: shared files, then entries, then pages.
    Problems entryListing = new Problems();
    List<Path> entryFiles = markdownFiles(root, contentDir.resolve("articles"), entryListing);
    CompletableFuture<List<Parsed<Article>>> entriesRead = workers.start(() -> workers.map(entryFiles, file -> readEntryFile(yaml, file)));
    Optional<SiteConfig> site =
        readYamlFile(root, contentDir.resolve("site.yaml"), problems).map(node -> SiteConfigReader.read(node, problems));
    if (site.isEmpty() || site.get().stances().isEmpty() || site.get().tags().isEmpty()) {
      unreadable.add("site");
    }
    List<Actor> actors = readList(root, contentDir.resolve("actors.yaml"), "an actor", this::actor, problems);
    List<TimelineEvent> timeline =
        readList(root, contentDir.resolve("timeline.yaml"), "a timeline event", this::event, problems);
    List<GlossaryTerm> glossary =
        readList(root, contentDir.resolve("glossary.yaml"), "a glossary term", ContentLoader::term, problems);
    List<Claim> claims = Files.exists(contentDir.resolve("claims.yaml"))
        ? readList(root, contentDir.resolve("claims.yaml"), "a claim", ContentLoader::claim, problems)
        : List.of();
    List<Article> articles = new ArrayList<>();
    problems.addAll(entryListing.all());
    for (Parsed<Article> entry : Workers.join(entriesRead)) {
      problems.addAll(entry.problems());
      if (entry.draft()) {
        draftFiles.add(entry.file());
      }
      if (entry.value() != null) {
        articles.add(entry.value());
      } else {
        broken.add(slugFromFile(entry.file()));
      }
    }
    List<Page> pages = new ArrayList<>();
    List<Path> pageFiles = markdownFiles(root, contentDir.resolve("pages"), problems);
    for (Parsed<Page> page : workers.map(pageFiles, file -> readPageFile(yaml, file))) {
      problems.addAll(page.problems());
      if (page.value() != null) {
        pages.add(page.value());
      }
    }
    if (site.isEmpty()) {
      return Optional.empty();
    }
    articles.sort(Library.NEWEST_FIRST);
    timeline.sort(Comparator.comparing(TimelineEvent::date).thenComparing(TimelineEvent::id));
    glossary.sort(Comparator.comparing((GlossaryTerm t) -> t.term().toLowerCase(Locale.ROOT)).thenComparing(GlossaryTerm::id));
    pages.sort(Comparator.comparingInt(Page::order).thenComparing(Page::slug));
    return Optional.of(new Library(site.get(), List.copyOf(articles), actors, List.copyOf(timeline), List.copyOf(glossary), List.copyOf(pages), List.copyOf(claims)));
  }

  /** A Markdown file's front matter, ready to read, and its body. */
  private record MarkdownDoc(Fields fields, MarkdownSource body) {}

  /**
   * One entry or page file as read on a worker.
   *
   * @param file the file
   * @param value what it holds, or null when it has errors
   * @param draft true when its front matter says {@code draft: true}
   * @param problems the problems met reading it, in the order met
   */
  private record Parsed<T>(Path file, T value, boolean draft, List<Problem> problems) {}

  /** Reads one entry file; touches nothing but its arguments, so it may run on any thread. */
  private static Parsed<Article> readEntryFile(YamlReader yaml, Path file) {
    Problems found = new Problems();
    Optional<MarkdownDoc> doc = markdown(yaml, file, "the front matter", found);
    boolean draft = doc.isPresent() && doc.get().fields().flag("draft", false);
    Article article = doc.map(d -> article(file, d, draft, found)).orElse(null);
    return new Parsed<>(file, article, draft, found.all());
  }

  /** Reads one page file; touches nothing but its arguments, so it may run on any thread. */
  private static Parsed<Page> readPageFile(YamlReader yaml, Path file) {
    Problems found = new Problems();
    Page page = markdown(yaml, file, "the front matter", found).map(doc -> page(file, doc)).orElse(null);
    return new Parsed<>(file, page, false, found.all());
  }

  /**
   * Reads the entry file {@code file} again, as {@link #load} reads it; empty after recording its
   * problems. For the preview server, after an edit of one entry.
   */
  public Optional<Article> readEntry(Path file, Problems problems) {
    Parsed<Article> entry = readEntryFile(yaml, file);
    problems.addAll(entry.problems());
    return Optional.ofNullable(entry.value());
  }

  /**
   * Reads one entry from its text, as if loaded from {@code file}; null when it has errors (recorded in
   * {@code problems}). Used by fuzz tests to reach the loader without touching disk.
   */
  Article readArticle(Path file, String text, Problems problems) {
    return markdownText(yaml, file, text, "the front matter", problems)
        .map(doc -> article(file, doc, doc.fields().flag("draft", false), problems)).orElse(null);
  }

  private static Optional<MarkdownDoc> markdown(YamlReader yaml, Path file, String what, Problems problems) {
    try {
      return markdownText(yaml, file, SourceFile.read(file), what, problems);
    } catch (ContentException e) {
      problems.addAll(e.problems());
      return Optional.empty();
    }
  }

  private static Optional<MarkdownDoc> markdownText(YamlReader yaml, Path file, String text, String what, Problems problems) {
    try {
      FrontMatter split = FrontMatter.split(text, file);
      YamlNode node = yaml.read(split.yaml(), file, split.yamlFirstLine());
      Fields fields = Fields.of(node, what, problems);
      return Optional.of(new MarkdownDoc(fields, new MarkdownSource(split.body(), new Location(file, split.bodyFirstLine(), 1))));
    } catch (ContentException e) {
      problems.addAll(e.problems());
      return Optional.empty();
    }
  }

  private Optional<YamlNode> readYamlFile(Path root, Path file, Problems problems) {
    if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      problems.error(Location.of(file), "the file is missing", "create it; docs/content-model.md describes its fields");
      return Optional.empty();
    }
    if (!confined(root, file, problems)) {
      return Optional.empty();
    }
    try {
      return Optional.of(yaml.read(SourceFile.read(file), file, 1));
    } catch (ContentException e) {
      problems.addAll(e.problems());
      return Optional.empty();
    }
  }

  private <T> List<T> readList(Path root, Path file, String itemWhat, Function<Fields, T> reader, Problems problems) {
    Optional<YamlNode> node = readYamlFile(root, file, problems);
    if (node.isEmpty()) {
      unreadable.add(file.getFileName().toString().replaceFirst("\\.yaml$", ""));
      return new ArrayList<>();
    }
    if (node.get() instanceof YamlNode.Sequence seq) {
      List<T> out = new ArrayList<>();
      for (YamlNode item : seq.items()) {
        Fields fields = Fields.of(item, itemWhat, problems);
        T value = reader.apply(fields);
        fields.finish();
        if (value != null) {
          out.add(value);
        }
      }
      return out;
    }
    if (node.get() instanceof YamlNode.Mapping m && m.entries().isEmpty()) {
      return new ArrayList<>();
    }
    problems.error(node.get().at(), "the file should be a list, not " + node.get().kindName(), "write each item as a '- ' entry at the start of a line");
    return new ArrayList<>();
  }

  private List<Path> markdownFiles(Path root, Path dir, Problems problems) {
    if (!Files.isDirectory(dir)) {
      problems.error(Location.of(dir), "the folder is missing", "create it; docs/content-model.md describes what goes in it");
      return List.of();
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path path : list.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
        String name = path.getFileName().toString();
        if (name.startsWith(".")) {
          continue; // editor and OS files such as .DS_Store
        }
        if (Files.isDirectory(path)) {
          problems.error(Location.of(path), "sub-folders are not read", "move the files in it up into " + dir.getFileName() + "/");
        } else if (!name.endsWith(".md")) {
          problems.error(Location.of(path), "'" + name + "' is not a Markdown file", "entries are '.md' files; rename it or move it out of " + dir.getFileName() + "/");
        } else if (confined(root, path, problems)) {
          files.add(path);
        }
      }
    } catch (IOException e) {
      problems.error(Location.of(dir), "cannot list the folder (" + e.getMessage() + ")", "check its permissions");
    }
    return files;
  }

  private static boolean confined(Path root, Path file, Problems problems) {
    Path real = realPath(file);
    if (!real.startsWith(root)) {
      problems.error(Location.of(file), "the file is a link to " + real + ", outside the content folder", "copy the file into the content folder instead of linking to it");
      return false;
    }
    return true;
  }

  private static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }

  private static String slugFromFile(Path file) {
    String name = file.getFileName().toString();
    return DATE_PREFIX.matcher(name.substring(0, name.length() - ".md".length())).replaceFirst("");
  }

  /** The entry's slug, or null after recording why it is not usable. */
  private static String checkedSlug(Fields f, Path file, Problems problems) {
    String slug = f.optionalText("slug").orElse(slugFromFile(file));
    if (!Fields.ID.matcher(slug).matches()) {
      Location at = f.has("slug") ? f.valueAt("slug") : Location.of(file);
      String fix = f.has("slug") ? "use lowercase letters, digits and single hyphens, e.g. 'slug: "
          + org.explainer.yaml.Slugs.slugify(slug, 60).orElse("my-entry") + "'"
          : "rename the file to lowercase letters, digits and hyphens, e.g. '" + org.explainer.yaml.Slugs.slugify(slug, 60).orElse("my-entry") + ".md'";
      problems.error(at, "the slug '" + slug + "' is not usable in a URL", fix);
      return null;
    }
    return slug;
  }

  /** The entry in {@code doc}, whose {@code draft:} flag has been read already; null when it has errors. */
  private static Article article(Path file, MarkdownDoc doc, boolean draft, Problems problems) {
    Fields f = doc.fields();
    String slug = checkedSlug(f, file, problems);
    String headline = f.text("headline");
    String dek = f.text("dek");
    Article.Source source =
        f.object("source", true, "the source", s -> {
          Article.Source src =
              new Article.Source(
                  s.optionalText("outlet"),
                  s.optionalText("relays"),
                  s.optionalText("headline"),
                  s.optionalText("url"),
                  s.optionalText("language"),
                  s.optionalText("note"),
                  s.optionalText("capture"),
                  f.at("source"));
          src.capture().ifPresent(capture -> {
            if (!capture.matches("[A-Za-z0-9._-]+") || capture.startsWith(".")) {
              s.error("capture", "the capture '" + capture + "' is not a plain file name", "give the name of a file in the sources folder, e.g. '000_a8b63c6d12fffda7.txt'");
            }
          });
          src.url().ifPresent(url -> {
            if (!url.startsWith("https://") && !url.startsWith("http://")) {
              s.error("url", "the source url '" + url + "' is not an http(s) address", "write the full address starting with https://");
            }
          });
          if (src.outlet().isEmpty() && src.note().isEmpty()) {
            s.error("outlet", "the source names no outlet and has no note", "add 'outlet:', or a 'note:' saying why the outlet is unknown");
          }
          return src;
        }).orElse(null);
    FuzzyDate published = f.object("published", true, "the publication date", FuzzyDate::read).orElse(null);
    List<Article.Position> actors =
        f.objectList("actors", true, "an actor's position", a -> {
          var actor = a.ref("id");
          var stance = a.ref("stance");
          String note = a.text("note");
          return actor == null || stance == null ? null : new Article.Position(actor, stance, note);
        });
    List<Article.Quote> quotes =
        f.objectList("quotes", false, "a quote", q -> {
          var speaker = q.ref("speaker");
          String text = q.text("text");
          String context = q.text("context");
          return speaker == null || text.isEmpty() ? null : new Article.Quote(speaker, text, context, q.valueAt("text"));
        });
    var keyPoints = f.locatedTextList("key_points", true);
    var tags = f.refList("tags", true);
    var related = f.refList("related", false);
    f.finish();
    if (source == null || published == null || slug == null) {
      return null;
    }
    Location slugAt = f.has("slug") ? f.valueAt("slug") : Location.of(file);
    return new Article(slug, slugAt, file, headline, dek, source, published, actors, quotes, keyPoints, tags, related, draft, doc.body());
  }

  private static Page page(Path file, MarkdownDoc doc) {
    Fields f = doc.fields();
    String slug = f.optionalText("slug").orElse(file.getFileName().toString().replaceFirst("\\.md$", ""));
    Page page =
        new Page(
            slug,
            file,
            f.text("title"),
            f.text("description"),
            f.flag("home", false),
            f.has("home") ? f.valueAt("home") : Location.of(file),
            f.optionalText("nav"),
            f.integer("order", 50),
            doc.body());
    f.finish();
    return page;
  }

  private Actor actor(Fields f) {
    String id = f.id("id");
    String name = f.text("name");
    List<String> variants = f.textList("variants", false);
    String kindText = f.text("kind");
    String role = f.text("role");
    Optional<String> affiliation = f.optionalText("affiliation");
    Optional<String> description = f.optionalText("description");
    Actor.Kind kind = null;
    if (!kindText.isEmpty()) {
      try {
        kind = Actor.Kind.valueOf(kindText.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        f.error("kind", "unknown kind '" + kindText + "'", "use one of: person, institution, group, country");
      }
    }
    if (kind == null) {
      broken.add(id);
      return null;
    }
    return new Actor(id, name, variants, kind, role, affiliation, description, f.at());
  }

  private TimelineEvent event(Fields f) {
    String id = f.id("id");
    FuzzyDate date = FuzzyDate.read(f);
    Optional<LocalDate> end = f.optionalText("end").flatMap(text -> {
      try {
        return Optional.of(LocalDate.parse(text));
      } catch (DateTimeException e) {
        f.error("end", "'" + text + "' is not a date", "write the last day as YYYY-MM-DD");
        return Optional.empty();
      }
    });
    String title = f.text("title");
    String description = f.text("description");
    var articles = f.refList("articles", false);
    List<String> context = f.textList("context", false);
    var actors = f.refList("actors", false);
    if (articles.isEmpty() && context.isEmpty()) {
      f.error("title", "the event '" + id + "' cites no source", "add 'articles:' with the entries that report it, or 'context:' naming where it was reported");
    }
    if (date != null && end.isPresent() && !end.get().isAfter(date.start())) {
      f.error("end", "the event ends (" + end.get() + ") before or on the day it starts (" + date.written() + ")", "give the last day of the event, or remove 'end:'");
    }
    if (date == null) {
      broken.add(id);
      return null;
    }
    return new TimelineEvent(id, date, end, title, description, articles, context, actors, f.at());
  }

  private static Claim claim(Fields f) {
    return new Claim(f.id("id"), f.text("claim"), f.refList("articles", true), f.at());
  }

  private static GlossaryTerm term(Fields f) {
    String id = f.id("id");
    String term = f.text("term");
    List<String> variants = f.textList("variants", false);
    String definition = f.text("definition");
    Location definitionAt = f.at("definition");
    var articles = f.refList("articles", false);
    List<String> context = f.textList("context", false);
    var related = f.refList("related", false);
    return new GlossaryTerm(id, term, variants, new MarkdownSource(definition, definitionAt.shiftLines(0)), articles, context, related, f.at());
  }
}
