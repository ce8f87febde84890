package org.explainer.render;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.explainer.diagnostic.ContentException;
import org.explainer.diagnostic.Location;
import org.explainer.diagnostic.Problem;
import org.explainer.concurrent.Workers;
import org.explainer.site.Chrome;
import org.explainer.site.Messages;
import org.explainer.site.Output;
import org.explainer.site.OutputFile;
import org.explainer.site.Sites;
import org.explainer.site.SitePage;

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

  /**
   * A renderer over the templates in {@code templatesDir}.
   *
   * @throws ContentException when the folder does not exist
   */
  public TemplateRenderer(Path templatesDir) {
    this.templatesDir = templatesDir;
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
   * when a page uses it.
   *
   * @return this renderer
   */
  public TemplateRenderer preload() {
    try (Stream<Path> files = Files.list(templatesDir)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".ftlh") || name.endsWith(".ftlx")) {
          try {
            config.getTemplate(name);
          } catch (IOException | RuntimeException e) {
            // reported with its location when a page renders with it
          }
        }
      }
    } catch (IOException e) {
      // the folder is checked in the constructor; a listing failure shows up at render time
    }
    return this;
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
    // pages are independent: make them on every core, then report in page order
    record Failure(String template, ContentException error, boolean fromSink) {}
    List<Failure> failures = workers.map(pages, page -> {
      Output output = null;
      OutputFile file;
      try {
        output = page.output();
        file = new OutputFile(page.path(), output instanceof Output.Rendered r
            ? render(page.path(), r.template(), site.chrome(page, r.meta()), r.view(), page.site().messages()) : ((Output.Bytes) output).bytes());
      } catch (ContentException e) {
        return new Failure(output instanceof Output.Rendered r ? r.template() : page.path(), e, false);
      }
      try {
        sink.accept(file);
      } catch (ContentException e) {
        return new Failure(page.path(), e, true);
      }
      return null;
    });
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

  /** As {@link #render(Sites, List, Workers, Consumer)}, returning the files in page order. */
  public List<OutputFile> render(Sites site, List<SitePage<?>> pages, Workers workers) {
    Map<String, OutputFile> made = new ConcurrentHashMap<>();
    render(site, pages, workers, file -> made.put(file.path(), file));
    return pages.stream().map(page -> made.get(page.path())).toList();
  }

  /**
   * Renders one page with {@code template}: the template sees {@code chrome} and {@code view} as
   * {@code chrome} and {@code page}, and {@code messages} through {@code msg}. Returns the page encoded
   * as UTF-8.
   *
   * @throws ContentException naming the template error's file, line and column
   */
  public byte[] render(String path, String templateName, Chrome chrome, Record view, Messages messages) {
    Template template = template(templateName);
    // encoded as it is written: no page-sized UTF-16 copy to grow, copy and encode afterwards
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
    try (Writer html = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      template.process(Map.of("chrome", chrome, "page", view, "msg", new MessageFunction(messages)), html);
    } catch (TemplateException e) {
      throw ContentException.of(
          new Location(templateFile(e.getTemplateSourceName(), templateName), orZero(e.getLineNumber()), orZero(e.getColumnNumber())),
          "template error while rendering " + path + ": " + describe(e),
          "fix the template; a missing value can be tested with '??' or given a default with '!'");
    } catch (IOException e) {
      throw ContentException.of(Location.of(templatesDir.resolve(templateName)), "cannot render: " + e.getMessage(), "check the template");
    } catch (StackOverflowError e) {
      // templates are trusted less than code: an include or macro that calls itself must not crash the build
      throw ContentException.of(Location.of(templatesDir.resolve(templateName)),
          "template error while rendering " + path + ": the templates include or call themselves without end",
          "look for an #include or macro call that reaches itself again");
    }
    return bytes.toByteArray();
  }

  private Template template(String name) {
    try {
      return config.getTemplate(name);
    } catch (TemplateNotFoundException e) {
      throw ContentException.of(Location.of(templatesDir.resolve(name)), "the template '" + name + "' is missing",
          "restore templates/" + name + " (every page type needs its template)");
    } catch (ParseException e) {
      throw syntaxError(e, name);
    } catch (IOException e) {
      // a template that failed to parse before (e.g. while preloading) comes back wrapped
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof ParseException parse) {
          throw syntaxError(parse, name);
        }
      }
      throw ContentException.of(Location.of(templatesDir.resolve(name)), "cannot read the template (" + e.getMessage() + ")", "check the file");
    }
  }

  private ContentException syntaxError(ParseException e, String name) {
    return ContentException.of(
        new Location(templateFile(e.getTemplateName(), name), e.getLineNumber(), e.getColumnNumber()),
        "template syntax error: " + firstLine(e.getEditorMessage()),
        "fix the template's syntax at this point");
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

  private static String firstLine(String message) {
    String m = message == null ? "" : message.strip();
    int nl = m.indexOf('\n');
    return (nl < 0 ? m : m.substring(0, nl)).strip();
  }
}
