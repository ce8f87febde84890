package org.explainer.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.explainer.cache.BuildCache;
import org.explainer.concurrent.Workers;
import org.explainer.content.Article;
import org.explainer.content.ContentLoader;
import org.explainer.content.ContentValidator;
import org.explainer.content.Edition;
import org.explainer.content.FrontMatter;
import org.explainer.content.IdsSchema;
import org.explainer.content.Library;
import org.explainer.content.Page;
import org.explainer.content.SourceFile;
import org.explainer.content.TranslationLoader;
import org.explainer.content.Translations;
import org.explainer.diagnostic.ContentException;
import org.explainer.diagnostic.Location;
import org.explainer.diagnostic.Problem;
import org.explainer.diagnostic.Problems;
import org.explainer.figure.ShareCards;
import org.explainer.files.ConfinedFolder;
import org.explainer.markdown.EntryHashes;
import org.explainer.markdown.LinkTargets;
import org.explainer.markdown.MarkdownRenderer;
import org.explainer.markdown.RenderedContent;
import org.explainer.output.SiteWriter;
import org.explainer.provenance.Captures;
import org.explainer.provenance.Evidence;
import org.explainer.provenance.ProvenanceChecker;
import org.explainer.provenance.ProvenanceReport;
import org.explainer.render.TemplateRenderer;
import org.explainer.site.Assets;
import org.explainer.site.EntryPage;
import org.explainer.site.Input;
import org.explainer.site.Messages;
import org.explainer.site.OutputFile;
import org.explainer.site.PageTypes;
import org.explainer.site.Site;
import org.explainer.site.SitePage;
import org.explainer.site.Sites;
import org.explainer.yaml.TranslationReader;

/**
 * The generator: content/ + templates/ → site/, as a straight pipeline.
 *
 * <ol>
 *   <li>load — walk content/, split front matter, read YAML into records; read the assets and the
 *       interface messages
 *   <li>validate — check ids and references; fail with every problem before any output
 *   <li>provenance — check quotes, wording and citations against the archived source captures
 *   <li>markdown — render every Markdown text for its page, checking internal links against every file
 *       the page types make
 *   <li>assemble — the site: every page of every type of {@link PageTypes}, none made yet
 *   <li>render — make each page's view and run its template, on every core; when building, each file
 *       goes to the staging folder as soon as it is made, so the site is never held in memory
 *   <li>write — swap the staging folder in for the output folder (build only)
 * </ol>
 *
 * <p>Bad input ends in a {@link ContentException} carrying every problem; nothing is written then.
 * {@link #update} makes again, through the same steps, only the pages whose inputs an edit changed.
 */
public final class Pipeline {
  private final BuildOptions options;
  private final int threads;
  private final Supplier<MarkdownRenderer> markdownRenderer;

  /** A pipeline for {@code options} that uses every core. */
  public Pipeline(BuildOptions options) {
    this(options, Runtime.getRuntime().availableProcessors());
  }

  /** A pipeline for {@code options} on {@code threads} threads (1: everything in order, in the caller). */
  public Pipeline(BuildOptions options, int threads) {
    this(options, threads, MarkdownRenderer::new);
  }

  /**
   * As {@link #Pipeline(BuildOptions, int)}, with the Markdown renderer from {@code markdownRenderer},
   * called once per run on a worker while content loads: the command line passes one whose set-up
   * started before it read its arguments (see {@code org.explainer.cli.Main}).
   */
  public Pipeline(BuildOptions options, int threads, Supplier<MarkdownRenderer> markdownRenderer) {
    this.options = options;
    this.threads = threads;
    this.markdownRenderer = markdownRenderer;
  }

  /**
   * Builds the site into the output folder. With a build cache (see {@link BuildOptions#cache()}), the
   * last build of the same folder with the same options left a {@link BuildStamp}; over an output folder
   * as that build left it:
   *
   * <ul>
   *   <li>a build whose inputs are all as that build found them has nothing to do;
   *   <li>a build after an edit of entries' summaries alone runs every check but makes again only the
   *       pages that read summaries (see {@link #summariesOnly});
   * </ul>
   *
   * and any other build makes every page, taking from the cache the share cards and entry summaries
   * whose inputs are unchanged.
   */
  public BuildReport build() {
    if (options.cache().isEmpty()) {
      return run(Mode.BUILD, BuildCache.none(), Looked.NOTHING).build().report();
    }
    long start = System.nanoTime();
    List<String> cacheNotices = new ArrayList<>();
    BuildCache cache = openCache(cacheNotices);
    if (cache.folder().isEmpty()) {
      return run(Mode.BUILD, cache, Looked.NOTHING).build().report().withNotices(cacheNotices);
    }
    // the output folder is locked from before it is compared with the stamp to after the stamp is
    // written, so that what this build saw there stays true until it is kept
    // (a captures folder named in site.yaml alone is known only once that is read: the staging, which
    // checks the place again with it, refuses such an output folder then)
    Optional<SiteWriter.Held> lock = SiteWriter.hold(options.output(), protectedDirs(options.sources(), cache));
    try {
      return build(cache, cacheNotices, lock, start);
    } finally {
      lock.ifPresent(SiteWriter.Held::close);
    }
  }

  /** The folders an output folder may neither hold nor lie inside: content, templates, {@code sources} and the cache. */
  private List<Path> protectedDirs(Optional<Path> sources, BuildCache cache) {
    List<Path> dirs = new ArrayList<>(List.of(options.content(), options.templates()));
    sources.ifPresent(dirs::add);
    cache.folder().ifPresent(dirs::add);
    return dirs;
  }

