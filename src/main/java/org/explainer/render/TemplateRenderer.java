package org.explainer.render;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.explainer.concurrent.Workers;
import org.explainer.diagnostic.ContentException;
import org.explainer.diagnostic.Location;
import org.explainer.diagnostic.Problem;
import org.explainer.files.ConfinedFolder;
import org.explainer.site.Chrome;
import org.explainer.site.Messages;
import org.explainer.site.Output;
import org.explainer.site.OutputFile;
import org.explainer.site.SitePage;
import org.explainer.site.Sites;

/**
 * Renders pages with one Freemarker configuration, built once: templates from {@code templates/}, HTML
 * auto-escaping for {@code .ftlh}, errors rethrown (never printed into a page), no {@code ?new} or
 * {@code ?api}, and a fixed locale and time zone so output never depends on the machine.
 *
 * <p>Each template receives three variables: {@code chrome} (what the layout needs, a {@link Chrome}),
 * {@code page} (the page's own view, a record declared with its page type) and {@code msg} (the
 * interface text of the page's language, see {@link MessageFunction}).
 */
public final class TemplateRenderer {
  private final Configuration config;
  private final Path templatesDir;
  private final RenderLimits limits;
  /** The templates that carry FreeMarker's interruption checks (see {@link #interruptible}). */
  private final Set<Template> interruptible = Collections.newSetFromMap(Collections.synchronizedMap(new IdentityHashMap<>()));

  /**
   * A renderer over the templates in {@code templatesDir}, with the {@linkplain RenderLimits#defaults()
   * default limits}.
   *
   * @throws ContentException when the folder does not exist
   */
  public TemplateRenderer(Path templatesDir) {
    this(templatesDir, RenderLimits.defaults());
  }

  /**
   * A renderer over the templates in {@code templatesDir} whose pages stop, with a template error, at
   * {@code limits}.
   *
   * @throws ContentException when the folder does not exist
   */
  public TemplateRenderer(Path templatesDir, RenderLimits limits) {
    this.templatesDir = templatesDir;
    this.limits = limits;
    if (!Files.isDirectory(templatesDir)) {
      throw ContentException.of(Location.of(templatesDir), "the templates folder does not exist", "pass --templates DIR or run from the project folder");
    }
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    try {
      cfg.setTemplateLoader(new FileTemplateLoader(templatesDir.toFile(), false));
    } catch (IOException e) {
      throw ContentException.of(Location.of(templatesDir), "cannot read the templates folder (" + e.getMessage() + ")", "check its permissions");
    }
    cfg.setObjectWrapper(ViewWrapper.of(Configuration.VERSION_2_3_34));
    cfg.setDefaultEncoding(StandardCharsets.UTF_8.name());
    cfg.setOutputEncoding(StandardCharsets.UTF_8.name());
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setLocale(Locale.ENGLISH);
    cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
    cfg.setNumberFormat("computer");
    cfg.setLocalizedLookup(false);
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    this.config = cfg;
  }

  /**
   * Parses every template under the templates folder ahead of use, so that a pipeline can do it while
   * content loads. Problems are not reported here: the same template fails again, with its location,
   * when a page uses it, and {@link #syntaxErrors()} tells the syntax errors of all.
   *
   * @return this renderer
   */
  public TemplateRenderer preload() {
    for (String name : templateNames()) {
      try {
        // every template a page may include, so that its loops can be stopped too
        interruptible(config.getTemplate(name));
      } catch (IOException | RuntimeException e) {
        // reported with its location when a page renders with it, or by syntaxErrors()
      }
    }
    return this;
  }

  /**
   * The syntax errors of every template under the templates folder, each at its file, line and column,
   * found without rendering a page: what a check can tell of the templates while content errors keep
   * the site from being assembled. Templates parsed before (by {@link #preload()}) are not parsed again.
   */
  public List<Problem> syntaxErrors() {
    List<Problem> errors = new ArrayList<>();
    for (String name : templateNames()) {
      try {
        config.getTemplate(name);
      } catch (IOException | RuntimeException e) {
        // any other failure is told when a page uses the template
        parseError(e).ifPresent(parse -> errors.addAll(syntaxError(parse, name).problems()));
      }
    }
    return errors;
  }

  /** The parse error {@code e} is or wraps: a template that failed to parse before (e.g. while preloading) comes back wrapped. */
  private static Optional<ParseException> parseError(Throwable e) {
    return cause(e, ParseException.class);
  }

