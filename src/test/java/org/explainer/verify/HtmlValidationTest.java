package org.explainer.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.explainer.TestSites;
import org.explainer.build.BuildOptions;
import org.explainer.build.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Every generated page passes the W3C Nu HTML Checker, run in-process and offline, with zero errors.
 *
 * <p>Uses {@link SimpleDocumentValidator} (the engine behind {@code vnu.jar}) directly, with the same
 * schema the command-line checker uses for text/html ({@code http://s.validator.nu/html5-all.rnc},
 * resolved from the copy packaged in the jar, never from the network). Warnings and info messages are
 * ignored; errors and fatal errors fail the page's test.
 */
class HtmlValidationTest {
  /** The schema vnu's command-line client uses for HTML documents. */
  private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

  @TempDir static Path tmp;
  private static Path site;
  private static SimpleDocumentValidator validator;
  private static final Collector collector = new Collector();

  @BeforeAll
  static void setUp() throws Exception {
    site = BuiltSite.build(tmp);
    // no log4j set-up (keeps the test output quiet), no URL logging, no language detection
    validator = new SimpleDocumentValidator(false, false, false);
    validator.setUpMainSchema(HTML_SCHEMA, new Collector());
    validator.setUpValidatorAndParsers(collector, true, false);
  }

  @TestFactory
  Stream<DynamicTest> everyPageIsValidHtml() {
    return BuiltSite.htmlPages(site).stream().map(page -> DynamicTest.dynamicTest(page, () -> check(page)));
  }

  /**
   * The pages of lists shown a page at a time, which the real site (five entries) does not have: the
   * fixture site with 60 entries more, in both languages; among them the pages of the 61 entries whose
   * outlet is not named, which the sources page links instead of listing them.
   */
  @TestFactory
  Stream<DynamicTest> pagedListsAreValidHtml() throws IOException {
    BuildOptions options = TestSites.translatedCopy(tmp.resolve("paged"));
    TestSites.addEntries(options.content(), 60);
    new Pipeline(options).build();
    return Stream.of("entries/index.html", "entries/page/2/index.html", "tags/alpha/page/2/index.html", "search/index.html",
        "uk/entries/page/2/index.html", "sources/index.html", "sources/unnamed/index.html", "sources/unnamed/page/2/index.html",
        "uk/sources/index.html", "uk/sources/unnamed/page/2/index.html").map(page -> DynamicTest.dynamicTest(page, () -> check(options.output(), page)));
  }

  /** Guards against a checker that silently accepts everything: a broken document must give errors. */
  @Test
  void theCheckerReportsErrorsInABrokenDocument() throws IOException, SAXException {
    String broken = "<!DOCTYPE html><html lang=en><head><title>t</title></head>"
        + "<body><span><div>block in inline</div></span><img src=x.png></body></html>";
    List<SAXParseException> errors = validate(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), "broken.html");
    assertThat(errors).extracting(SAXParseException::getMessage)
        .anySatisfy(m -> assertThat(m).contains("div"))
        .anySatisfy(m -> assertThat(m).contains("alt"));
  }

  private static List<SAXParseException> validate(InputStream in, String systemId) throws IOException, SAXException {
    collector.errors.clear();
    InputSource source = new InputSource(in);
    source.setSystemId(systemId);
    validator.checkHtmlInputSource(source);
    return new ArrayList<>(collector.errors);
  }

  private static void check(String page) throws IOException, SAXException {
    check(site, page);
  }

  private static void check(Path site, String page) throws IOException, SAXException {
    Path file = site.resolve(page);
    List<SAXParseException> errors;
    try (InputStream in = Files.newInputStream(file)) {
      errors = validate(in, file.toUri().toString());
    }
    if (!errors.isEmpty()) {
      StringBuilder message = new StringBuilder()
          .append(page).append(": ").append(errors.size()).append(" Nu HTML Checker error(s)\n");
      for (SAXParseException e : errors) {
        message.append("  ").append(page).append(':').append(e.getLineNumber()).append(':')
            .append(e.getColumnNumber()).append(": ").append(e.getMessage()).append('\n');
      }
      fail(message.toString());
    }
  }

  /** Keeps errors and fatal errors; ignores warnings and info. */
  private static final class Collector implements ErrorHandler {
    final List<SAXParseException> errors = new ArrayList<>();

    @Override
    public void warning(SAXParseException e) {}

    @Override
    public void error(SAXParseException e) {
      errors.add(e);
    }

    @Override
    public void fatalError(SAXParseException e) {
      errors.add(e);
    }
  }
}