  /** {@link #build()} with the cache open and, unless the output folder is no place for a site, the folder locked. */
  private BuildReport build(BuildCache cache, List<String> cacheNotices, Optional<SiteWriter.Held> lock, long start) {
    String key = BuildStamp.key(options);
    Optional<BuildStamp> last = cache.read(BuildStamp.KIND, key).flatMap(BuildStamp::parse);
    Map<String, BuildStamp.FileState> before = last.map(BuildStamp::inputs).orElse(Map.of());
    String lastCaptures = last.map(BuildStamp::captures).orElse("");
    Optional<Map<String, BuildStamp.FileState>> inputs;
    Optional<Map<String, BuildStamp.Seen>> asLeft;
    try (Workers workers = Workers.of(threads)) {
      inputs = inputsNow(before, lastCaptures, workers);
      asLeft = last.isPresent() && inputs.isPresent() ? last.get().outputsIn(options.output(), workers) : Optional.empty();
    }
    Optional<Since> since = Optional.empty();
    if (asLeft.isPresent()) {
      Set<String> changed = last.get().changed(inputs.orElseThrow());
      if (changed.isEmpty() && toldAgain(last.get())) {
        if (last.get().vouchedSince(inputs.get(), asLeft.get()) > BuildStamp.RESTAMP_AFTER) {
          // the same bytes, but times that were too new to vouch for them do so now: kept for next time,
          // when there are more than a few (a few are looked at again more cheaply than a stamp is written)
          cache.write(BuildStamp.KIND, key, last.get().withFound(inputs.get(), asLeft.get()).bytes());
        }
        return last.get().report(System.nanoTime() - start).withNotices(cacheNotices);
      }
      since = since(last.get(), changed);
    }
    long looked = System.nanoTime();
    Ran ran = run(Mode.BUILD, cache, new Looked(since, inputs.map(Pipeline::contentHashes).orElse(Map.of()), lock,
        lock.isPresent() ? asLeft : Optional.empty()));
    SiteBuild built = ran.build();
    long kept = System.nanoTime();
    String captures = watchedCaptures(built.state()).map(Path::toString).orElse("");
    Optional<Map<String, BuildStamp.FileState>> used = inputs;
    if (!captures.equals(lastCaptures)) {
      // the content as it was when this build began, the captures folder it turned out to watch as it is now
      try (Workers workers = Workers.of(threads)) {
        Map<String, BuildStamp.FileState> none = Map.of();
        used = inputs.flatMap(in -> BuildStamp.captures(captures, none, workers).map(c -> {
          Map<String, BuildStamp.FileState> all = new HashMap<>(in);
          all.keySet().removeIf(path -> path.startsWith(BuildStamp.SOURCES));
          all.putAll(c);
          return all;
        }));
      }
    }
    Optional<Map<String, BuildStamp.Seen>> outputs = ran.outputs();
    boolean inputsHeld;
    try (Workers workers = Workers.of(threads)) {
      // an input saved while the build ran may not be what the build read: no stamp, so the next build
      // makes everything again
      inputsHeld = inputs.isPresent() && inputsNow(inputs.get(), lastCaptures, workers).map(now -> sameBytes(inputs.get(), now)).orElse(false);
    }
    if (used.isPresent() && outputs.isPresent() && inputsHeld) {
      // the files this build wrote into the content folder are inputs of the next as they are now
      Map<String, BuildStamp.FileState> after = new HashMap<>(used.get());
      for (String written : List.of(Evidence.FILE, IdsSchema.FILE)) {
        BuildStamp.stateOf(options.content().resolve(written)).ifPresent(state -> after.put(BuildStamp.CONTENT + written, state));
      }
      cache.write(BuildStamp.KIND, key, BuildStamp.of(after, captures, outputs.get(), built.report()).bytes());
      cache.write(BuildStamp.KIND, BuildStamp.latestKey(options), key.getBytes(StandardCharsets.US_ASCII));
    }
    return built.report().withNotices(cacheNotices)
        .withSteps(List.of(new BuildReport.Step("cache: compare", looked - start)), List.of(new BuildReport.Step("cache: keep", System.nanoTime() - kept)));
  }

  /**
   * The build cache of {@link BuildOptions#cache()}; none, with a notice, when it lies inside the content
   * or templates folder, whose every file the build reads (the cache would change what it is the
   * fingerprint of), or inside the output folder, which the build replaces; none, and nothing made on
   * disk, when the content folder is not there (the build then fails, saying so).
   */
  private BuildCache openCache(List<String> notices) {
    if (!Files.isDirectory(options.content())) {
      // the build fails, saying so: a mistyped content folder makes no cache folder beside it
      return BuildCache.none();
    }
    Path folder = options.cache().orElseThrow().toAbsolutePath().normalize();
    for (Path inside : List.of(options.content(), options.templates(), options.output())) {
      Path real = ConfinedFolder.realPath(inside);
      if (ConfinedFolder.realPath(folder).startsWith(real)) {
        notices.add("the build cache " + folder + " is inside " + real + ", so this build makes everything anew without it;"
            + " give a folder outside the content, templates and output with --cache");
        return BuildCache.none();
      }
    }
    return BuildCache.open(folder, notices::add);
  }

  /**
   * The input files as they are now (see {@link BuildStamp#inputs}), with those of the captures folder
   * {@code captures}; a file whose size and time are as in {@code before} keeps its hash from there.
   */
  private Optional<Map<String, BuildStamp.FileState>> inputsNow(Map<String, BuildStamp.FileState> before, String captures, Workers workers) {
    return BuildStamp.inputs(options, before, workers).flatMap(in -> BuildStamp.captures(captures, before, workers).map(c -> merged(in, c)));
  }

  /** Whether {@code now} has the files of {@code then} with the same bytes, but for those the build itself writes. */
  private static boolean sameBytes(Map<String, BuildStamp.FileState> then, Map<String, BuildStamp.FileState> now) {
    Set<String> written = Set.of(BuildStamp.CONTENT + Evidence.FILE, BuildStamp.CONTENT + IdsSchema.FILE);
    Set<String> paths = new HashSet<>(then.keySet());
    paths.addAll(now.keySet());
    paths.removeAll(written);
    return paths.stream().allMatch(path -> then.containsKey(path) && now.containsKey(path) && then.get(path).sha256().equals(now.get(path).sha256()));
  }

  private static <V> Map<String, V> merged(Map<String, V> a, Map<String, V> b) {
    Map<String, V> out = new HashMap<>(a);
    out.putAll(b);
    return out;
  }

  /** The captures folder a build with these options checks against when it is there: given, or named in site.yaml. */
  private Optional<Path> watchedCaptures(State state) {
    return options.sources().or(() -> state.site().original().config().sources().map(s -> Captures.configuredFolder(options.content(), s)));
  }

  /**
   * Runs every step but the last: loads, validates and renders in memory, writes no page. With a build
   * cache (see {@link BuildOptions#cache()}) it takes entries as read, share cards and summaries from
   * it, and keeps there those it made, as the preview does: a check after a build, or before one, does
   * not parse, draw and render again what the other did. When every input (content, templates,
   * captures) is as the last build with the same settings (into any output folder) or of the same
   * options found it, that build ran every check this one
   * would and passed: its report is told again, and nothing is made.
   */
  public BuildReport check() {
    if (options.cache().isEmpty()) {
      return run(Mode.CHECK, BuildCache.none(), Looked.NOTHING).build().report();
    }
    long start = System.nanoTime();
    List<String> cacheNotices = new ArrayList<>();
    BuildCache cache = openCache(cacheNotices);
    // the stamps of the last build of these options into any output folder, and into this one's
    Set<String> keys = new LinkedHashSet<>();
    cache.read(BuildStamp.KIND, BuildStamp.latestKey(options)).map(key -> new String(key, StandardCharsets.US_ASCII)).ifPresent(keys::add);
    keys.add(BuildStamp.key(options));
    // the inputs as they are now, by the captures folder they were listed with: a listing made with one
    // stamp's sizes and times holds every file's hash, and serves the other stamp too
    Map<String, Optional<Map<String, BuildStamp.FileState>>> listed = new HashMap<>();
    Optional<Since> since = Optional.empty();
    Map<String, String> known = Map.of();
    for (String key : keys) {
      Optional<BuildStamp> last = cache.read(BuildStamp.KIND, key).flatMap(BuildStamp::parse);
      if (last.isPresent()) {
        Optional<Map<String, BuildStamp.FileState>> inputs = listed.computeIfAbsent(last.get().captures(), captures -> {
          try (Workers workers = Workers.of(threads)) {
            return inputsNow(last.get().inputs(), captures, workers);
          }
        });
        Set<String> changed = inputs.map(in -> last.get().changed(in)).orElse(null);
        if (changed != null && changed.isEmpty() && toldAgain(last.get())) {
          return last.get().report(System.nanoTime() - start).withNotices(cacheNotices);
        }
        if (changed != null && since.isEmpty()) {
          since = since(last.get(), changed);
          known = contentHashes(inputs.get());
        }
      }
    }
    // after an edit of entries alone since such a build, the pages that do not read those entries'
    // summaries rendered then without error from the inputs they have now: only the others are rendered
    return run(Mode.CHECK, cache, new Looked(since, known, Optional.empty(), Optional.empty())).build().report().withNotices(cacheNotices);
  }