  /** The failure of {@code type} that {@code e} is or wraps, if any. */
  private static <T extends Throwable> Optional<T> cause(Throwable e, Class<T> type) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return Optional.of(type.cast(cause));
      }
    }
    return Optional.empty();
  }

  /** The names of the templates under the templates folder ({@code .ftlh}, {@code .ftlx}, {@code .ftl}), in order; none when it cannot be listed. */
  private List<String> templateNames() {
    try (Stream<Path> files = Files.walk(templatesDir)) {
      return files.sorted()
          .map(file -> templatesDir.relativize(file).toString().replace('\\', '/'))
          .filter(name -> name.endsWith(".ftlh") || name.endsWith(".ftlx") || name.endsWith(".ftl"))
          .toList();
    } catch (IOException | UncheckedIOException e) {
      // the folder is checked in the constructor; a listing failure shows up at render time
      return List.of();
    }
  }

  /**
   * Makes every file of {@code pages} on {@code workers}, rendering those that have a template, and
   * hands each to {@code sink} as soon as it is made (from the worker's thread, so the sink must be
   * thread-safe): a large site is never held in memory. Collects the errors of all pages before failing.
   *
   * @throws ContentException naming each template error's file, line and column, or the first error
   *     {@code sink} threw
   */
  public void render(Sites site, List<SitePage<?>> pages, Workers workers, Consumer<OutputFile> sink) {
    render(site, pages, workers, sink, () -> false);
  }

  /**
   * As {@link #render(Sites, List, Workers, Consumer)}, but each page not begun when {@code stop} turns
   * true is skipped: for work that a later build may make pointless (the check of every page that
   * {@code serve} runs after it starts serving).
   */
  public void render(Sites site, List<SitePage<?>> pages, Workers workers, Consumer<OutputFile> sink, BooleanSupplier stop) {
    // pages are independent: make them on every core, then report in page order
    record Failure(String template, ContentException error, boolean fromSink) {}
    AtomicLong siteBytes = new AtomicLong();
    // a page over a limit fails the build: the pages not begun are skipped, or a loop without end in the
    // layout would stop every page in turn, at the limit each
    AtomicBoolean overALimit = new AtomicBoolean();
    List<Failure> failures;
    try (PageWatch watch = new PageWatch(limits)) {
      failures = workers.map(pages, page -> {
        if (stop.getAsBoolean() || overALimit.get()) {
          return null;
        }
        OutputFile file;
        try {
          file = make(watch, site, page);
        } catch (Failed e) {
          if (e.overLimit) {
            overALimit.set(true);
          }
          return new Failure(e.template, e.error, false);
        }
        if (siteBytes.addAndGet(file.bytes().length) > limits.siteBytes()) {
          overALimit.set(true);
          return new Failure(page.path(), ContentException.of(Location.of(templatesDir), String.format(Locale.ROOT,
              "the site's files add up to more than %,d bytes, the limit of a site (reached at %s)", limits.siteBytes(), page.path()),
              "look for a template or a list that repeats without end; a site of 10,000 entries is about 240 MiB"), true);
        }
        try {
          sink.accept(file);
        } catch (ContentException e) {
          return new Failure(page.path(), e, true);
        }
        return null;
      });
    }
    List<Problem> problems = new ArrayList<>();
    Set<String> failedTemplates = new HashSet<>();
    for (Failure f : failures) {
      if (f == null) {
        continue;
      }
      if (f.fromSink()) {
        throw f.error();
      }
      if (failedTemplates.add(f.template())) {
        // one report per broken template is enough
        f.error().problems().stream().filter(p -> !problems.contains(p)).forEach(problems::add);
      }
    }
    if (!problems.isEmpty()) {
      throw new ContentException(problems);
    }
  }

  /**
   * Makes one file of {@code site}, as {@link #render(Sites, List, Workers, Consumer)} makes each: for a
   * page asked for before the others are made (the preview server makes its pages as they are opened).
   *
   * @throws ContentException naming the template error's file, line and column, or the limit the page
   *     went over
   */
  public OutputFile render(Sites site, SitePage<?> page) {
    try (PageWatch watch = new PageWatch(limits)) {
      return make(watch, site, page);
    } catch (Failed e) {
      throw e.error;
    }
  }

  /**
   * A page that could not be made, with the template it failed in (its path when it has none), and
   * whether it went over one of the {@link RenderLimits}.
   */
  private static final class Failed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String template;
    private final transient ContentException error;
    private final boolean overLimit;

    Failed(String template, ContentException error, boolean overLimit) {
      super(null, null, false, false);
      this.template = template;
      this.error = error;
      this.overLimit = overLimit;
    }
  }

  /** A page's template went over one of the {@link RenderLimits}; {@code error} says which. */
  private static final class OverLimit extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ContentException error;

    OverLimit(ContentException error) {
      super(null, null, false, false);
      this.error = error;
    }
  }

  /** One file of {@code page}, rendered with its template or its bytes as they are; {@link Failed} when it cannot be made. */
  private OutputFile make(PageWatch watch, Sites site, SitePage<?> page) {
    Output output = null;
    try {
      output = page.output();
      return new OutputFile(page.path(), output instanceof Output.Rendered r
          ? render(watch, page.path(), r.template(), site.chrome(page, r.meta()), r.view(), page.site().messages()) : ((Output.Bytes) output).bytes());
    } catch (ContentException e) {
      throw new Failed(templateOf(output, page), e, false);
    } catch (OverLimit e) {
      throw new Failed(templateOf(output, page), e.error, true);
    }
  }

  /** The template {@code output} of {@code page} is rendered with; the page's path when it has none (bytes, or not made yet). */
  private static String templateOf(Output output, SitePage<?> page) {
    return output instanceof Output.Rendered r ? r.template() : page.path();
  }

  /** As {@link #render(Sites, List, Workers, Consumer)}, returning the files in page order. */
  public List<OutputFile> render(Sites site, List<SitePage<?>> pages, Workers workers) {
    Map<String, OutputFile> made = new ConcurrentHashMap<>();
    render(site, pages, workers, file -> made.put(file.path(), file));
    return pages.stream().map(page -> made.get(page.path())).toList();
  }

  /**
   * Renders one page with {@code template}, watched by {@code watch}: the template sees {@code chrome}
   * and {@code view} as {@code chrome} and {@code page}, and {@code messages} through {@code msg}.
   * Returns the page encoded as UTF-8.
   *
   * @throws ContentException naming the template error's file, line and column
   * @throws OverLimit naming the limit the page went over
   */
  private byte[] render(PageWatch watch, String path, String templateName, Chrome chrome, Record view, Messages messages) {
    Template template = template(templateName);
    LimitedWriter html = new LimitedWriter(limits.charactersPerPage());
    PageWatch.Watch watching = watch.start();
    try (watching) {
      template.process(Map.of("chrome", chrome, "page", view, "msg", new MessageFunction(messages)), html);
    } catch (LimitedWriter.LimitReached e) {
      throw overLimit(templateName, path, String.format(Locale.ROOT, "it wrote more than %,d characters, the limit for one page", limits.charactersPerPage()));
    } catch (OutOfMemoryError e) {
      html = null; // let the page go before anything else is made
      throw overLimit(templateName, path, "it took all the memory the build has");
    } catch (RuntimeException e) {
      if (watching.over() != null) { // FreeMarker stopped the template where the watch interrupted it
        throw overLimit(templateName, path, watching.over() + ", the limit for one page");
      }
      throw e;
    } catch (TemplateException e) {
      Location at = new Location(templateFile(e.getTemplateSourceName(), templateName), orZero(e.getLineNumber()), orZero(e.getColumnNumber()));
      Optional<Problem> message = messageProblem(e);
      if (message.isPresent()) { // msg asked for a key its messages file lacks: the file or the template is wrong
        throw ContentException.of(at, "template error while rendering " + path + ": " + message.get().message(),
            message.get().fix() + ", or correct the key here");
      }
      Optional<TemplateNotFoundException> notFound = notFound(e);
      if (notFound.isPresent()) { // an #import or #include of a template that is not there
        String name = notFound.get().getTemplateName();
        throw ContentException.of(at, "template error while rendering " + path + ": the template '" + name + "' it imports or includes is missing",
            "restore templates/" + name + ", or correct the name here");
      }
      throw ContentException.of(at, "template error while rendering " + path + ": " + describe(e),
          "fix the template; a missing value can be tested with '??' or given a default with '!'");
    } catch (IOException e) {
      throw ContentException.of(Location.of(templatesDir.resolve(templateName)), "cannot render: " + e.getMessage(), "check the template");
    } catch (StackOverflowError e) {
      // templates are trusted less than code: an include or macro that calls itself must not crash the build
      throw ContentException.of(Location.of(templatesDir.resolve(templateName)),
          "template error while rendering " + path + ": the templates include or call themselves without end",
          "look for an #include or macro call that reaches itself again");
    }
    return html.bytes();
  }

  /** The template not found that {@code e} failed on, if it is one: an {@code #import} or {@code #include} of a missing file. */
  private static Optional<TemplateNotFoundException> notFound(Throwable e) {
    return cause(e, TemplateNotFoundException.class);
  }

  private OverLimit overLimit(String templateName, String path, String what) {
    return new OverLimit(ContentException.of(Location.of(templatesDir.resolve(templateName)),
        "template error while rendering " + path + ": " + what,
        "look for a #list over a sequence without end (1..), a loop that never stops, or a value that keeps growing,"
            + " in this template or one it includes"));
  }

  private Template template(String name) {
    try {
      return interruptible(config.getTemplate(name));
    } catch (TemplateNotFoundException e) {
      requireReadable(name);
      throw ContentException.of(Location.of(templatesDir.resolve(name)), "the template '" + name + "' is missing",
          "restore templates/" + name + " (every page type needs its template)");
    } catch (IOException e) {
      Optional<ParseException> parse = parseError(e);
      if (parse.isPresent()) {
        throw syntaxError(parse.get(), name);
      }
      requireReadable(name);
      throw ContentException.of(Location.of(templatesDir.resolve(name)), "cannot read the template (" + e.getMessage() + ")", "check the file");
    }
  }

  /**
   * The loader reads only regular files inside the templates folder, links resolved (a link to
   * /etc/passwd is not a template): when the template {@code name} is there but not read, says why.
   *
   * @throws ContentException when the file exists but is a link out of the folder or not a regular file
   */
  private void requireReadable(String name) {
    Path file = templatesDir.resolve(name);
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      ConfinedFolder.of(templatesDir, "the templates folder").requireFile(file);
    }
  }

  /**
   * {@code template} with FreeMarker's checks of the thread's interruption in every loop, added once:
   * what lets {@link PageWatch} stop a page. FreeMarker offers them through its internal API only
   * ({@code _CoreAPI}, as the FreeMarker online tester uses them); the version is pinned, and
   * TemplateLimitsTest fails if they stop working.
   */
  private Template interruptible(Template template) {
    synchronized (interruptible) {
      if (interruptible.add(template)) {
        _CoreAPI.addThreadInterruptedChecks(template);
      }
    }
    return template;
  }

  private ContentException syntaxError(ParseException e, String name) {
    return ContentException.of(
        new Location(templateFile(e.getTemplateName(), name), e.getLineNumber(), e.getColumnNumber()),
        "template syntax error: " + withList(e.getEditorMessage()),
        "fix the template's syntax at this point");
  }

  /** The problem the {@code msg} function met (a key its messages file lacks), when that is what stopped the template. */
  private static Optional<Problem> messageProblem(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof MessageFunction.MissingMessage missing) {
        return Optional.of(missing.problem());
      }
    }
    return Optional.empty();
  }

  private static String describe(TemplateException e) {
    if (e instanceof freemarker.core.InvalidReferenceException && e.getBlamedExpressionString() != null) {
      return e.getBlamedExpressionString() + " is null or missing";
    }
    return firstLine(e.getMessageWithoutStackTop());
  }

  private Path templateFile(String sourceName, String fallback) {
    return templatesDir.resolve(sourceName == null ? fallback : sourceName);
  }

  private static int orZero(Integer n) {
    return n == null ? 0 : n;
  }

  /** The most items of a list (what FreeMarker expected) that {@link #withList} names. */
  private static final int LISTED = 8;

  /**
   * The first line of {@code message}; when it ends with a colon (FreeMarker's "was expecting one of these
   * patterns:"), followed by the first {@value #LISTED} lines after it, separated by commas.
   */
  private static String withList(String message) {
    List<String> lines = (message == null ? "" : message.strip()).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    if (lines.isEmpty()) {
      return "";
    }
    if (!lines.get(0).endsWith(":") || lines.size() == 1) {
      return lines.get(0);
    }
    List<String> items = lines.subList(1, lines.size());
    return lines.get(0) + " " + String.join(", ", items.subList(0, Math.min(LISTED, items.size()))) + (items.size() > LISTED ? ", …" : "");
  }

  private static String firstLine(String message) {
    String m = message == null ? "" : message.strip();
    int nl = m.indexOf('\n');
    return (nl < 0 ? m : m.substring(0, nl)).strip();
  }
}
