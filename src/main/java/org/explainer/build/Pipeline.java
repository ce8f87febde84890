package org.explainer.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.explainer.concurrent.Workers;
import org.explainer.content.Article;
import org.explainer.content.ContentLoader;
import org.explainer.content.FrontMatter;
import org.explainer.content.MarkdownSource;
import org.explainer.content.SourceFile;
import org.explainer.content.ContentValidator;
import org.explainer.content.Library;
import org.explainer.diagnostic.ContentException;
import org.explainer.diagnostic.Location;
import org.explainer.diagnostic.Problems;
import org.explainer.markdown.MarkdownRenderer;
import org.explainer.markdown.RenderedContent;
import org.explainer.output.SiteWriter;
import org.explainer.provenance.ProvenanceChecker;
import org.explainer.provenance.ProvenanceReport;
import org.explainer.render.TemplateRenderer;
import org.explainer.site.Assets;
import org.explainer.site.OutputFile;
import org.explainer.site.PageList;
import org.explainer.site.PageSpec;
import org.explainer.site.SiteAssembler;

/**
 * The generator: content/ + templates/ → site/, as a straight pipeline.
 *
 * <ol>
 *   <li>load — walk content/, split front matter, read YAML into records; read the assets
 *   <li>validate — check ids and references; fail with every problem before any output
 *   <li>provenance — check quotes, wording and citations against the archived source captures
 *   <li>markdown — render every Markdown text for its page, checking internal links
 *   <li>assemble — decide the page set; each page's view is built when the page is rendered, on the
 *       thread that renders it (see {@link org.explainer.site.PageList})
 *   <li>render — run the templates; when building, each page goes to the staging folder as soon as it
 *       is rendered, so the site is never held in memory
 *   <li>write — stage the files made without templates and swap the staging folder in for the output
 *       folder (build only)
 * </ol>
 *
 * <p>Bad input ends in a {@link ContentException} carrying every problem; nothing is written then.
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

  /** Builds the site into the output folder. */
  public BuildReport build() {
    return run(true, false).report();
  }

  /** Runs every step but the last: loads, validates and renders in memory, writes nothing. */
  public BuildReport check() {
    return run(false, false).report();
  }

  /** Runs every step but the last and returns the files, for the preview server; writes nothing. */
  public SiteBuild preview() {
    return run(false, true);
  }

  /**
   * A site built in memory.
   *
   * @param report what the build did
   * @param files every file of the site, for the preview server (empty after a build, whose files went
   *     to disk as they were rendered, and after a check)
   * @param state what a later incremental rebuild starts from
   */
  public record SiteBuild(BuildReport report, List<OutputFile> files, State state) {}

  /**
   * The intermediate results of a build, kept by the preview server so that a change to one entry's
   * summary re-renders only what depends on it.
   *
   * @param library the validated content
   * @param sources the captures folder, if any
   * @param provenance the provenance checks' results
   * @param markdown every Markdown text rendered
   * @param assetPaths fingerprinted asset paths
   * @param markdownRenderer the Markdown engine
   * @param templates the template engine (its templates unchanged since)
   * @param frontMatter each entry file's front matter as read, to tell a summary-only change
   */
  public record State(
      Library library,
      Optional<Path> sources,
      ProvenanceReport provenance,
      RenderedContent markdown,
      java.util.Map<String, String> assetPaths,
      MarkdownRenderer markdownRenderer,
      TemplateRenderer templates,
      java.util.Map<Path, String> frontMatter) {}

  /**
   * Rebuilds after a change to {@code changed} files, re-rendering only what they affect when every
   * one of them is an entry whose front matter is unchanged and whose headings are the same: its page,
   * the search data and page, and provenance.json. Empty when the change needs a full build.
   *
   * @throws ContentException when the changed summaries have errors
   */
  public Optional<SiteBuild> rebuildSummaries(SiteBuild previous, java.util.Set<Path> changed) {
    long start = System.nanoTime();
    State state = previous.state();
    Library library = state.library();
    List<Article> edited = new ArrayList<>();
    for (Path file : changed) {
      Path normal = file.toAbsolutePath().normalize();
      Optional<Article> article = library.articles().stream().filter(a -> a.file().toAbsolutePath().normalize().equals(normal)).findFirst();
      String before = state.frontMatter().get(normal);
      if (article.isEmpty() && !Files.exists(normal)) {
        continue; // an editor's temporary file that came and went
      }
      if (article.isEmpty() || before == null || !Files.isRegularFile(normal)) {
        return Optional.empty();
      }
      FrontMatter split;
      try {
        split = FrontMatter.split(SourceFile.read(normal), normal);
      } catch (ContentException e) {
        return Optional.empty(); // let the full build report it
      }
      if (!split.yaml().equals(before)) {
        return Optional.empty();
      }
      edited.add(article.get().withBody(new MarkdownSource(split.body(), new Location(normal, split.bodyFirstLine(), 1))));
    }
    if (edited.isEmpty()) {
      return Optional.empty();
    }
    Problems problems = new Problems();
    RenderedContent markdown = state.markdown();
    ProvenanceReport provenance = state.provenance();
    for (Article a : edited) {
      library = library.withArticle(a);
      Optional<RenderedContent> next = markdown.withArticle(library, a, state.markdownRenderer(), problems);
      if (next.isEmpty()) {
        return Optional.empty();
      }
      markdown = next.get();
      if (state.sources().isPresent()) {
        Library one = new Library(library.site(), List.of(a), library.actors(), List.of(), library.glossary(), List.of(), List.of());
        ProvenanceReport checked = ProvenanceChecker.check(one, state.sources().get(), problems);
        java.util.Map<String, ProvenanceReport.Entry> entries = new java.util.HashMap<>(provenance.entries());
        entries.putAll(checked.entries());
        provenance = new ProvenanceReport(provenance.checked(), java.util.Map.copyOf(entries));
      }
    }
    problems.throwIfErrors();
    SiteAssembler assembler = new SiteAssembler(library, markdown, state.assetPaths(), options.content().resolve("site.yaml"), provenance);
    List<PageSpec> pages = new ArrayList<>();
    edited.forEach(a -> pages.add(assembler.articlePage(a)));
    pages.add(assembler.searchPage());
    List<OutputFile> rendered = state.templates().render(pages);
    java.util.Map<String, OutputFile> files = new java.util.LinkedHashMap<>();
    previous.files().forEach(f -> files.put(f.path(), f));
    rendered.forEach(f -> files.put(f.path(), f));
    assembler.files().forEach(f -> files.put(f.path(), f));
    BuildReport before = previous.report();
    BuildReport report = new BuildReport(rendered.size(), before.articles(), before.assets(),
        List.of(new BuildReport.Step("incremental", System.nanoTime() - start)), before.warnings(), before.notices());
    State next = new State(library, state.sources(), provenance, markdown, state.assetPaths(), state.markdownRenderer(),
        state.templates(), state.frontMatter());
    return Optional.of(new SiteBuild(report, List.copyOf(files.values()), next));
  }

  private SiteBuild run(boolean write, boolean keepState) {
    try (Workers workers = Workers.of(threads)) {
      return run(write, keepState, workers);
    }
  }

  private SiteBuild run(boolean write, boolean keepState, Workers workers) {
    List<BuildReport.Step> steps = new ArrayList<>();
    Problems problems = new Problems();
    // The Markdown and template engines do not depend on content: set them up on the other core while
    // content loads.
    CompletableFuture<MarkdownRenderer> markdownEngine = workers.start(markdownRenderer);
    CompletableFuture<Assets> assetFiles = workers.start(() -> Assets.load(options.templates().resolve("assets")));
    CompletableFuture<TemplateRenderer> templateEngine = workers.start(() -> new TemplateRenderer(options.templates()).preload());

    // 1. load
    ContentLoader loader = new ContentLoader();
    Library loaded = timed(steps, "load", () -> loader.load(options.content(), problems, workers)).orElse(null);
    Assets assets = timed(steps, "load assets", () -> Workers.join(assetFiles));
    for (String name : SiteAssembler.requiredAssets()) {
      if (!assets.paths().containsKey(name)) {
        problems.error(Location.of(options.templates().resolve("assets").resolve(name)), "the asset '" + name + "' is missing",
            "restore templates/assets/" + name + "; every page links to it");
      }
    }
    // 2. validate
    Library library = loaded == null ? null : timed(steps, "validate", () -> ContentValidator.validate(loaded, options.includeDrafts(), loader.gaps(), problems));
    if (!options.includeDrafts()) {
      // a draft is left out of the build, so its own problems must not stop it
      problems.demote(p -> loader.draftFiles().contains(p.at().file()), "the entry is a draft, so it is not published");
    }
    problems.throwIfErrors();
    if (library == null) {
      throw new IllegalStateException("loading failed without reporting an error");
    }
    // 3. provenance: quotes, wording and citations against the archived captures of the sources
    List<String> notices = new ArrayList<>();
    Optional<Path> sources = sourcesFolder(library, notices);
    ProvenanceReport provenance = sources.isEmpty() ? ProvenanceReport.unchecked()
        : timed(steps, "provenance", () -> ProvenanceChecker.check(library, sources.get(), problems));
    problems.throwIfErrors();
    // 4. markdown
    RenderedContent markdownHtml = timed(steps, "markdown", () -> RenderedContent.of(library, Workers.join(markdownEngine), problems, workers));
    problems.throwIfErrors();
    // 5. assemble
    SiteAssembler assembler = new SiteAssembler(library, markdownHtml, assets.paths(), options.content().resolve("site.yaml"), provenance);
    PageList pages = timed(steps, "assemble", () -> assembler.pages(workers));
    assembler.warnings().forEach(problems::add);
    // 6. render and 7. write: when building, each page goes to the staging folder as soon as it is
    // rendered, so the site is never held in memory; the staging folder is swapped in at the end
    TemplateRenderer templates = Workers.join(templateEngine);
    List<OutputFile> files = new ArrayList<>();
    if (write) {
      try (SiteWriter.Staging staging = SiteWriter.stage(options.output(), List.of(options.content(), options.templates()))) {
        timed(steps, "render", () -> {
          templates.render(pages, workers, staging::write);
          return null;
        });
        timed(steps, "write", () -> {
          assembler.files().forEach(staging::write);
          assets.files().forEach(staging::write);
          staging.commit();
          return null;
        });
      }
    } else if (keepState) {
      files.addAll(timed(steps, "render", () -> templates.render(pages, workers)));
      files.addAll(assembler.files());
      files.addAll(assets.files());
    } else {
      timed(steps, "render", () -> {
        templates.render(pages, workers, file -> {}); // a check renders every page for its errors, and keeps none
        return null;
      });
    }
    int htmlPages = (int) pages.paths().stream().filter(p -> p.endsWith(".html")).count();
    BuildReport report = new BuildReport(htmlPages, library.articles().size(), assets.files().size(), List.copyOf(steps),
        problems.sorted().stream().filter(p -> !p.isError()).toList(), List.copyOf(notices));
    return new SiteBuild(report, List.copyOf(files), new State(library, sources, provenance, markdownHtml, assets.paths(),
        Workers.join(markdownEngine), Workers.join(templateEngine), keepState ? frontMatterOf(library) : java.util.Map.of()));
  }

  /**
   * The folder of source captures: the one given on the command line (which must exist), else the
   * {@code sources:} setting of site.yaml, relative to the folder that holds content/. Without one, the
   * provenance checks are skipped with a notice.
   */
  private Optional<Path> sourcesFolder(Library library, List<String> notices) {
    if (options.sources().isPresent()) {
      Path dir = options.sources().get().toAbsolutePath().normalize();
      if (!Files.isDirectory(dir)) {
        throw ContentException.of(Location.of(dir), "the sources folder does not exist", "pass the folder that holds the source captures to --sources");
      }
      return Optional.of(dir);
    }
    Optional<String> configured = library.site().sources();
    if (configured.isEmpty()) {
      notices.add("no sources folder (--sources DIR, or 'sources:' in site.yaml): quotes and wording were not checked against the source captures");
      return Optional.empty();
    }
    Path base = options.content().toAbsolutePath().normalize().getParent();
    Path dir = base.resolve(configured.get()).normalize();
    if (!Files.isDirectory(dir)) {
      notices.add("the sources folder " + dir + " (from site.yaml) is not here: quotes and wording were not checked against the source captures");
      return Optional.empty();
    }
    return Optional.of(dir);
  }

  /** Each entry file's front matter as it is now (for telling a summary-only change later). */
  private static java.util.Map<Path, String> frontMatterOf(Library library) {
    java.util.Map<Path, String> out = new java.util.HashMap<>();
    for (Article a : library.articles()) {
      Path file = a.file().toAbsolutePath().normalize();
      try {
        out.put(file, FrontMatter.split(SourceFile.read(file), file).yaml());
      } catch (ContentException e) {
        // changed since it was loaded: the next change to it gets a full build
      }
    }
    return java.util.Map.copyOf(out);
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