  /**
   * What the build of {@code last} knew, when every input {@code changed} since ({@link
   * BuildStamp#changed}) is a Markdown file of the content folder that build read; empty otherwise.
   */
  private static Optional<Since> since(BuildStamp last, Set<String> changed) {
    Map<String, BuildStamp.FileState> before = last.inputs();
    if (!changed.stream().allMatch(path -> path.startsWith(BuildStamp.CONTENT) && path.endsWith(".md") && before.containsKey(path))) {
      return Optional.empty();
    }
    Map<String, String> then = new HashMap<>();
    changed.forEach(path -> then.put(path, before.get(path).sha256()));
    return Optional.of(new Since(then));
  }

  /**
   * Whether the report of the build {@code last} may be told again when no input changed since: not when
   * it warns of a date in the future, which depends on the day it was made (the build then runs, with
   * nothing to make again, and finds out whether that day has come).
   */
  private static boolean toldAgain(BuildStamp last) {
    return last.report(0).warnings().stream().noneMatch(ContentValidator::isAboutToday);
  }

  /**
   * Runs every step but the last and makes every file, for the preview server; writes nothing but the
   * share cards and entry summaries it made into the build cache, when there is one. As {@link
   * #preparePreview}, with every file made.
   *
   * @throws ContentException when the content or a template has errors
   */
  public SiteBuild preview() {
    return preview(true);
  }

  /**
   * Runs every step of a preview up to the render step, and returns the files, each made when it is
   * first asked for ({@link PreviewFiles}): what the preview server serves while it makes the others
   * in the background ({@link PreviewFiles#makeAll}), which finds the errors of templates.
   *
   * @throws ContentException when the content has errors
   */
  public SiteBuild preparePreview() {
    return preview(false);
  }

  private SiteBuild preview(boolean makeAll) {
    List<String> cacheNotices = new ArrayList<>();
    BuildCache cache = options.cache().isEmpty() ? BuildCache.none() : openCache(cacheNotices);
    // a shown draft whose errors come to light after its own checks (a broken link, a misquote) is held
    // back as a draft with errors of its own is, and the preview made again without it
    Map<Path, List<Problem>> later = new LinkedHashMap<>();
    while (true) {
      try {
        SiteBuild built = run(Mode.PREVIEW, cache, Looked.NOTHING, later).build();
        if (makeAll) {
          long start = System.nanoTime();
          built.made().makeAll(() -> false);
          built = new SiteBuild(built.report().withSteps(List.of(), List.of(new BuildReport.Step("render", System.nanoTime() - start))),
              built.made(), built.state(), built.heldBack());
        }
        return options.cache().isEmpty() ? built
            : new SiteBuild(built.report().withNotices(cacheNotices), built.made(), built.state(), built.heldBack());
      } catch (ContentException e) {
        if (later.isEmpty()) {
          throw e;
        }
        // published content that names a draft held back: its errors, and the draft's that held it back
        List<Problem> all = new ArrayList<>(e.problems());
        later.values().forEach(all::addAll);
        throw new ContentException(all.stream().sorted(Problem.ORDER).distinct().toList());
      } catch (DraftsHeldLater e) {
        if (later.keySet().containsAll(e.errors.keySet())) {
          // drafts held back already, found with errors again: fail on them rather than go round again
          Problems again = new Problems();
          e.errors.values().forEach(again::addAll);
          again.throwIfErrors();
        }
        later.putAll(e.errors);
      }
    }
  }

  /**
   * In a preview, the errors found after validation, every one of them in drafts shown so far (or in
   * their translations), by the draft's file: the preview is made again with those drafts held back.
   */
  private static final class DraftsHeldLater extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Map<Path, List<Problem>> errors;

