package org.explainer.content;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.explainer.cache.BuildCache;
import org.explainer.cache.RecordCodec;
import org.explainer.concurrent.Workers;
import org.explainer.config.SiteConfig;
import org.explainer.diagnostic.ContentException;
import org.explainer.diagnostic.Location;
import org.explainer.diagnostic.Problem;
import org.explainer.diagnostic.Problems;
import org.explainer.files.ConfinedFolder;
import org.explainer.yaml.Fields;
import org.explainer.yaml.RecordReader;
import org.explainer.yaml.Slugs;
import org.explainer.yaml.YamlNode;
import org.explainer.yaml.YamlReader;

/**
 * Loads {@code content/} into records: walks the folder in a fixed order, splits front matter, reads
 * YAML with locations and records every problem met on the way. Does no rendering and no reference
 * checks (see {@link ContentValidator}).
 */
public final class ContentLoader {
  private static final Pattern DATE_PREFIX = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}-");

  /** The kind of result entries, as read from their files, are in the build cache. */
  public static final String CACHE = "entries";

  private final YamlReader yaml = new YamlReader((int) SourceFile.MAX_BYTES);
  private final BuildCache cache;
  private final Map<String, String> known;
  /** The SHA-256 of each entry file read from the cache or hashed, by the file. */
  private final Map<Path, String> hashes = new ConcurrentHashMap<>();
  private final RecordCodec codec = new RecordCodec();
  private final Set<String> broken = new HashSet<>();
  private final Set<Path> draftFiles = new HashSet<>();
  private final Set<Path> unloadedFiles = new HashSet<>();

  /** A loader that reads every file. */
  public ContentLoader() {
    this(BuildCache.none());
  }

  /**
   * A loader that keeps each entry file as read (the entry, whether it is a draft, and the problems met
   * reading it) in {@code cache}, under the fingerprint of the file's path as given and its bytes: an
   * entry file read before is not parsed again.
   */
  public ContentLoader(BuildCache cache) {
    this(cache, Map.of());
  }

  /**
   * As {@link #ContentLoader(BuildCache)}, with the SHA-256 (in hex) of content files whose bytes are
   * known already, by their path in the content folder with '/' between names ({@code articles/x.md}):
   * the build stamp's, from a listing that found every file of the folder a plain file, none a link. An
   * entry file among them that the cache keeps is taken from the cache without being read; any other is
   * read and hashed.
   */
  public ContentLoader(BuildCache cache, Map<String, String> known) {
    this.cache = cache;
    this.known = Map.copyOf(known);
  }

  /**
   * The SHA-256 of the bytes each entry file had when it was read (or, for a file the cache kept, when
   * the hash given as {@link #ContentLoader(BuildCache, Map) known} was taken), by the file; only with a
   * cache, whose keys they are.
   */
  public Map<Path, String> entryHashes() {
    return Map.copyOf(hashes);
  }

  /** Entry files marked {@code draft: true}, including those that failed to load. */
  public Set<Path> draftFiles() {
    return Set.copyOf(draftFiles);
  }

  /** The entry and page files the last {@link #load} found but could not read into an entry or a page, for their errors. */
  public Set<Path> unloadedFiles() {
    return Set.copyOf(unloadedFiles);
  }

  private Set<String> draftSlugs() {
    return draftFiles.stream().map(ContentLoader::slugFromFile).collect(Collectors.toUnmodifiableSet());
  }

  private final Set<String> unreadable = new HashSet<>();

  private final List<EntryReferences> unread = new ArrayList<>();

  /** What the last {@link #load} could not read; see {@link LoadGaps}. */
  public LoadGaps gaps() {
    return new LoadGaps(Set.copyOf(broken), draftSlugs(), Set.copyOf(unreadable), List.copyOf(unread));
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
    ConfinedFolder root = SourceFile.contentFolder(contentDir);
    // The entry files are read on the workers while this thread reads the shared files; the problems
    // are added in the same order either way: shared files, then entries, then pages.
    Problems entryListing = new Problems();
    // a file the stamp's listing found a plain file, in a folder with no link, is not looked at again
    Predicate<Path> listed = file -> known.containsKey(contentDir.relativize(file).toString().replace('\\', '/'));
    List<Path> entryFiles = markdownFiles(root, contentDir.resolve("articles"), entryListing, listed);
    CompletableFuture<List<Parsed<Article>>> entriesRead = workers.start(() -> workers.map(entryFiles, file -> readEntryFile(root, contentDir, file)));
    Optional<SiteConfig> site = readSite(root, contentDir, problems);
    if (site.isEmpty() || site.get().stances().isEmpty() || site.get().tags().isEmpty()) {
      unreadable.add("site");
    }
    List<Actor> actors = readList(root, contentDir.resolve("actors.yaml"), "an actor", f -> item(f, Actor.class), problems);
    List<TimelineEvent> timeline =
        readList(root, contentDir.resolve("timeline.yaml"), "a timeline event", f -> item(f, TimelineEvent.class), problems);
    List<GlossaryTerm> glossary =
        readList(root, contentDir.resolve("glossary.yaml"), "a glossary term", f -> item(f, GlossaryTerm.class), problems);
    List<Claim> claims = optionalList(root, contentDir.resolve("claims.yaml"), "a claim", Claim.class, problems);
    List<ContextSource> context = optionalList(root, contentDir.resolve("context.yaml"), "a context source", ContextSource.class, problems);
    List<Position> positions = optionalList(root, contentDir.resolve("positions.yaml"), "a position", Position.class, problems);
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
        unloadedFiles.add(entry.file());
        if (entry.references() != null) {
          unread.add(entry.references());
        }
      }
    }
    List<Page> pages = new ArrayList<>();
    List<Path> pageFiles = markdownFiles(root, contentDir.resolve("pages"), problems);
    for (Parsed<Page> page : workers.map(pageFiles, file -> readPageFile(yaml, root, file))) {
      problems.addAll(page.problems());
      if (page.value() != null) {
        pages.add(page.value());
      } else {
        unloadedFiles.add(page.file());
      }
    }
    if (site.isEmpty()) {
      return Optional.empty();
    }
    articles.sort(Library.NEWEST_FIRST);
    timeline.sort(Comparator.comparing(TimelineEvent::date).thenComparing(TimelineEvent::id));
    glossary.sort(Comparator.comparing((GlossaryTerm t) -> t.term().toLowerCase(Locale.ROOT)).thenComparing(GlossaryTerm::id));
    pages.sort(Comparator.comparingInt(Page::order).thenComparing(Page::slug));
    Library.DataFiles data = new Library.DataFiles(List.copyOf(actors), List.copyOf(timeline), List.copyOf(glossary), List.copyOf(claims),
        List.copyOf(context), List.copyOf(positions));
    return Optional.of(new Library(site.get(), List.copyOf(articles), List.copyOf(pages), data));
  }

  /** The items of a data file a site may do without: none when the file is absent. */
  private <T extends Record> List<T> optionalList(ConfinedFolder root, Path file, String itemWhat, Class<T> type, Problems problems) {
    return Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? readList(root, file, itemWhat, f -> item(f, type), problems) : List.of();
  }

  /** Reads {@code content/site.yaml} alone; empty after recording its problems when it is unusable. */
  public Optional<SiteConfig> readSite(Path contentDir, Problems problems) {
    return readSite(SourceFile.contentFolder(contentDir), contentDir, problems);
  }

  private Optional<SiteConfig> readSite(ConfinedFolder root, Path contentDir, Problems problems) {
    return readYamlFile(root, contentDir.resolve("site.yaml"), problems)
        .map(node -> RecordReader.read(Fields.of(node, "site.yaml", problems), SiteConfig.class));
  }

  /** A Markdown file's front matter, ready to read, and its body. */
  private record MarkdownDoc(Fields fields, YamlNode node, MarkdownSource body) {}

  /**
   * One entry or page file as read on a worker.
   *
   * @param file the file
   * @param value what it holds, or null when it has errors
   * @param draft true when its front matter says {@code draft: true}
   * @param problems the problems met reading it, in the order met
   * @param references for an entry file that has no value: the ids it names, when its front matter could be read; else null
   */
  private record Parsed<T>(Path file, T value, boolean draft, List<Problem> problems, EntryReferences references) {
    Parsed(Path file, T value, boolean draft, List<Problem> problems) {
      this(file, value, draft, problems, null);
    }
  }

  /**
   * An entry file as read: what {@link Parsed} holds of it, as kept in the build cache.
   *
   * @param value the entry, or null when it has errors
   * @param draft true when its front matter says {@code draft: true}
   * @param problems the problems met reading it, in the order met
   * @param references when there is no entry: the ids the file names, when its front matter could be read; else null
   */
  private record Kept(Article value, boolean draft, List<Problem> problems, EntryReferences references) {}

  /**
   * Reads one entry file, or takes it from {@code cache} when a file of the same path and bytes was read
   * before; touches nothing but its arguments, the cache and the codec, which are thread-safe, so it may
   * run on any thread. A file whose bytes are not {@link #known} is read and confined to the content
   * folder, so a file that became a link out of it is refused as before; a known one was found a plain
   * file of the folder when its hash was taken.
   */
  private Parsed<Article> readEntryFile(ConfinedFolder root, Path contentDir, Path file) {
    // a name the platform's encoding cannot write (LANG=C and a non-ASCII name) would come back as
    // another path: such a file is read every time
    if (cache.folder().isEmpty() || !Path.of(file.toString()).equals(file)) {
      return readEntryFile(yaml, file, () -> SourceFile.read(root, file));
    }
    String sha = known.get(contentDir.relativize(file).toString().replace('\\', '/'));
    if (sha != null) {
      Optional<Kept> kept = kept(file, sha);
      if (kept.isPresent()) {
        hashes.put(file, sha);
        return new Parsed<>(file, kept.get().value(), kept.get().draft(), kept.get().problems(), kept.get().references());
      }
    }
    byte[] bytes;
    try {
      bytes = SourceFile.bytes(root, file);
    } catch (ContentException e) {
      return new Parsed<>(file, null, false, e.problems());
    }
    String hash = BuildCache.hash(bytes);
    hashes.put(file, hash);
    Optional<Kept> kept = hash.equals(sha) ? Optional.empty() : kept(file, hash);
    if (kept.isPresent()) {
      return new Parsed<>(file, kept.get().value(), kept.get().draft(), kept.get().problems(), kept.get().references());
    }
    Parsed<Article> read = readEntryFile(yaml, file, () -> SourceFile.decode(bytes, file));
    try {
      cache.write(CACHE, key(file, hash), codec.bytes(new Kept(read.value(), read.draft(), read.problems(), read.references()), file));
    } catch (IllegalArgumentException e) {
      // a record the cache's JSON cannot hold (a component of a type Jackson cannot write): read every time
    }
    return read;
  }

  /**
   * The entry {@code now}, as this loader read it, as its file was when the file's bytes had the SHA-256
   * {@code then}, when the two differ in nothing but the summary: the cache keeps that reading of the
   * file, it gave an entry without errors, a draft then as now or neither, and the two entries are equal
   * in every component but the body. Empty when any of this does not hold or cannot be told.
   */
  public Optional<Article> summaryAloneChanged(Article now, String then) {
    Optional<Kept> before = kept(now.file(), then);
    return before.filter(b -> b.value() != null && b.draft() == draftFiles.contains(now.file()) && sameButBody(b.value(), now)).map(Kept::value);
  }

  private static boolean sameButBody(Article a, Article b) {
    for (RecordComponent c : Article.class.getRecordComponents()) {
      try {
        if (!c.getName().equals("body") && !Objects.equals(c.getAccessor().invoke(a), c.getAccessor().invoke(b))) {
          return false;
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("a record's accessor is public", e);
      }
    }
    return true;
  }

  /**
   * Marks the entry file {@code file} as read when its bytes had the SHA-256 {@code sha} as superseded
   * in the build cache (see {@link BuildCache#supersede}): the file was edited since.
   */
  public void supersede(Path file, String sha) {
    cache.supersede(CACHE, key(file, sha));
  }

  /** The entry file {@code file} as read before, when its bytes had the SHA-256 {@code sha}. */
  private Optional<Kept> kept(Path file, String sha) {
    return cache.read(CACHE, key(file, sha)).flatMap(b -> codec.read(b, Kept.class, file));
  }

  private static String key(Path file, String sha) {
    return BuildCache.key(List.of("entry", file.toString(), sha));
  }

  /** Reads one entry file whose text {@code text} gives. */
  private static Parsed<Article> readEntryFile(YamlReader yaml, Path file, Supplier<String> text) {
    Problems found = new Problems();
    Optional<MarkdownDoc> doc = markdown(yaml, file, text, "the front matter", found);
    boolean draft = doc.isPresent() && "true".equalsIgnoreCase(doc.get().fields().peek("draft"));
    Article article = doc.map(d -> article(file, d, found)).orElse(null);
    EntryReferences references = article == null ? doc.map(d -> references(file, d)).orElse(null) : null;
    return new Parsed<>(file, article, draft, found.all(), references);
  }

  /** Reads one page file; touches nothing but its arguments, so it may run on any thread. */
  private static Parsed<Page> readPageFile(YamlReader yaml, ConfinedFolder root, Path file) {
    Problems found = new Problems();
    Page page = markdown(yaml, file, () -> SourceFile.read(root, file), "the front matter", found).map(doc -> page(file, doc)).orElse(null);
    return new Parsed<>(file, page, false, found.all());
  }

  /**
   * Reads the entry file {@code file} of the content folder {@code contentDir} again, as {@link #load}
   * reads it; empty after recording its problems. For the preview server, after an edit of one entry.
   */
  public Optional<Article> readEntry(Path contentDir, Path file, Problems problems) {
    Parsed<Article> entry = readEntryFile(yaml, file, () -> SourceFile.read(SourceFile.contentFolder(contentDir), file));
    problems.addAll(entry.problems());
    return Optional.ofNullable(entry.value());
  }

  /**
   * Reads one entry from its text, as if loaded from {@code file}; null when it has errors (recorded in
   * {@code problems}). Used by fuzz tests to reach the loader without touching disk.
   */
  Article readArticle(Path file, String text, Problems problems) {
    return markdownText(yaml, file, text, "the front matter", problems)
        .map(doc -> article(file, doc, problems)).orElse(null);
  }

  /** The Markdown file {@code file} whose text {@code text} reads; empty after recording its problems. */
  private static Optional<MarkdownDoc> markdown(YamlReader yaml, Path file, Supplier<String> text, String what, Problems problems) {
    try {
      return markdownText(yaml, file, text.get(), what, problems);
    } catch (ContentException e) {
      problems.addAll(e.problems());
      return Optional.empty();
    }
  }

  private static Optional<MarkdownDoc> markdownText(YamlReader yaml, Path file, String text, String what, Problems problems) {
    try {
      FrontMatter split = FrontMatter.split(text, file);
      YamlNode node = yaml.read(split.yaml(), file, split.yamlFirstLine(), problems);
      Fields fields = Fields.of(node, what, problems);
      return Optional.of(new MarkdownDoc(fields, node, new MarkdownSource(split.body(), new Location(file, split.bodyFirstLine(), 1))));
    } catch (ContentException e) {
      problems.addAll(e.problems());
      return Optional.empty();
    }
  }

  private Optional<YamlNode> readYamlFile(ConfinedFolder root, Path file, Problems problems) {
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      problems.error(Location.of(file), "the file is missing", "create it; docs/content-model.md describes its fields");
      return Optional.empty();
    }
    return readConfined(yaml, root, file, problems);
  }

  /**
   * The YAML of {@code file} with {@code yaml}, if it is a file of {@code root} and well formed; else
   * empty, each problem in {@code problems}.
   */
  static Optional<YamlNode> readConfined(YamlReader yaml, ConfinedFolder root, Path file, Problems problems) {
    try {
      return Optional.of(yaml.read(SourceFile.read(root, file), file, 1, problems));
    } catch (ContentException e) {
      problems.addAll(e.problems());
      return Optional.empty();
    }
  }

  private <T> List<T> readList(ConfinedFolder root, Path file, String itemWhat, Function<Fields, T> reader, Problems problems) {
    Optional<YamlNode> node = readYamlFile(root, file, problems);
    if (node.isEmpty()) {
      unreadable.add(file.getFileName().toString().replaceFirst("\\.yaml$", ""));
      return new ArrayList<>();
    }
    if (node.get() instanceof YamlNode.Sequence seq) {
      List<T> out = new ArrayList<>();
      for (YamlNode item : seq.items()) {
        T value = reader.apply(Fields.of(item, itemWhat, problems));
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

  /** The Markdown files in {@code dir}, sorted by name; problems for anything else in it. */
  static List<Path> markdownFiles(ConfinedFolder root, Path dir, Problems problems) {
    return markdownFiles(root, dir, problems, file -> false);
  }

  /**
   * As {@link #markdownFiles(ConfinedFolder, Path, Problems)}, taking a file that {@code plain} says is
   * a plain file of the content folder, links or no links (a listing made by this build found it so),
   * as one without looking at it again.
   */
  private static List<Path> markdownFiles(ConfinedFolder root, Path dir, Problems problems, Predicate<Path> plain) {
    if (!Files.isDirectory(dir)) {
      problems.error(Location.of(dir), "the folder is missing", "create it; docs/content-model.md describes what goes in it");
      return List.of();
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path path : list.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
        String name = path.getFileName().toString();
        if (name.startsWith(".") || name.endsWith("~") || name.startsWith("#") && name.endsWith("#")) {
          continue; // editor and OS files: .DS_Store, a vim swap file, a backup (x.md~), an Emacs auto-save (#x.md#)
        }
        if (name.endsWith(".md") && plain.test(path)) {
          files.add(path);
        } else if (Files.isDirectory(path)) {
          problems.error(Location.of(path), "sub-folders are not read", "move the files in it up into " + dir.getFileName() + "/");
        } else if (!name.endsWith(".md")) {
          problems.error(Location.of(path), "'" + name + "' is not a Markdown file", "entries are '.md' files; rename it or move it out of " + dir.getFileName() + "/");
        } else if (readable(root, path, problems)) {
          files.add(path);
        }
      }
    } catch (IOException e) {
      problems.error(Location.of(dir), "cannot list the folder (" + e.getMessage() + ")", "check its permissions");
    }
    return files;
  }

  /** True when {@code file} is a regular file of the content folder, else false after recording why not. */
  private static boolean readable(ConfinedFolder root, Path file, Problems problems) {
    try {
      root.requireFile(file);
      return true;
    } catch (ContentException e) {
      problems.addAll(e.problems());
      return false;
    }
  }

  /** The slug an entry file's name gives, for an entry without a 'slug:' line: the name without its date and '.md'. */
  public static String slugFromFile(Path file) {
    String name = file.getFileName().toString();
    return DATE_PREFIX.matcher(name.substring(0, name.length() - ".md".length())).replaceFirst("");
  }

  /** The date an entry file's name starts with, as written ("2024-11-30-"), or "". */
  private static String datePrefix(Path file) {
    Matcher date = DATE_PREFIX.matcher(file.getFileName().toString());
    return date.lookingAt() ? date.group() : "";
  }

  /** The entry's slug, or null after recording why it is not usable. */
  private static String checkedSlug(Fields f, Path file, Problems problems) {
    String slug = f.optionalText("slug").orElse(slugFromFile(file));
    if (!Fields.ID.matcher(slug).matches()) {
      Location at = f.has("slug") ? f.valueAt("slug") : new Location(file, 1, 1); // the file's name is the problem
      String fix = f.has("slug") ? "use lowercase letters, digits and single hyphens, e.g. 'slug: "
          + Slugs.slugify(slug, 60).orElse("my-entry") + "'"
          : "rename the file to lowercase letters, digits and hyphens, e.g. '" + datePrefix(file) + Slugs.slugify(slug, 60).orElse("my-entry") + ".md'";
      problems.error(at, "the slug '" + slug + "' is not usable in a URL", fix);
      return null;
    }
    return slug;
  }

  /** The entry in {@code doc}; null when it has errors. */
  private static Article article(Path file, MarkdownDoc doc, Problems problems) {
    Fields f = doc.fields();
    String slug = checkedSlug(f, file, problems);
    Location slugAt = f.has("slug") ? f.valueAt("slug") : Location.of(file);
    Article article = RecordReader.read(f, Article.class, given("slug", slug, "slugAt", slugAt, "file", file, "body", doc.body()));
    return slug == null ? null : article;
  }

  /**
   * The ids the entry file {@code file} names, read from its front matter again for an entry that could
   * not be made: its problems were reported when it was read, so those met here are not kept.
   */
  private static EntryReferences references(Path file, MarkdownDoc doc) {
    return EntryReferences.read(file, Fields.of(doc.node(), "the front matter", new Problems()));
  }

  private static Page page(Path file, MarkdownDoc doc) {
    Fields f = doc.fields();
    String slug = f.optionalText("slug").orElse(file.getFileName().toString().replaceFirst("\\.md$", ""));
    Location slugAt = f.has("slug") ? f.valueAt("slug") : Location.of(file);
    Location homeAt = f.has("home") ? f.valueAt("home") : Location.of(file);
    return RecordReader.read(f, Page.class, given("slug", slug, "slugAt", slugAt, "file", file, "homeAt", homeAt, "body", doc.body()));
  }

  /** Components given rather than read, by name (a null value is allowed). */
  private static Map<String, Object> given(Object... namesAndValues) {
    Map<String, Object> given = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      given.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return given;
  }

  /** An item of a data file whose id is still recorded when the item cannot be read, so that references to it are not "unknown". */
  private <T extends Record> T item(Fields f, Class<T> type) {
    String id = f.peek("id");
    T value = RecordReader.read(f, type);
    if (value == null && id != null) {
      broken.add(id);
    }
    return value;
  }
}
