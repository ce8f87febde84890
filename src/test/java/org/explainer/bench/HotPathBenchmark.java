package org.explainer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.explainer.build.BuildOptions;
import org.explainer.build.Pipeline;
import org.explainer.concurrent.Workers;
import org.explainer.diagnostic.Problems;
import org.explainer.content.FrontMatter;
import org.explainer.content.MarkdownSource;
import org.explainer.diagnostic.Location;
import org.explainer.files.FileTrees;
import org.explainer.markdown.GlossaryLinker;
import org.explainer.markdown.LinkTargets;
import org.explainer.markdown.MarkdownRenderer;
import org.explainer.markdown.RenderedMarkdown;
import org.explainer.output.SiteWriter;
import org.explainer.render.TemplateRenderer;
import org.explainer.site.OutputFile;
import org.explainer.site.PageTypes;
import org.explainer.site.Sites;
import org.explainer.site.SitePage;
import org.explainer.yaml.YamlNode;
import org.explainer.yaml.YamlReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Micro-benchmarks of the build's hot path, one typical entry of a 50-entry {@link SyntheticCorpus} at a
 * time, so that a regression shows up in the step that caused it:
 *
 * <ul>
 *   <li>{@code frontMatter}: split an entry file and read its YAML front matter
 *   <li>{@code markdown}: parse and render its ~600-word body, checking its links
 *   <li>{@code glossaryLinks}: parse its body and link the first use of each glossary term
 *   <li>{@code templateEntryPage}: render its entry page with the real templates
 *   <li>{@code writeSite}: replace an output folder with the whole 50-entry site (~110 pages)
 *   <li>{@code site50InMemory}: every step but the write for the 50-entry site (load to render)
 * </ul>
 *
 * <p>Run with {@code bench/jmh.sh [regex]} from any folder; the templates are this project's
 * {@code templates/} (the working directory's, or {@code -Dexplainer.home}'s). These are steady-state
 * figures of a warmed-up JVM; the cold command-line build is measured by {@code bench/run.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class HotPathBenchmark {
  private static final int ENTRIES = 50;
  /** The entry measured: one in the middle of the corpus. */
  private static final int ENTRY = 17;

  private Path dir;
  private Path content;
  private Path templates;
  private Path output;

  private final YamlReader yaml = new YamlReader(1 << 20);
  private final MarkdownRenderer markdown = new MarkdownRenderer();
  private String entryText;
  private Path entryFile;
  private MarkdownSource body;
  private String entryPath;
  private LinkTargets targets;
  private GlossaryLinker glossary;
  private String glossaryHref;
  private TemplateRenderer renderer;
  private Sites site;
  private SitePage<?> entryPage;
  private final Workers sequential = Workers.of(1);
  private List<OutputFile> files;
  private BuildOptions options;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("explainer-jmh");
    content = dir.resolve("content");
    output = dir.resolve("site");
    String home = System.getProperty("explainer.home", "");
    templates = (home.isBlank() ? Path.of("templates") : Path.of(home, "templates")).toAbsolutePath();
    if (!Files.isDirectory(templates)) {
      throw new IllegalStateException("no templates at " + templates + "; run from the project folder or pass -Dexplainer.home=DIR");
    }
    SyntheticCorpus corpus = new SyntheticCorpus(ENTRIES, SyntheticCorpus.DEFAULT_SEED);
    corpus.writeContent(content);
    options = new BuildOptions(content, templates, output, false);

    entryFile = content.resolve("articles").resolve(corpus.fileName(ENTRY));
    entryText = Files.readString(entryFile);
    FrontMatter split = FrontMatter.split(entryText, entryFile);
    body = new MarkdownSource(split.body(), new Location(entryFile, split.bodyFirstLine(), 1));

    // the real pipeline's steps, up to one entry's page
    Pipeline.SiteBuild built = new Pipeline(options).preview();
    files = built.files();
    site = built.state().site();
    String slug = corpus.slug(ENTRY);
    entryPage = site.pages().stream().filter(p -> p.path().equals("articles/" + slug + "/index.html")).findFirst().orElseThrow();
    entryPath = entryPage.path();
    renderer = new TemplateRenderer(templates);
    targets = PageTypes.linkTargets(site.library());
    glossary = new GlossaryLinker(site.library().glossary(), targets.glossary());
    glossaryHref = "../../glossary/index.html";
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    FileTrees.delete(dir);
  }

  /** Front matter of one entry: split the file, read the YAML into a located tree. */
  @Benchmark
  public YamlNode frontMatter() {
    FrontMatter split = FrontMatter.split(entryText, entryFile);
    return yaml.read(split.yaml(), entryFile, split.yamlFirstLine());
  }

  /** Markdown of one entry: parse its ~600-word body and render it for its page, checking its links. */
  @Benchmark
  public RenderedMarkdown markdown() {
    return markdown.render(markdown.parse(body), entryPath, targets, new Problems());
  }

  /** Glossary links in one entry body (20 terms and their variants), with the parse they need. */
  @Benchmark
  public MarkdownRenderer.Parsed glossaryLinks() {
    MarkdownRenderer.Parsed parsed = markdown.parse(body);
    glossary.link(parsed, glossaryHref);
    return parsed;
  }

  /** Template of one entry page (layout included), from its ready view. */
  @Benchmark
  public List<OutputFile> templateEntryPage() {
    return renderer.render(site, List.of(entryPage), sequential);
  }

  /** Write: replace the output folder with the 50-entry site (stage, swap, delete the old one). */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Path writeSite() {
    SiteWriter.replace(output, files, List.of(content, templates));
    return output;
  }

  /** The whole 50-entry site in memory: load, validate, Markdown, assemble, render (no write). */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public int site50InMemory() {
    return new Pipeline(options).preview().files().size();
  }
}