    DraftsHeldLater(Map<Path, List<Problem>> errors) {
      super(null, null, false, false);
      this.errors = errors;
    }
  }

  private enum Mode { BUILD, CHECK, PREVIEW }

  /**
   * A site built in memory.
   *
   * @param report what the build did
   * @param made every file of the site, for the preview server, each made when first asked for (none
   *     after a build, whose files went to disk as they were made, and after a check)
   * @param state what a later {@link #update} starts from
   * @param heldBack in a preview, the page of each draft left out for errors of its own (in every language),
   *     by path, with those errors: what the preview shows at the draft's address instead of its page
   */
  public record SiteBuild(BuildReport report, PreviewFiles made, State state, Map<String, List<Problem>> heldBack) {
    /**
     * Every file of the site, in page order, made now where it was not yet.
     *
     * @throws ContentException when a file cannot be made (a template error)
     */
    public List<OutputFile> files() {
      return made.all();
    }
  }

  /**
   * What a build made on its way, kept by the preview server so that an edit makes again only what it
   * affects.
   *
   * @param site the assembled site in every language: content, rendered Markdown, provenance, messages
   * @param evidence the record of the checks against the captures
   * @param assets the assets
   * @param sources the captures folder, if any
   * @param markdownRenderer the Markdown engine
   * @param templates the template engine (its templates unchanged since)
   * @param frontMatter each entry file's front matter as read, to tell an edit of a summary alone
   */
  public record State(Sites site, Evidence evidence, Assets assets, Optional<Path> sources, MarkdownRenderer markdownRenderer,
      TemplateRenderer templates, Map<Path, String> frontMatter) {}

  /**
   * Makes again what an edit of {@code changed} files affects, when every one of them is an entry
   * whose front matter and headings are unchanged and that no translation copies word for word, before
   * or after the edit (see {@link #copiedByATranslation}): the entry is read, checked and rendered again,
   * and the pages that read its summary are made again through the same steps as a build. Empty when the
   * change needs a full build.
   *
   * @throws ContentException when the edited entries have errors
   */
  public Optional<SiteBuild> update(SiteBuild previous, Set<Path> changed) {
    long start = System.nanoTime();
    State state = previous.state();
    Library library = state.site().library();
    Map<Path, Article> byFile = new HashMap<>();
    library.articles().forEach(a -> byFile.put(a.file().toAbsolutePath().normalize(), a));
    Problems problems = new Problems();
    ContentLoader loader = new ContentLoader();
    List<Article> edited = new ArrayList<>();
    Set<Path> entryFolders = new HashSet<>();
    byFile.keySet().forEach(entry -> entryFolders.add(entry.getParent()));
    for (Path file : changed) {
      Path normal = file.toAbsolutePath().normalize();
      if (!byFile.containsKey(normal) && !Files.exists(normal)) {
        if (entryFolders.contains(normal.getParent()) && Files.isDirectory(normal.getParent())) {
          continue; // an editor's temporary file beside the entries, come and gone
        }
        return Optional.empty(); // anything else gone (a folder, a page, a translation), of which a watcher may tell by its path alone
      }
      if (!byFile.containsKey(normal) || !Files.isRegularFile(normal) || !frontMatterOf(content(), normal).equals(state.frontMatter().get(normal))) {
        return Optional.empty();
      }
      Optional<Article> article = loader.readEntry(options.content(), normal, problems);
      if (article.isEmpty() || copiedByATranslation(state.site().languages().stream().map(Site::edition).toList(), article.get())) {
        return Optional.empty(); // let the full build report it, or make the pages that tell which entries are translated
      }
      edited.add(article.get());
    }
    if (edited.isEmpty()) {
      return Optional.empty();
    }
    Site original = state.site().original();
    RenderedContent markdown = original.markdown();
    Evidence evidence = state.evidence();
    for (Article a : edited) {
      library = library.withArticle(a);
      Optional<RenderedContent> next = markdown.withArticle(library, a, state.markdownRenderer(), problems);
      if (next.isEmpty()) {
        return Optional.empty();
      }
      markdown = next.get();
      if (state.sources().isPresent()) {
        evidence = evidence.with(ProvenanceChecker.check(library.with(List.of(a)), state.sources().get(), evidence, problems));
      }
    }
    Set<Path> editedDrafts = new HashSet<>();
    edited.stream().filter(Article::draft).forEach(a -> editedDrafts.add(a.file()));
    if (problems.hasErrors() && problems.all().stream().filter(Problem::isError).allMatch(p -> editedDrafts.contains(p.at().file()))) {
      return Optional.empty(); // the full preview holds the draft back and shows its errors at its address
    }
    problems.throwIfErrors();
    ProvenanceReport provenance = ProvenanceReport.of(library, evidence, problems);
    Set<String> slugs = new HashSet<>();
    edited.forEach(a -> slugs.add(a.slug()));
    // the search data is patched from the files of the last full build, with the documents of every entry
    // edited since made again: so no edit's search data waits for an earlier edit's to be made, and an
    // edit keeps no earlier one alive (the files of the last full build are kept, not the build)
    Optional<Site.Earlier> sinceFull = original.shared().earlier();
    Set<String> summaries = new HashSet<>(slugs);
    sinceFull.ifPresent(b -> summaries.addAll(b.summaries()));
    PreviewFiles madeBefore = previous.made();
    Site.Earlier earlier = new Site.Earlier(Set.copyOf(summaries),
        sinceFull.map(Site.Earlier::file).orElse(path -> Optional.ofNullable(madeBefore.file(path))));
    Site.Shared shared = new Site.Shared(provenance, state.assets().paths(), original.shared().languages(), original.shared().cache(),
        Optional.of(earlier));
    List<Site> languages = new ArrayList<>();
    // the warnings of the build before, but that a translation of an edited entry is out of date, which
    // the edit may have made so, or undone: told again as a full build tells it
    List<Problem> warnings = new ArrayList<>(previous.report().warnings());
    Problems translations = new Problems();
    for (Site before : state.site().languages()) {
      Edition edition = before.edition();
      for (Article a : edited) {
        edition = edition.withOriginal(library, a);
        edition.translations().flatMap(t -> t.of(Translations.Part.ENTRY, a.slug())).ifPresent(t -> {
          warnings.removeIf(p -> p.at().equals(t.at()));
          TranslationLoader.warnIfOutOfDate(t, translations);
        });
      }
      languages.add(new Site(edition, before == original ? markdown : before.markdown(), before.messages(), shared, PageTypes.all()));
    }
    Sites site = new Sites(languages);
    // the pages with a template are made now, where an error can be; the files made of data alone (the
    // search data, provenance.json) when first asked for, as after a full build
    List<SitePage<?>> pages = site.pages().stream().filter(p -> p.reads(Set.of(Input.SUMMARIES), slugs)).toList();
    List<SitePage<?>> now = pages.stream().filter(p -> p.type().templated()).toList();
    List<SitePage<?>> later = pages.stream().filter(p -> !p.type().templated()).toList();
    List<OutputFile> made;
    try (Workers workers = Workers.of(threads)) {
      made = state.templates().render(site, now, workers);
    }
    BuildReport before = previous.report();
    Problems told = new Problems();
    told.addAll(warnings);
    told.addAll(translations.all());
    BuildReport report = new BuildReport(now.size(), before.articles(), before.assets(),
        List.of(new BuildReport.Step("update", System.nanoTime() - start)), told.sorted().stream().distinct().toList(), before.notices());
    State next = new State(site, evidence, state.assets(), state.sources(), state.markdownRenderer(), state.templates(), state.frontMatter());
    return Optional.of(new SiteBuild(report, previous.made().with(made, site, later, state.templates(), threads), next, previous.heldBack()));
  }

  /**
   * What the last build of the same output folder knew, for a build after an edit of nothing but
   * Markdown files of the content folder (see {@link #summariesOnly}).
   *
   * @param changed the input files changed since, by input path ({@code content/articles/x.md}), each
   *     with the SHA-256 of its bytes then
   */
  private record Since(Map<String, String> changed) {}

  /**
   * A build as run.
   *
   * @param build what it made
   * @param outputs the output folder as the build left it, looked at before another build could change
   *     it (with a build cache, for the stamp)
   */
  private record Ran(SiteBuild build, Optional<Map<String, BuildStamp.Seen>> outputs) {}

  /**
   * What a build with a cache learnt before it ran its steps, from the last build's stamp.
   *
   * @param since what the last build knew, when only entry files changed since
   * @param known the SHA-256 of content files known from the stamp's listing, for the {@link
   *     ContentLoader#ContentLoader(BuildCache, Map) loader}
   * @param lock the output folder's lock, held since before the folder was looked at
   * @param outputs what the output folder holds, when it is as the last build left it, looked at under
   *     {@code lock}: the writer takes it rather than look again
   */
  private record Looked(Optional<Since> since, Map<String, String> known, Optional<SiteWriter.Held> lock,
      Optional<Map<String, BuildStamp.Seen>> outputs) {
    static final Looked NOTHING = new Looked(Optional.empty(), Map.of(), Optional.empty(), Optional.empty());
  }

  /** Runs the steps. */
  private Ran run(Mode mode, BuildCache cache, Looked looked) {
    return run(mode, cache, looked, Map.of());
  }

  /**
   * Runs the steps.
   *
   * @param later in a preview, drafts to hold back for the errors an earlier run found in them after
   *     validation, with those errors, by file
   */
  private Ran run(Mode mode, BuildCache cache, Looked looked, Map<Path, List<Problem>> later) {
    try (Workers workers = Workers.of(threads)) {
      return run(mode, cache, looked, later, workers);
    }
  }

  /** The SHA-256 of each content file of {@code inputs} (see {@link BuildStamp#inputs}), by its path in the content folder. */
  private static Map<String, String> contentHashes(Map<String, BuildStamp.FileState> inputs) {
    Map<String, String> out = new HashMap<>();
    inputs.forEach((path, state) -> {
      if (path.startsWith(BuildStamp.CONTENT)) {
        out.put(path.substring(BuildStamp.CONTENT.length()), state.sha256());
      }
    });
    return out;
  }

  private Ran run(Mode mode, BuildCache cache, Looked looked, Map<Path, List<Problem>> later, Workers workers) {
    Optional<Since> since = looked.since();
    List<BuildReport.Step> steps = new ArrayList<>();
    Problems problems = new Problems();
    // The Markdown and template engines do not depend on content: set them up on the other core while
    // content loads.
    CompletableFuture<MarkdownRenderer> markdownEngine = workers.start(markdownRenderer);
    CompletableFuture<Assets> assetFiles = workers.start(() -> Assets.load(options.templates().resolve("assets")));
    CompletableFuture<TemplateRenderer> templateEngine = workers.start(() -> new TemplateRenderer(options.templates()).preload());

    // 1. load
    ContentLoader loader = new ContentLoader(cache, looked.known());
    Library loaded = timed(steps, "load", () -> loader.load(options.content(), problems, workers)).orElse(null);
    if (!Files.isDirectory(options.templates())) {
      // (every template, message and asset would be missing: said once, as a missing content folder is)
      problems.error(Location.of(options.templates()), "the templates folder does not exist", "run from the project folder or pass --templates DIR");
      problems.throwIfErrors();
    }
    Assets assets = timed(steps, "load assets", () -> Workers.join(assetFiles));
    for (String name : Assets.required()) {
      if (!assets.paths().containsKey(name)) {
        problems.error(Location.of(options.templates().resolve("assets").resolve(name)), "the asset '" + name + "' is missing",
            "restore templates/assets/" + name + "; every page links to it");
      }
    }
    // 2. validate, and read each translation onto the validated original. A draft is left out of a
    // build; a preview shows the drafts without errors of their own. Either way the problems of a draft
    // left out do not stop the build: they are warnings.
    if (loaded == null) {
      problems.throwIfErrors();
      throw new IllegalStateException("loading failed without reporting an error");
    }
    List<String> translations = TranslationLoader.languages(options.content());
    Set<String> reserved = new HashSet<>(PageTypes.reservedSlugs());
    reserved.addAll(translations); // each translation's folder in the site
    Set<String> reservedSlugs = Set.copyOf(reserved);
    Set<Path> hidden = timed(steps, "validate", () -> hiddenDrafts(loaded, loader, reservedSlugs, problems, later.keySet()));
    Map<Path, List<Problem>> held = new LinkedHashMap<>();
    Library library = ContentValidator.validate(loaded, slugsOf(loaded, loader.draftFiles(), hidden), loader.gaps(),
        reservedSlugs, problems);
    List<String> notices = new ArrayList<>();
    String why = options.includeDrafts() ? "the draft has errors, so it is left out" : "the entry is a draft, so it is not published";
    // (a report with these warnings, which depend on the day, is not told again: see toldAgain)
    ContentValidator.datesAfter(loaded, LocalDate.now(ZoneOffset.ofHours(14)), hidden, why, problems);
    holdBack(problems, hidden, why, held);
    // what an earlier run of this preview found in drafts after validation (some of it, such as a broken
    // link, is not found again once the draft is left out): held back as what is found now
    later.forEach((file, errors) -> errors.forEach(p -> {
      hold(held, file, p);
      problems.add(p.demoted(why));
    }));
    holdBackLater(mode, problems, loader.draftFiles());
    // From here to the markdown step every step runs after errors too, on what they leave sound, so that
    // one run reports every problem it can find, and none twice: a translation is read onto the
    // original, so the translation of a file with errors of its own would only echo them (an item "not in
    // the original", a misspelt id to copy) and is not read (see TranslationLoader#load)
    Set<Path> withErrors = filesWithErrors(problems);
    List<Edition> editions = translations.isEmpty() ? List.of(Edition.original(library))
        : timed(steps, "translations", () -> editions(library, translations, loader, withErrors, problems, notices));
    holdBack(problems, hidden, why, held);
    holdBackLater(mode, problems, loader.draftFiles());
    List<Messages> messages = withProblems(problems,
        () -> editions.stream().map(e -> Messages.load(options.templates().resolve("messages"), e.language())).toList());
    // a message that is no message pattern, or a translation's interface text lacking one, would fail at the
    // first page that shows it: every one is named here
    messages.forEach(m -> problems.addAll(m.patternErrors()));
    messages.subList(1, messages.size()).forEach(m -> problems.addAll(m.missingFrom(messages.get(0))));
    // the ids editors' tools complete from, kept up to date with the content (where it has schemas)
    Path idsSchema = options.content().resolve(IdsSchema.FILE);
    byte[] ids = IdsSchema.json(loaded);
    boolean rewriteIds = mode != Mode.PREVIEW && Files.isDirectory(idsSchema.getParent()) && !Arrays.equals(ids, readOrEmpty(idsSchema));
    // 3. provenance: quotes, wording and citations against the archived captures when they are here,
    // else against the committed record of those checks
    Optional<Path> sources = capturesFolder(library, notices, problems);
    Path evidenceFile = options.content().resolve(Evidence.FILE);
    Evidence recorded = withProblems(problems, () -> Evidence.read(content(), evidenceFile));
    // drafts are checked too, so that an editor sees a misquote while drafting
    Set<String> published = new HashSet<>();
    library.articles().forEach(a -> published.add(a.slug()));
    List<Article> checked = new ArrayList<>(library.articles());
    loaded.articles().stream().filter(a -> a.draft() && !published.contains(a.slug())).forEach(checked::add);
    Library withDrafts = library.with(checked);
    Evidence evidence = sources.isEmpty() ? recorded
        : timed(steps, "provenance", () -> provenance(withDrafts, sources.get(), recorded, withErrors, problems));
    holdBack(problems, hidden, why, held);
    holdBackLater(mode, problems, loader.draftFiles());
    byte[] evidenceBytes = evidence.json();
    boolean rewriteEvidence = sources.isPresent() && mode != Mode.PREVIEW && !Arrays.equals(evidenceBytes, recorded.json());
    // 4. markdown, in each language, its links checked against every file the page types make there
    MarkdownRenderer engine = Workers.join(markdownEngine);
    Map<String, Article> changedEntries = since.map(s -> changedEntries(s, editions.get(0).library())).orElse(Map.of());
    EntryHashes hashes = new EntryHashes(loader.entryHashes(), since.map(s -> hashesBefore(s, changedEntries)).orElse(Map.of()));
    // (after errors, links are checked where the site's pages can be known: not at all without a home
    // page or with a data file unreadable, and not to a file or an item that errors leave out)
    Set<Path> unchecked = problems.hasErrors() ? uncheckedFiles(library, loader, reservedSlugs, translations, withErrors) : Set.of();
    Set<String> uncheckedIds = problems.hasErrors() ? brokenItems(loader) : Set.of();
    List<RenderedContent> markdown = problems.hasErrors() && !pagesKnown(library, loader) ? List.of()
        : timed(steps, "markdown", () -> {
          // the translations first: the original's texts may link their pages by their site paths
          // (/uk/positions/, /uk/about/#a-heading), checked against their pages and headings as rendered
          Function<Edition, LinkTargets> targetsOf = e -> PageTypes.linkTargets(e).unchecked(unchecked, uncheckedIds)
              .withDrafts(loader.draftFiles());
          RenderedContent[] rendered = new RenderedContent[editions.size()];
          LinkTargets translated = null;
          for (int i = 0; i < editions.size(); i++) {
            Edition e = editions.get(i);
            if (e.isTranslation()) {
              RenderedContent content = RenderedContent.of(e.library(), engine, targetsOf.apply(e), problems, workers, cache, EntryHashes.NONE);
              rendered[i] = content;
              LinkTargets under = content.targets().inFolder(e.prefix());
              translated = translated == null ? under : translated.with(under);
            }
          }
          for (int i = 0; i < editions.size(); i++) {
            Edition e = editions.get(i);
            if (!e.isTranslation()) {
              LinkTargets own = targetsOf.apply(e);
              rendered[i] = RenderedContent.of(e.library(), engine, translated == null ? own : own.with(translated), problems, workers, cache, hashes);
            }
          }
          return List.of(rendered);
        });
    holdBackLater(mode, problems, loader.draftFiles());
    // the summaries of the drafts a build or check leaves out, checked as if published: their problems
    // are warnings (with --drafts and in a preview, the drafts without errors of their own are in the
    // library and rendered above; the others are held back for those errors)
    List<Article> drafts = withDrafts.articles().subList(library.articles().size(), withDrafts.articles().size());
    if (mode != Mode.PREVIEW && !options.includeDrafts() && !drafts.isEmpty() && !markdown.isEmpty()) {
      timed(steps, "drafts", () -> {
        // the site's pages with their anchors, and those the drafts would add (theirs, their tags' and
        // outlets' pages), found from the drafts alone
        Problems found = new Problems();
        LinkTargets withDraftPages = markdown.get(0).targets().with(PageTypes.linkTargets(library.with(drafts)));
        RenderedContent.checkDrafts(drafts, library.glossary(), engine, withDraftPages, found);
        found.all().forEach(p -> problems.add(p.isError() ? p.demoted(why) : p));
        return null;
      });
    }
    // every problem found: the site is assembled only without errors (and what was not checked against
    // the captures is told only then: after errors, it may be so for those errors). The templates' syntax
    // errors are told with the content's, not in a later round, and whether or not a page uses the
    // template: an error does not come and go with another file's. (A preview tells them when a page
    // uses the template, or after content errors.)
    if (problems.hasErrors() || mode != Mode.PREVIEW) {
      templateSyntaxErrors(templateEngine).forEach(problems::add);
    }
    problems.throwIfErrors();
    ProvenanceReport provenance = ProvenanceReport.of(library, evidence, problems);
    // which entries' summaries alone changed since the last build, when that is all that did: the pages
    // that do not read them are in the output folder already, and the search data is patched
    Optional<Set<String>> edited = mode == Mode.PREVIEW ? Optional.empty() : since.flatMap(s -> summariesOnly(s, changedEntries, editions, loader));
    // 5. assemble
    ConfinedFolder output = ConfinedFolder.of(options.output(), "the output folder");
    // (a check has no output folder to take them from, and renders no search data after such an edit)
    Optional<Site.Earlier> earlier = mode == Mode.BUILD ? edited.map(slugs -> new Site.Earlier(slugs, path -> earlierOutput(output, path)))
        : Optional.empty();
    Site.Shared shared = new Site.Shared(provenance, assets.paths(), editions.stream().map(Edition::language).toList(), cache, earlier);
    Sites site = timed(steps, "assemble", () -> {
      List<Site> languages = new ArrayList<>();
      for (int i = 0; i < editions.size(); i++) {
        languages.add(new Site(editions.get(i), markdown.get(i), messages.get(i), shared, PageTypes.all()));
      }
      return new Sites(languages);
    });
    if (options.strict() && mode == Mode.BUILD) {
      problems.promoteWarnings("--strict"); // (the templates' syntax errors were told above)
      problems.throwIfErrors();
    }
    // 6. render and 7. write
    TemplateRenderer templates = Workers.join(templateEngine);
    PreviewFiles made = PreviewFiles.none();
    int[] changed = {0};
    AtomicReference<Optional<Map<String, BuildStamp.Seen>>> left = new AtomicReference<>(Optional.empty());
    if (mode == Mode.BUILD) {
      List<Path> protectedDirs = protectedDirs(sources, cache);
      try (SiteWriter.Staging staging = looked.lock().isPresent()
          ? looked.lock().get().stage(protectedDirs, workers, looked.outputs().map(BuildStamp::listing))
          : SiteWriter.stage(options.output(), protectedDirs, workers)) {
        List<SitePage<?>> pages = site.pages();
        if (edited.isPresent()) {
          // only summaries were edited, and the output is as the last build left it: the pages that do
          // not read them are there already, byte for byte
          pages = pages.stream().filter(p -> p.reads(Set.of(Input.SUMMARIES), edited.get()) || !staging.keep(p.path())).toList();
        }
        render(steps, edited.isPresent() ? "render " + pages.size() + " of " + site.pages().size() : "render", site, pages, templates, workers,
            staging::write);
        if (edited.isPresent()) {
          long patched = site.languages().stream().filter(Site::searchPatched).count();
          BuildReport.Step step = steps.remove(steps.size() - 1);
          steps.add(new BuildReport.Step(step.name() + (patched == 0 ? "" : patched == site.languages().size() ? ", search data patched"
              : ", search data patched in " + patched + " of " + site.languages().size() + " languages"), step.nanos()));
        }
        timed(steps, "write", () -> {
          assets.files().forEach(staging::write);
          staging.commit();
          changed[0] = staging.changedFiles();
          if (edited.isEmpty()) {
            // every entry file, card and summary of the site was looked up: the others are of nothing
            // any more (a build that made only the pages reading summaries looked up only their cards)
            cache.prune(ContentLoader.CACHE);
            cache.prune(ShareCards.CACHE);
            cache.prune(RenderedContent.CACHE);
          } else {
            // what the edited entries were read and rendered as before the edit
            hashes.before().forEach(loader::supersede);
            cache.dropSuperseded();
          }
          if (rewriteEvidence) {
            SiteWriter.replaceFile(evidenceFile, evidenceBytes); // while the output is locked: one build writes it at a time
          }
          if (rewriteIds) {
            SiteWriter.replaceFile(idsSchema, ids);
          }
          if (cache.folder().isPresent()) {
            // while no other build can change it: from what the build saw there and what it changed,
            // when it saw what was there
            Optional<Map<String, BuildStamp.Seen>> after = looked.outputs().flatMap(before -> staging.committed()
                .flatMap(committed -> BuildStamp.outputsAfter(options.output(), before, committed, workers)));
            left.set(after.isPresent() ? after : BuildStamp.outputs(options.output(), workers));
          }
          return null;
        });
      }
    } else if (mode == Mode.PREVIEW) {
      // each file is made when it is asked for: the preview serves its first page without waiting for the others
      made = PreviewFiles.of(site, site.pages(), templates, assets.files(), threads);
    } else {
      // (of those, the files made without a template have nothing to check: a build makes them)
      List<SitePage<?>> pages = edited.isEmpty() ? site.pages()
          : site.pages().stream().filter(p -> p.type().templated() && p.reads(Set.of(Input.SUMMARIES), edited.get())).toList();
      render(steps, edited.isEmpty() ? "render" : "render " + pages.size() + " of " + site.pages().size(), site, pages, templates, workers,
          file -> {}); // a check keeps nothing
      if (rewriteEvidence) {
        SiteWriter.replaceFile(evidenceFile, evidenceBytes);
      }
      if (rewriteIds) {
        SiteWriter.replaceFile(idsSchema, ids);
      }
    }
    int htmlPages = (int) site.pages().stream().filter(p -> p.path().endsWith(".html")).count();
    BuildReport report = new BuildReport(htmlPages, library.articles().size(), assets.files().size(), List.copyOf(steps),
        // a problem found twice (a draft's misquote, held back by an earlier run of a preview and found again) is reported once
        problems.sorted().stream().filter(p -> !p.isError()).distinct().toList(), List.copyOf(notices), changed[0]);
    State state = new State(site, evidence, assets, sources, engine, templates,
        mode == Mode.PREVIEW ? frontMatterOf(content(), library) : Map.of());
    Map<String, List<Problem>> heldBack = mode == Mode.PREVIEW ? heldBackPages(held, loaded, editions) : Map.of();
    return new Ran(new SiteBuild(report, made, state, heldBack), left.get());
  }

  /**
   * The original edition of {@code library}, then its translation into each of {@code languages}, but
   * for the translations of the original's files {@code withErrors}.
   */
  private List<Edition> editions(Library library, List<String> languages, ContentLoader loader, Set<Path> withErrors, Problems problems,
      List<String> notices) {
    List<Edition> out = new ArrayList<>(List.of(Edition.original(library)));
    TranslationLoader translations = new TranslationLoader();
    for (String language : languages) {
      if (!Files.exists(options.templates().resolve("messages").resolve(language + ".properties"))) {
        problems.error(Location.of(options.content().resolve(language)), "there are no interface messages for the translation into '" + language + "'",
            "add templates/messages/" + language + ".properties: copy en.properties and translate its values");
        continue;
      }
      out.add(translations.load(options.content(), language, library, loader.gaps(), withErrors, problems, notices));
    }
    return List.copyOf(out);
  }

  /**
   * The value {@code step} gives; when it fails, its problems with those found before, in a {@link
   * ContentException}: a step after an error stops the run, and reports what was found before it too.
   */
  private static <T> T withProblems(Problems problems, Supplier<T> step) {
    try {
      return step.get();
    } catch (ContentException e) {
      problems.addAll(e.problems());
      throw new ContentException(problems.sorted().stream().distinct().toList());
    }
  }

  /**
   * The captures folder the quotes are checked against, if there is one (see {@link Captures#folder});
   * empty, the problem recorded, when the one named cannot be used: not again when the content has an
   * error at the same place already (site.yaml's 'sources:', refused when it is read).
   */
  private Optional<Path> capturesFolder(Library library, List<String> notices, Problems problems) {
    try {
      return Captures.folder(options.sources(), library.site(), options.content(), notices);
    } catch (ContentException e) {
      Set<Location> told = new HashSet<>();
      problems.all().stream().filter(Problem::isError).forEach(p -> told.add(p.at()));
      e.problems().stream().filter(p -> !told.contains(p.at())).forEach(problems::add);
      return Optional.empty();
    }
  }

  /**
   * The quotes, wording and citations of {@code library} checked against the captures in {@code
   * sources}, but for the entries with errors of their own ({@code withErrors}): their source may be
   * what is wrong (a capture that is not a text file is not also "not in the sources folder"). After
   * errors, only the errors of this step are told: its warnings (a quote not near its speaker's name,
   * an event's actors not in the entries it cites) read the actors and items that may be wrong.
   */
  private static Evidence provenance(Library library, Path sources, Evidence recorded, Set<Path> withErrors, Problems problems) {
    if (withErrors.isEmpty()) {
      return ProvenanceChecker.check(library, sources, recorded, problems);
    }
    Problems found = new Problems();
    Library sound = library.with(library.articles().stream().filter(a -> !withErrors.contains(a.file().toAbsolutePath().normalize())).toList());
    Evidence evidence = ProvenanceChecker.check(sound, sources, recorded, found);
    found.all().stream().filter(Problem::isError).forEach(problems::add);
    return evidence;
  }

  /** The files the errors among {@code problems} are in. */
  private static Set<Path> filesWithErrors(Problems problems) {
    Set<Path> files = new HashSet<>();
    problems.all().stream().filter(Problem::isError).forEach(p -> files.add(p.at().file().toAbsolutePath().normalize()));
    return Set.copyOf(files);
  }

  /**
   * Whether the pages of {@code library}, which links are checked against, can be known, when the
   * content has errors: it has its home page, and every data file could be read.
   */
  private static boolean pagesKnown(Library library, ContentLoader loader) {
    return loader.gaps().unreadable().isEmpty() && library.pages().stream().anyMatch(Page::home);
  }

  /**
   * The entry and page files among {@code withErrors} whose page cannot be known: they could not be
   * loaded, or their slug cannot place them (see {@link ContentValidator#unplaced}); with the file of
   * the same name in each translation's folder ({@code languages}). Links to them are not checked, and
   * they are not rendered.
   */
  private Set<Path> uncheckedFiles(Library library, ContentLoader loader, Set<String> reservedSlugs, List<String> languages, Set<Path> withErrors) {
    Set<Path> files = new HashSet<>(loader.unloadedFiles());
    files.addAll(ContentValidator.unplaced(library, reservedSlugs));
    Path content = options.content().toAbsolutePath().normalize();
    Set<Path> unchecked = new HashSet<>();
    for (Path file : files) {
      Path normal = file.toAbsolutePath().normalize();
      if (withErrors.contains(normal)) {
        unchecked.add(normal);
        if (normal.startsWith(content)) {
          languages.forEach(language -> unchecked.add(content.resolve(language).resolve(content.relativize(normal))));
        }
      }
    }
    return Set.copyOf(unchecked);
  }

  /** The ids of the items and entries that failed to load, but for drafts': links to the pages and anchors they name are not checked. */
  private static Set<String> brokenItems(ContentLoader loader) {
    Set<String> ids = new HashSet<>(loader.gaps().brokenIds());
    ids.removeAll(loader.gaps().draftSlugs());
    return Set.copyOf(ids);
  }

  /** The syntax errors of the templates, or why the template engine could not be set up at all. */
  private static List<Problem> templateSyntaxErrors(CompletableFuture<TemplateRenderer> templateEngine) {
    try {
      return Workers.join(templateEngine).syntaxErrors();
    } catch (ContentException e) {
      return e.problems();
    }
  }

  private static void render(List<BuildReport.Step> steps, String step, Sites site, List<SitePage<?>> pages, TemplateRenderer templates,
      Workers workers, Consumer<OutputFile> sink) {
    timed(steps, step, () -> {
      templates.render(site, pages, workers, sink);
      return null;
    });
  }

  /**
   * The slugs of the entries whose summaries alone were edited since the build {@code since} tells of,
   * when that is all that changed: every changed file is a published entry of the original language, and
   * each differs from the file as that build read it (kept in the build cache under its bytes then) in
   * nothing but its summary (see {@link ContentLoader#summaryAloneChanged}), and no translation copies
   * it word for word, before or after the edit ({@link #copiedByATranslation}). An entry file that is
   * unchanged gives the same entry, so no other entry differs from then but in what reads the edited
   * summaries. Empty otherwise, and the whole site is made: an edited translation, an entry read then
   * that the cache no longer keeps, an entry a translation copies. The pages to make again are then those
   * that read the summaries ({@link SitePage#reads}), as {@code serve} makes after such an edit.
   * {@code changedEntries} are the changed files that are published entries ({@link #changedEntries}).
   */
  private Optional<Set<String>> summariesOnly(Since since, Map<String, Article> changedEntries, List<Edition> editions, ContentLoader loader) {
    Set<String> slugs = new HashSet<>();
    for (Map.Entry<String, String> changed : since.changed().entrySet()) {
      Article now = changedEntries.get(changed.getKey());
      Optional<Article> then = now == null ? Optional.empty() : loader.summaryAloneChanged(now, changed.getValue());
      if (then.isEmpty() || copiedByATranslation(editions, then.get())) {
        return Optional.empty();
      }
      slugs.add(now.slug());
    }
    return Optional.of(Set.copyOf(slugs));
  }

  /**
   * Whether a translation among {@code editions} has a file for the entry {@code english} (of the same
   * name under {@code content/<language>/articles/}) that is not shown as a translation there (it copies
   * the English of the original edition, or cannot be read), or whose text is {@code english}'s word for
   * word. A translation with the English text word for word is shown as not translated yet, in lists,
   * the feed and the sitemap too, which do not read summaries: so when {@code editions} and {@code
   * english} are the site and the entry on either side of an edit of its summary, the edit needs a full
   * build.
   */
  private boolean copiedByATranslation(List<Edition> editions, Article english) {
    String name = english.file().getFileName().toString();
    for (Edition edition : editions) {
      if (edition.isTranslation()
          && Files.exists(options.content().resolve(edition.language()).resolve("articles").resolve(name), LinkOption.NOFOLLOW_LINKS)) {
        Optional<Article> translated = edition.hasText(Translations.Part.ENTRY, english.slug())
            ? edition.library().article(english.slug()) : Optional.empty();
        if (translated.isEmpty() || TranslationReader.texts(translated.get()).equals(TranslationReader.texts(english))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The bytes of the file at {@code path} of the output folder {@code output}, as the last build left it (the build
   * stamp found the folder so); empty when there is none, or it is a link or cannot be read. Read while
   * the build holds the output folder's lock, when a page asks for it.
   */
  private static Optional<byte[]> earlierOutput(ConfinedFolder output, String path) {
    try {
      Path file = output.path().resolve(path);
      return Files.isSymbolicLink(file) ? Optional.empty() : Optional.of(output.read(file, EARLIER_OUTPUT_LIMIT, "build with --no-cache"));
    } catch (ContentException | InvalidPathException e) {
      return Optional.empty();
    }
  }

  /** The largest file of the output folder {@link #earlierOutput} reads back. */
  private static final long EARLIER_OUTPUT_LIMIT = 256L << 20;

  /** The published entries of {@code library} whose files changed since the build {@code since} tells of, by input path. */
  private Map<String, Article> changedEntries(Since since, Library library) {
    if (since.changed().isEmpty()) {
      return Map.of();
    }
    Map<String, Article> changed = new HashMap<>();
    for (Article a : library.articles()) {
      String path = inputPath(a.file());
      if (since.changed().containsKey(path)) {
        changed.put(path, a);
      }
    }
    return changed;
  }

  /** The files of {@code changedEntries}, each with the SHA-256 of its bytes at the build {@code since} tells of. */
  private static Map<Path, String> hashesBefore(Since since, Map<String, Article> changedEntries) {
    Map<Path, String> before = new HashMap<>();
    changedEntries.forEach((path, a) -> before.put(a.file(), since.changed().get(path)));
    return before;
  }

  /** {@code file} of the content folder as the build stamp names it: {@code content/articles/x.md}. */
  private String inputPath(Path file) {
    Path content = options.content().toAbsolutePath().normalize();
    Path normal = file.toAbsolutePath().normalize();
    return normal.startsWith(content) ? BuildStamp.CONTENT + content.relativize(normal).toString().replace('\\', '/') : normal.toString();
  }

  /**
   * The draft files left out: all of them in a build; in a preview, those held back {@code later} (for
   * errors an earlier run of the preview found after validation) and those with errors of their own (in
   * loading, or in validation with every draft shown, recorded in a scratch list so they are not reported
   * twice). A shown draft that the others left out give an error (it names one as related) is held back
   * later, as one with a broken link is.
   */
  private Set<Path> hiddenDrafts(Library loaded, ContentLoader loader, Set<String> reservedSlugs, Problems problems, Set<Path> later) {
    Set<Path> drafts = loader.draftFiles();
    if (!options.includeDrafts()) {
      return drafts;
    }
    Problems trial = new Problems();
    ContentValidator.validate(loaded, slugsOf(loaded, drafts, Set.of()), loader.gaps(), reservedSlugs, trial);
    Set<Path> broken = new HashSet<>(later);
    Stream.concat(problems.all().stream(), trial.all().stream()).filter(Problem::isError).map(p -> p.at().file())
        .filter(drafts::contains).forEach(broken::add);
    return Set.copyOf(broken);
  }

  /** Keeps {@code problem} among the errors that hold the draft {@code file} back, once. */
  private static void hold(Map<Path, List<Problem>> held, Path file, Problem problem) {
    List<Problem> errors = held.computeIfAbsent(file, f -> new ArrayList<>());
    if (!errors.contains(problem)) {
      errors.add(problem);
    }
  }

  /**
   * Turns the errors of the {@code hidden} drafts into warnings that say {@code why} (they do not stop the
   * build that leaves the drafts out), keeping each error as it was in {@code held}, by file.
   */
  private static void holdBack(Problems problems, Set<Path> hidden, String why, Map<Path, List<Problem>> held) {
    problems.all().stream().filter(p -> p.isError() && hidden.contains(p.at().file())).forEach(p -> hold(held, p.at().file(), p));
    problems.demote(p -> hidden.contains(p.at().file()), why);
  }

  /**
   * In a preview, when there are errors and every one of them is in a draft shown so far ({@code
   * drafts}: every draft file; the hidden ones' errors are warnings by now) or in a translation of
   * one, throws {@link DraftsHeldLater} with them, by the draft's file. Otherwise the errors fail the
   * preview as they fail a build.
   */
  private void holdBackLater(Mode mode, Problems problems, Set<Path> drafts) {
    if (mode != Mode.PREVIEW || !problems.hasErrors()) {
      return;
    }
    Map<Path, List<Problem>> byDraft = new LinkedHashMap<>();
    for (Problem p : problems.all()) {
      if (p.isError()) {
        Optional<Path> draft = draftOf(p.at().file(), drafts);
        if (draft.isEmpty()) {
          return; // an error of published content: the preview fails on it, as a build does
        }
        byDraft.computeIfAbsent(draft.get(), f -> new ArrayList<>()).add(p);
      }
    }
    throw new DraftsHeldLater(byDraft);
  }

  /** The draft of {@code drafts} that {@code file} is, or translates ({@code content/<language>/articles/<its name>}). */
  private Optional<Path> draftOf(Path file, Set<Path> drafts) {
    if (file == null || drafts.contains(file)) {
      return Optional.ofNullable(file);
    }
    Path folder = file.getParent();
    if (folder == null || folder.getFileName() == null || !folder.getFileName().toString().equals("articles") || folder.getParent() == null
        || !options.content().equals(folder.getParent().getParent())) {
      return Optional.empty();
    }
    Path original = options.content().resolve("articles").resolve(file.getFileName().toString());
    return drafts.contains(original) ? Optional.of(original) : Optional.empty();
  }

  /**
   * The page each draft of {@code held} would have in every language of {@code editions}, with the
   * errors that keep it out, sorted: its slug as loaded, or as its file name gives it when it could not
   * be loaded.
   */
  private static Map<String, List<Problem>> heldBackPages(Map<Path, List<Problem>> held, Library loaded, List<Edition> editions) {
    Map<String, List<Problem>> pages = new LinkedHashMap<>();
    held.forEach((file, errors) -> {
      String slug = loaded.articles().stream().filter(a -> a.file().equals(file)).map(Article::slug).findFirst()
          .orElse(ContentLoader.slugFromFile(file));
      List<Problem> sorted = errors.stream().sorted(Problem.ORDER).toList();
      editions.forEach(e -> pages.put(e.prefix() + EntryPage.at(slug), sorted));
    });
    return Map.copyOf(pages);
  }

  /** The slugs of the entries of {@code files} that are not {@code hidden}. */
  private static Set<String> slugsOf(Library loaded, Set<Path> files, Set<Path> hidden) {
    Set<String> slugs = new HashSet<>();
    loaded.articles().stream().filter(a -> files.contains(a.file()) && !hidden.contains(a.file())).forEach(a -> slugs.add(a.slug()));
    return slugs;
  }

  private static byte[] readOrEmpty(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      return new byte[0];
    }
  }

  /** Each entry file's front matter as it is now (for telling a summary-only change later). */
  private static Map<Path, String> frontMatterOf(ConfinedFolder content, Library library) {
    Map<Path, String> out = new HashMap<>();
    for (Article a : library.articles()) {
      Path file = a.file().toAbsolutePath().normalize();
      out.put(file, frontMatterOf(content, file));
    }
    return Map.copyOf(out);
  }

  /** The front matter of {@code file} as it is now, or "" when it cannot be read (the next change to it gets a full build). */
  private static String frontMatterOf(ConfinedFolder content, Path file) {
    try {
      return FrontMatter.split(SourceFile.read(content, file), file).yaml();
    } catch (ContentException e) {
      return "";
    }
  }

  /** The content folder, whose files are all read through it. */
  private ConfinedFolder content() {
    return SourceFile.contentFolder(options.content());
  }

  private static <T> T timed(List<BuildReport.Step> steps, String name, Supplier<T> step) {
    long start = System.nanoTime();
    try {
      return step.get();
    } finally {
      steps.add(new BuildReport.Step(name, System.nanoTime() - start));
    }
  }
}
