package org.explainer.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.explainer.TestSites;
import org.explainer.build.BuildOptions;
import org.explainer.build.Pipeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The built site as a reader sees it: served under a sub-path ({@code /explainer/}) by a plain static
 * server and opened in headless Chromium (Debian's {@code chromium} + {@code chromium-driver}, driven by
 * Selenium; never a downloaded driver).
 *
 * <p>For each page type, in English and in Ukrainian (under {@code uk/}), in light and dark mode, at phone
 * (375 px, also 320 px for horizontal scroll) and desktop (1280 px) widths: zero axe-core WCAG 2.x A/AA
 * violations, zero console errors, zero failed requests, nothing fetched from another origin, no
 * horizontal scroll. Then: the search page finds an entry when typed into (and says so in Ukrainian on
 * the Ukrainian one), for several words and for one letter, with more results on demand, for a form of
 * a word and for another spelling of an actor's name in both languages, also opened
 * from disk, and lists every entry without JavaScript, a quote's original opens without JavaScript,
 * and the home page works opened from disk in both languages. An outlet's own pages, which the real site
 * does not have, pass the same checks on the fixture site with many entries, opened from disk.
 *
 * <p>Without Chromium the class is skipped, unless {@code EXPLAINER_REQUIRE_BROWSER=true} (set by
 * {@code .ci/run}), which makes the absence a failure. {@link #requireBrowser} and {@link #startDriver} serve
 * the other browser tests too.
 */
public class BrowserTest {
  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  static final String MISSING =
      "Chromium/chromedriver not installed: apt-get install chromium chromium-driver (browser tests skipped)";
  static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
  static final String PREFIX = "/explainer/";
  /** The address of the deliberate visit to a page that does not exist (at the root level, as hosts serve it). */
  static final String MISSING_PAGE = "no-such-page";

  /** A viewport: CSS pixels, and whether it is emulated as a phone (viewport meta, overlay scrollbars). */
  record Viewport(String name, int width, int height, boolean mobile) {
    @Override
    public String toString() {
      return name + " " + width + "px";
    }
  }

  static final Viewport PHONE = new Viewport("phone", 375, 812, true);
  static final Viewport DESKTOP = new Viewport("desktop", 1280, 900, false);
  static final int NARROWEST = 320;

  @TempDir static Path tmp;
  private static Path site;
  /** The fixture site whose outlet not named has pages of its own, once a test has asked for it. */
  private static Path outletsSite;
  private static SubPathServer server;
  private static ChromeDriver driver;
  private static final List<Path> profiles = new ArrayList<>();
  /**
   * Selenium 4.49 knows DevTools versions up to 153 and warns on every start against Chromium 156; the
   * tests use only chromedriver's own CDP passthrough (executeCdpCommand), which needs no version match.
   */
  private static final java.util.logging.Logger SELENIUM_DEVTOOLS_LOG =
      java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

  @BeforeAll
  static void start() throws IOException {
    requireBrowser();
    site = BuiltSite.build(tmp);
    server = new SubPathServer(site, PREFIX);
    driver = startDriver(false);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
    profiles.forEach(BrowserTest::deleteQuietly);
  }

  /** Skips the class (or fails it under EXPLAINER_REQUIRE_BROWSER=true) when Chromium is missing. */
  public static void requireBrowser() {
    boolean present = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
    if (!present && "true".equalsIgnoreCase(System.getenv("EXPLAINER_REQUIRE_BROWSER"))) {
      fail(MISSING);
    }
    Assumptions.assumeTrue(present, MISSING);
  }

  /** A headless Chromium with its own fresh profile, console logging on; optionally with JavaScript off. */
  public static ChromeDriver startDriver(boolean javascriptDisabled) throws IOException {
    SELENIUM_DEVTOOLS_LOG.setLevel(Level.SEVERE);
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    Path profile = Files.createTempDirectory("explainer-chromium-");
    profiles.add(profile);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-extensions", "--user-data-dir=" + profile, "--window-size=1280,900");
    if (javascriptDisabled) {
      options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    }
    LoggingPreferences logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logging);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER))
        .usingAnyFreePort()
        .build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return chrome;
  }

  // ---------------------------------------------------------------------------------------------
  // every page type × light/dark × phone/desktop

  static Stream<Arguments> views() {
    List<String> pages = new ArrayList<>();
    for (String language : List.of("", "uk/")) {
      for (String page : List.of("home", "entry", "actors", "actor", "timeline", "glossary", "tags", "positions", "map",
          "sources", "search", "about", "404")) {
        pages.add(language + page);
      }
    }
    return inEveryLook(pages);
  }

  /** Each of {@code pages} in light and dark, on a phone and a desktop: the arguments of a test of each. */
  static Stream<Arguments> inEveryLook(List<String> pages) {
    List<Arguments> out = new ArrayList<>();
    for (String page : pages) {
      for (String scheme : List.of("light", "dark")) {
        for (Viewport viewport : List.of(PHONE, DESKTOP)) {
          out.add(Arguments.of(page, scheme, viewport));
        }
      }
    }
    return out.stream();
  }

  /** What axe-core finds on the page loaded in {@code chrome}, each described; that it did not run, if so. */
  static List<String> axeProblems(ChromeDriver chrome) {
    List<String> problems = new ArrayList<>();
    Results axe = new AxeBuilder().withTags(AXE_TAGS).analyze(chrome);
    if (axe.isErrored()) {
      problems.add("axe-core did not run: " + axe.getErrorMessage());
    }
    axe.getViolations().forEach(rule -> problems.add(describe(rule)));
    return problems;
  }

  /**
   * The site path of a page type, {@code uk/} before it for the Ukrainian one; for "404" the address of
   * a missing page (hosts answer it with the top 404.html), for "uk/404" the Ukrainian not-found page.
   */
  static String pathOf(String pageType) {
    String language = pageType.startsWith("uk/") ? "uk/" : "";
    return language + switch (pageType.substring(language.length())) {
      case "home" -> "index.html";
      case "entry" -> "articles/" + BuiltSite.subpages(site, language + "articles").get(0) + "/index.html";
      case "actor" -> "actors/" + BuiltSite.subpages(site, language + "actors").get(0) + "/index.html";
      case "404" -> language.isEmpty() ? MISSING_PAGE : "404.html";
      default -> pageType.substring(language.length()) + "/index.html";
    };
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("views")
  void pageIsAccessibleAndClean(String pageType, String scheme, Viewport viewport) {
    String path = pathOf(pageType);
    String where = pageType + " (" + PREFIX + path + "), " + scheme + " mode, " + viewport;
    if (!pageType.equals("404")) {
      assertTrue(Files.isRegularFile(site.resolve(path)), () -> where + ": the site has no " + path);
    }
    emulate(driver, scheme, viewport);
    load(driver, server.url(path));

    List<String> problems = new ArrayList<>(axeProblems(driver));
    problems.addAll(horizontalScroll(driver, viewport.width()));
    if (viewport.mobile()) {
      emulate(driver, scheme, new Viewport("phone", NARROWEST, viewport.height(), true));
      problems.addAll(horizontalScroll(driver, NARROWEST));
    }
    String expectedFailure = pageType.equals("404") ? PREFIX + MISSING_PAGE : null;
    problems.addAll(consoleErrors(driver, expectedFailure == null ? null : server.url(MISSING_PAGE)));
    problems.addAll(failedRequests(expectedFailure));
    problems.addAll(foreignResources(driver, server.origin() + "/"));
    if (pageType.equals("404")) {
      boolean answered404 = server.requests().stream()
          .anyMatch(r -> r.path().equals(PREFIX + MISSING_PAGE) && r.status() == 404);
      if (!answered404) {
        problems.add("the server did not answer " + PREFIX + MISSING_PAGE + " with 404: " + server.requests());
      }
    }
    if (!problems.isEmpty()) {
      fail(where + ": " + problems.size() + " problem(s)\n  " + String.join("\n  ", problems));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // search

  @Test
  void searchFindsAnEntryWhenTypedInto() {
    String path = "search/index.html";
    assertTrue(Files.isRegularFile(site.resolve(path)), "the site has no " + path);
    emulate(driver, "light", DESKTOP);
    load(driver, server.url(path));
    WebElement input = driver.findElement(By.id("search-input"));
    input.sendKeys("umbrella");
    String wanted = "articles/sybiha-letter-nato-umbrella/index.html";
    try {
      new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("#search-results a"))
          .stream().anyMatch(a -> String.valueOf(a.getAttribute("href")).endsWith(wanted)));
    } catch (org.openqa.selenium.TimeoutException e) {
      List<WebElement> results = driver.findElements(By.id("search-results"));
      fail("typing \"umbrella\" into #search-input gave no link to " + wanted + " in #search-results within 10 s; "
          + "#search-results holds: " + (results.isEmpty() ? "(no such element)" : results.get(0).getAttribute("innerHTML"))
          + "\n  console: " + consoleErrors(driver, null) + "\n  failed requests: " + failedRequests(null));
    }
    List<String> problems = new ArrayList<>();
    problems.addAll(consoleErrors(driver, null));
    problems.addAll(failedRequests(null));
    problems.addAll(foreignResources(driver, server.origin() + "/"));
    if (!problems.isEmpty()) {
      fail("search page after searching: " + String.join("\n  ", problems));
    }
  }

  @Test
  void theUkrainianSearchFindsAnEntryAndSaysSoInUkrainian() {
    String path = "uk/search/index.html";
    assertTrue(Files.isRegularFile(site.resolve(path)), "the site has no " + path);
    emulate(driver, "light", DESKTOP);
    load(driver, server.url(path));
    driver.findElement(By.id("search-input")).sendKeys("парасольк");
    String wanted = "articles/sybiha-letter-nato-umbrella/index.html";
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("#search-results a"))
        .stream().anyMatch(a -> String.valueOf(a.getAttribute("href")).endsWith("uk/" + wanted)));
    String status = driver.findElement(By.id("search-status")).getText();
    assertTrue(status.matches("\\d+ результат(и|ів)? за запитом «парасольк»\\."), "the status line says: " + status);
    List<String> problems = new ArrayList<>(consoleErrors(driver, null));
    problems.addAll(failedRequests(null));
    if (!problems.isEmpty()) {
      fail("Ukrainian search page after searching: " + String.join("\n  ", problems));
    }
  }

  /**
   * Several words find the entries that have them all; one letter finds every record with a word
   * beginning with it, shows the first 20, and "more" shows 20 more. Each query loads only the shards it
   * needs, beside the page, and nothing fails.
   */
  @Test
  void searchFindsEntriesForSeveralWordsAndForOneLetter() {
    String path = "search/index.html";
    emulate(driver, "light", DESKTOP);
    load(driver, server.url(path));
    WebElement input = driver.findElement(By.id("search-input"));
    input.sendKeys("Sybiha NATO umbrella");
    String wanted = "articles/sybiha-letter-nato-umbrella/index.html";
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("#search-results a"))
        .stream().anyMatch(a -> String.valueOf(a.getAttribute("href")).endsWith(wanted)));
    assertTrue(driver.findElement(By.id("search-status")).getText().matches("\\d+ results? for “Sybiha NATO umbrella”\\."),
        "the status line says: " + driver.findElement(By.id("search-status")).getText());

    input.clear();
    input.sendKeys("s");
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("search-status")).getText().endsWith("for “s”."));
    String status = driver.findElement(By.id("search-status")).getText();
    int found = Integer.parseInt(status.replaceAll("^(\\d+) results? for “s”\\.$", "$1"));
    assertTrue(found > 20, "one letter finds more than a page of records on the real site: " + status);
    assertEquals(20, driver.findElements(By.cssSelector("#search-results li")).size(), "the first page of results");
    WebElement more = driver.findElement(By.id("search-more"));
    assertTrue(more.isDisplayed(), "the 'more' button shows when there are more results");
    more.click();
    int next = Math.min(found, 40);
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("#search-results li")).size() == next);
    assertEquals(found > 40, more.isDisplayed(), "the 'more' button shows only while there are more results");
    List<String> problems = new ArrayList<>(consoleErrors(driver, null));
    problems.addAll(failedRequests(null));
    server.requests().stream().map(SubPathServer.Request::path).filter(p -> p.endsWith(".js"))
        .filter(p -> !p.matches(PREFIX + "(search/(index|words-\\d+|docs-\\d+)|assets/search\\.[^/]+)\\.js"))
        .forEach(p -> problems.add("a script that is not the search page's own: " + p));
    if (!problems.isEmpty()) {
      fail("search page after several words and one letter: " + String.join("\n  ", problems));
    }
  }

  /**
   * A form of a word finds the word ("invitations", «статті»; «Києва» an entry whose text has «Київ»),
   * and a spelling of an actor's name that an entry does not use finds the entries naming the actor,
   * whose own result shows its description, not its list of spellings.
   */
  @ParameterizedTest
  @ValueSource(strings = {"search/index.html|invitations|articles/stoltenberg-invitation-equals-membership/index.html",
      "uk/search/index.html|статті 5|uk/articles/stoltenberg-invitation-equals-membership/index.html",
      "uk/search/index.html|Києва|uk/articles/sybiha-letter-putin-goals/index.html",
      "search/index.html|sybiga|articles/sybiha-letter-nato-umbrella/index.html",
      "uk/search/index.html|sybiga|uk/articles/sybiha-letter-nato-umbrella/index.html",
      "uk/search/index.html|zelenskiy|uk/articles/sybiha-letter-nato-umbrella/index.html",
      "uk/search/index.html|rutte|uk/actors/rutte/index.html"})
  void searchFindsTheFormsOfAWordAndEverySpellingOfAName(String test) {
    String[] parts = test.split("\\|");
    emulate(driver, "light", DESKTOP);
    load(driver, server.url(parts[0]));
    driver.findElement(By.id("search-input")).sendKeys(parts[1]);
    try {
      new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("#search-results a"))
          .stream().anyMatch(a -> String.valueOf(a.getAttribute("href")).endsWith(parts[2])));
    } catch (org.openqa.selenium.TimeoutException e) {
      fail("searching '" + parts[1] + "' on " + parts[0] + " gave no link to " + parts[2] + "; #search-results holds: "
          + driver.findElement(By.id("search-results")).getAttribute("innerHTML"));
    }
    boolean actorShown = false;
    for (WebElement result : driver.findElements(By.cssSelector("#search-results li"))) {
      if (String.valueOf(result.findElement(By.tagName("a")).getAttribute("href")).endsWith("actors/sybiha/index.html")) {
        actorShown = true;
        assertFalse(result.findElement(By.className("meta")).getText().contains("Sybiga"),
            "the actor's result shows its description, not its spellings: " + result.getText());
      }
    }
    assertTrue(actorShown || !parts[1].equals("sybiga"), "'sybiga' finds Sybiha's own record among its results");
    List<String> problems = new ArrayList<>(consoleErrors(driver, null));
    problems.addAll(failedRequests(null));
    if (!problems.isEmpty()) {
      fail(parts[0] + " searching '" + parts[1] + "': " + String.join("\n  ", problems));
    }
  }

  /** A shard that cannot be loaded (a stale copy of the site, a host that lost a file): the status line says so, in the page's language. */
  @Test
  void searchSaysSoWhenItsDataCannotBeLoaded() throws IOException {
    Path shard = site.resolve("uk/search/words-0.js");
    Path away = site.resolve("uk/search/words-0.js.away");
    Files.move(shard, away);
    try {
      emulate(driver, "light", DESKTOP);
      load(driver, server.url("uk/search/index.html"));
      driver.findElement(By.id("search-input")).sendKeys("нато");
      new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("search-status")).getText()
          .equals("Не вдалося завантажити дані пошуку; перезавантажте сторінку, щоб спробувати знову."));
      assertEquals(0, driver.findElements(By.cssSelector("#search-results li")).size(), "no results are shown");
      assertTrue(server.requests().stream().anyMatch(r -> r.path().equals(PREFIX + "uk/search/words-0.js") && r.status() == 404),
          "the shard was asked for: " + server.requests());
    } finally {
      Files.move(away, shard);
    }
  }

  /** The search page opened from disk (file://) loads its shards as it does from a server. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"search/index.html|umbrella|articles/sybiha-letter-nato-umbrella/index.html",
      "uk/search/index.html|Парасольк|uk/articles/sybiha-letter-nato-umbrella/index.html"})
  void searchWorksOpenedFromDisk(String test) {
    String[] parts = test.split("\\|");
    emulate(driver, "light", DESKTOP);
    load(driver, site.resolve(parts[0]).toUri().toString());
    driver.findElement(By.id("search-input")).sendKeys(parts[1]);
    String wanted = site.resolve(parts[2]).toUri().toString();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("#search-results a"))
        .stream().anyMatch(a -> String.valueOf(a.getAttribute("href")).equals(wanted)));
    List<String> problems = new ArrayList<>(consoleErrors(driver, null));
    problems.addAll(foreignResources(driver, "file:///"));
    if (!problems.isEmpty()) {
      fail(parts[0] + " opened from disk (file://), searching '" + parts[1] + "': " + String.join("\n  ", problems));
    }
  }

  @Test
  void aTranslatedQuotesOriginalOpensWithoutJavaScript() throws IOException {
    String path = "uk/articles/sybiha-letter-putin-goals/index.html";
    assertTrue(Files.isRegularFile(site.resolve(path)), "the site has no " + path);
    ChromeDriver noJs = startDriver(true);
    try {
      noJs.get(server.url(path));
      WebElement details = noJs.findElement(By.cssSelector("figure.quote details"));
      WebElement original = details.findElement(By.cssSelector("[lang=en]"));
      assertEquals("", original.getText(), "the original is hidden until the disclosure is opened");
      details.findElement(By.tagName("summary")).click();
      assertTrue(original.getText().contains("The invitation should not be seen as an escalation"),
          "the original shows once opened: " + original.getText());
    } finally {
      noJs.quit();
    }
  }

  @Test
  void searchPageListsEveryEntryWithoutJavaScript() throws IOException {
    String path = "search/index.html";
    assertTrue(Files.isRegularFile(site.resolve(path)), "the site has no " + path);
    ChromeDriver noJs = startDriver(true);
    try {
      // sanity check that page scripts really are off in this browser
      noJs.get("data:text/html,<!DOCTYPE html><title>t</title><p id=x>off</p>"
          + "<script>document.getElementById('x').textContent='on'</script>");
      assertEquals("off", noJs.findElement(By.id("x")).getText(), "JavaScript is still enabled in the no-JS browser");

      noJs.get(server.url(path));
      List<String> entries = BuiltSite.subpages(site, "articles");
      List<String> listed = noJs.findElements(By.cssSelector("#search-all a[href]")).stream()
          .map(a -> a.getDomAttribute("href"))
          .filter(href -> href != null && href.matches("(.*/)?articles/[^/]+/index\\.html"))
          .map(href -> href.replaceAll("^(.*/)?articles/([^/]+)/index\\.html$", "$2"))
          .distinct()
          .sorted()
          .toList();
      assertEquals(entries, listed,
          "without JavaScript, #search-all on the search page must link to every entry (articles/*/index.html)");
      // a form that cannot search is not shown; a note says why, and where the entries are
      assertTrue(noJs.findElements(By.cssSelector("form.search-form")).stream().noneMatch(WebElement::isDisplayed),
          "without JavaScript the search form, which cannot search then, must not be shown");
      assertTrue(noJs.findElement(By.tagName("main")).getText().contains("Searching needs JavaScript"),
          "without JavaScript the search page must say that searching needs it");
      noJs.get(server.url("uk/" + path));
      assertTrue(noJs.findElement(By.tagName("main")).getText().contains("Для пошуку потрібен JavaScript"),
          "without JavaScript the Ukrainian search page must say that searching needs it");
    } finally {
      noJs.quit();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // opened from disk

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"index.html", "uk/index.html"})
  void homePageWorksOpenedFromDisk(String home) {
    emulate(driver, "light", DESKTOP);
    load(driver, site.resolve(home).toUri().toString());
    List<String> problems = new ArrayList<>(consoleErrors(driver, null));
    Object border = driver.executeScript(
        "var h = document.querySelector('.site-header');"
            + " return h ? getComputedStyle(h).borderBottomStyle : 'no .site-header element';");
    if (!"solid".equals(border)) {
      problems.add("the stylesheet was not applied: .site-header border-bottom-style is " + border + ", not solid");
    }
    problems.addAll(foreignResources(driver, "file:///"));
    if (!problems.isEmpty()) {
      fail(home + " opened from disk (file://): " + String.join("\n  ", problems));
    }
  }

  /**
   * On a 375 px phone the positions matrix is one card per actor: every row of the table is drawn as a
   * block below the one before, as wide as the page allows, and nothing scrolls sideways.
   */
  @Test
  void positionsAreOneCardPerActorOnAPhone() {
    emulate(driver, "light", PHONE);
    load(driver, site.resolve("positions/index.html").toUri().toString());
    List<String> problems = new ArrayList<>(horizontalScroll(driver, PHONE.width()));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows = (List<Map<String, Object>>) driver.executeScript(
        "return Array.from(document.querySelectorAll('table.matrix tbody tr')).map(function (tr) {"
            + " var r = tr.getBoundingClientRect(); return {display: getComputedStyle(tr).display, top: r.top, bottom: r.bottom,"
            + " right: r.right, actor: tr.querySelector('th') ? tr.querySelector('th').textContent.trim() : ''}; });");
    if (rows.isEmpty()) {
      problems.add("no rows in table.matrix");
    }
    double previousBottom = Double.NEGATIVE_INFINITY;
    for (Map<String, Object> row : rows) {
      double top = ((Number) row.get("top")).doubleValue();
      if (!"block".equals(row.get("display"))) {
        problems.add(row.get("actor") + ": the row is drawn as " + row.get("display") + ", not as a card (block)");
      }
      if (top < previousBottom - 0.5) {
        problems.add(row.get("actor") + ": its card is not below the one before (top " + top + " < " + previousBottom + ")");
      }
      if (((Number) row.get("right")).doubleValue() > PHONE.width()) {
        problems.add(row.get("actor") + ": its card reaches " + row.get("right") + " px, beyond the " + PHONE.width() + " px screen");
      }
      previousBottom = ((Number) row.get("bottom")).doubleValue();
    }
    if (!problems.isEmpty()) {
      fail("positions on a phone: " + String.join("\n  ", problems));
    }
  }

  /**
   * On a phone the navigation is one row that scrolls sideways: the current page's link is in view when a
   * page opens (here the last ones, Sources and Search, which start beyond a 375 px screen), in both languages.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sources/index.html", "search/index.html", "uk/sources/index.html"})
  void theCurrentPagesLinkIsInViewOnAPhone(String page) {
    emulate(driver, "light", PHONE);
    load(driver, site.resolve(page).toUri().toString());
    @SuppressWarnings("unchecked")
    Map<String, Object> box = (Map<String, Object>) driver.executeScript(
        "var a = document.querySelector('.site-header nav a[aria-current=\"page\"]'); if (!a) return null;"
            + " var n = a.closest('nav').getBoundingClientRect(), r = a.getBoundingClientRect();"
            + " return {left: r.left, right: r.right, navLeft: n.left, navRight: n.right, scrolled: a.closest('nav').scrollLeft};");
    if (box == null) {
      fail(page + ": no link marked aria-current=page in the navigation");
    }
    double left = ((Number) box.get("left")).doubleValue();
    double right = ((Number) box.get("right")).doubleValue();
    assertTrue(left >= ((Number) box.get("navLeft")).doubleValue() - 0.5 && right <= ((Number) box.get("navRight")).doubleValue() + 0.5,
        page + ": the current page's link is not in view on a phone: " + box);
  }

  /**
   * On a phone the navigation's row fades out at its right edge, where it goes on; scrolled to its end, its
   * last link is clear of the fade (3rem, 48 px): it stayed under it, half drawn ("About", "Про сайт", and on
   * the search page the current page's link), in both languages.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"search/index.html", "uk/map/index.html"})
  void theNavigationsLastLinkIsClearOfTheFadeOnAPhone(String page) {
    emulate(driver, "light", PHONE);
    load(driver, site.resolve(page).toUri().toString());
    @SuppressWarnings("unchecked")
    Map<String, Object> box = (Map<String, Object>) driver.executeScript(
        "var n = document.querySelector('.site-header nav'); n.scrollLeft = n.scrollWidth;"
            + " var links = n.querySelectorAll('a'), r = links[links.length - 1].getBoundingClientRect();"
            + " return {right: r.right, navRight: n.getBoundingClientRect().right, text: links[links.length - 1].textContent};");
    double right = ((Number) box.get("right")).doubleValue();
    assertTrue(right <= ((Number) box.get("navRight")).doubleValue() - 48 + 0.5,
        page + ": scrolled to its end, the navigation's last link is under the fade on a phone: " + box);
  }

  /** On a phone a short page (the 404 page) is followed by the box "at a glance" with no screenful of gap between them. */
  @Test
  void aShortPageLeavesNoGapBeforeTheBoxOnAPhone() {
    emulate(driver, "light", PHONE);
    load(driver, site.resolve("404.html").toUri().toString());
    Number gap = (Number) driver.executeScript(
        "var m = document.querySelector('main'), last = m.lastElementChild.getBoundingClientRect(),"
            + " box = document.querySelector('.glance-box'); return box ? box.getBoundingClientRect().top - last.bottom : 0;");
    assertTrue(gap.doubleValue() < 120, gap + " px between the 404 page's last block and the box after it on a phone");
  }

  /**
   * On a phone a table of stances or of coverage hides its column headings, so each cell that holds
   * something is labelled with its column's heading ({@code data-label}, shown before it): in both
   * languages, on the positions page and the sources page.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"positions/index.html", "sources/index.html", "uk/positions/index.html", "uk/sources/index.html"})
  void eachFilledCellOfATableNamesItsColumnOnAPhone(String page) {
    emulate(driver, "light", PHONE);
    load(driver, site.resolve(page).toUri().toString());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> cells = (List<Map<String, Object>>) driver.executeScript(
        "var out = [];"
            + " document.querySelectorAll('table.matrix').forEach(function (table) {"
            + "  var heads = Array.from(table.querySelectorAll('thead th')).map(function (th) { return th.textContent.trim(); });"
            + "  table.querySelectorAll('tbody td.held').forEach(function (td) {"
            + "   out.push({label: getComputedStyle(td, '::before').content, heading: heads[td.cellIndex] || '',"
            + "    row: td.parentElement.querySelector('th') ? td.parentElement.querySelector('th').textContent.trim() : ''}); }); });"
            + " return out;");
    List<String> problems = new ArrayList<>();
    if (cells.isEmpty()) {
      problems.add("no filled cell in a table.matrix");
    }
    for (Map<String, Object> cell : cells) {
      String shown = String.valueOf(cell.get("label"));
      String expected = "\"" + cell.get("heading") + "\"";
      if (!shown.equals(expected)) {
        problems.add(cell.get("row") + ": the cell shows " + shown + " before it, not its column's heading " + expected);
      }
    }
    if (!problems.isEmpty()) {
      fail(page + " on a phone: " + String.join("\n  ", problems));
    }
  }

  static Stream<Arguments> figuresFromDisk() {
    return inEveryLook(List.of("index.html", "timeline/index.html", "positions/index.html", "map/index.html", "glossary/index.html"));
  }

  /**
   * The pages with figures, opened from disk (file://) in light and dark, on a phone and a desktop: each
   * figure shows a drawing (the wide one or the narrow one, whichever fits) with a size, and axe-core
   * finds nothing, as it does under a sub-path above.
   */
  @ParameterizedTest(name = "{0} from disk, {1} {2}")
  @MethodSource("figuresFromDisk")
  void figuresWorkOpenedFromDisk(String page, String scheme, Viewport viewport) {
    emulate(driver, scheme, viewport);
    load(driver, site.resolve(page).toUri().toString());
    List<String> problems = new ArrayList<>(consoleErrors(driver, null));
    @SuppressWarnings("unchecked")
    List<List<Map<String, Object>>> figures = (List<List<Map<String, Object>>>) driver.executeScript(
        "return Array.from(document.querySelectorAll('main figure.figure')).map(function (f) {"
            + " return Array.from(f.children).filter(function (c) { return c.tagName !== 'FIGCAPTION' && getComputedStyle(c).display !== 'none'; })"
            + " .map(function (c) { var r = c.getBoundingClientRect();"
            + " return {what: c.tagName.toLowerCase() + '.' + c.getAttribute('class'), width: r.width, height: r.height}; }); });");
    if (figures.isEmpty()) {
      problems.add("no figure");
    }
    for (List<Map<String, Object>> drawings : figures) {
      if (drawings.isEmpty()) {
        problems.add("a figure shows no drawing");
      }
      for (Map<String, Object> d : drawings) {
        if (((Number) d.get("width")).doubleValue() < 100 || ((Number) d.get("height")).doubleValue() < 40) {
          problems.add("a figure is drawn " + d.get("width") + "×" + d.get("height") + ": " + d.get("what"));
        }
      }
    }
    problems.addAll(axeProblems(driver));
    problems.addAll(horizontalScroll(driver, viewport.width()));
    problems.addAll(foreignResources(driver, "file:///"));
    if (!problems.isEmpty()) {
      fail(page + " opened from disk, " + scheme + ", " + viewport + ": " + String.join("\n  ", problems));
    }
  }

  static Stream<Arguments> outletPages() {
    return inEveryLook(List.of("sources/index.html", "sources/unnamed/page/2/index.html", "uk/sources/unnamed/index.html"));
  }

  /**
   * The pages of an outlet with more reports than the sources page lists, which the real site does not
   * have: the fixture site with 60 entries more whose outlet is not named, opened from disk, in both
   * languages, light and dark, on a phone and a desktop: axe-core finds nothing, nothing fails or comes
   * from elsewhere, no horizontal scroll.
   */
  @ParameterizedTest(name = "{0} from disk, {1} {2}")
  @MethodSource("outletPages")
  void anOutletsOwnPagesAreAccessibleAndClean(String page, String scheme, Viewport viewport) {
    emulate(driver, scheme, viewport);
    load(driver, outletsSite().resolve(page).toUri().toString());
    List<String> problems = new ArrayList<>(consoleErrors(driver, null));
    problems.addAll(axeProblems(driver));
    problems.addAll(horizontalScroll(driver, viewport.width()));
    problems.addAll(foreignResources(driver, "file:///"));
    if (!problems.isEmpty()) {
      fail(page + " opened from disk, " + scheme + ", " + viewport + ": " + String.join("\n  ", problems));
    }
  }

  /** The site of {@link #anOutletsOwnPagesAreAccessibleAndClean}, built when first asked for. */
  private static synchronized Path outletsSite() {
    if (outletsSite == null) {
      BuildOptions options = TestSites.translatedCopy(tmp.resolve("outlets"));
      try {
        TestSites.addEntries(options.content(), 60);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      new Pipeline(options).build();
      outletsSite = options.output();
    }
    return outletsSite;
  }

  // ---------------------------------------------------------------------------------------------
  // helpers

  /** Sets the viewport and prefers-color-scheme through the DevTools protocol; both last across loads. */
  static void emulate(ChromeDriver chrome, String scheme, Viewport viewport) {
    chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
        "width", viewport.width(), "height", viewport.height(), "deviceScaleFactor", 1, "mobile", viewport.mobile()));
    chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of(
        "features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    Object matches = chrome.executeScript("return matchMedia('(prefers-color-scheme: " + scheme + ")').matches");
    assertEquals(Boolean.TRUE, matches, "prefers-color-scheme: " + scheme + " emulation did not take");
  }

  /** Clears the console log and the request log, then loads {@code url} and waits for it to settle. */
  static void load(ChromeDriver chrome, String url) {
    chrome.manage().logs().get(LogType.BROWSER);
    server.clear();
    chrome.get(url);
    new WebDriverWait(chrome, Duration.ofSeconds(10))
        .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  /** Console messages of level SEVERE since the last read, except a 404 of {@code expectedUrl}. */
  static List<String> consoleErrors(ChromeDriver chrome, String expectedUrl) {
    List<String> out = new ArrayList<>();
    for (LogEntry entry : chrome.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() < Level.SEVERE.intValue()) {
        continue;
      }
      String message = entry.getMessage();
      if (expectedUrl != null && message.startsWith(expectedUrl + " ") && message.contains("404")) {
        continue;
      }
      out.add("console error: " + message);
    }
    return out;
  }

  /** Requests the server answered with 400 or more since the last load, except {@code expectedPath}. */
  static List<String> failedRequests(String expectedPath) {
    return server.requests().stream()
        .filter(r -> r.status() >= 400 && !r.path().equals(expectedPath))
        .map(r -> "failed request: " + r)
        .toList();
  }

  /** Resources the page fetched from anywhere but {@code origin}. */
  @SuppressWarnings("unchecked")
  static List<String> foreignResources(ChromeDriver chrome, String origin) {
    List<Object> names = (List<Object>) chrome.executeScript(
        "return performance.getEntriesByType('resource').map(function (e) { return e.name; })");
    return names.stream().map(String::valueOf).filter(n -> !n.startsWith(origin))
        .map(n -> "resource from another origin: " + n).toList();
  }

  /**
   * Finds what sticks out past the right edge of the viewport: elements not clipped by a scrolling or
   * clipping ancestor (an absolutely positioned element escapes such an ancestor unless the ancestor, or
   * one above it, is its containing block), widest first.
   */
  private static final String OVERFLOW_SCRIPT = String.join("\n",
      "var root = document.documentElement, limit = root.clientWidth, found = [];",
      "function clipped(el) {",
      "  var pos = getComputedStyle(el).position;",
      "  if (pos === 'fixed') return true;",
      "  var a = el.parentElement;",
      "  if (pos === 'absolute') {",
      "    while (a && a !== document.body && getComputedStyle(a).position === 'static') a = a.parentElement;",
      "  }",
      "  for (; a && a !== document.body && a !== root; a = a.parentElement) {",
      "    if (getComputedStyle(a).overflowX !== 'visible') return true;",
      "  }",
      "  return false;",
      "}",
      "function name(el) {",
      "  var n = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '');",
      "  if (typeof el.className === 'string' && el.className.trim()) n += '.' + el.className.trim().split(/\\s+/).join('.');",
      "  var p = el.parentElement;",
      "  return (p && p !== document.body ? name(p) + ' > ' : '') + n;",
      "}",
      "document.querySelectorAll('body *').forEach(function (el) {",
      "  var right = el.getBoundingClientRect().right;",
      "  if (right > limit + 0.5 && !clipped(el)) found.push({el: el, right: right});",
      "});",
      "found.sort(function (x, y) { return y.right - x.right; });",
      "return {scroll: root.scrollWidth, client: limit, culprits: found.slice(0, 3).map(function (f) {",
      "  return name(f.el) + ' (right edge ' + Math.round(f.right) + 'px, position '",
      "      + getComputedStyle(f.el).position + ')'; })};");

  /** A problem if the document is wider than the viewport, naming the elements that stick out. */
  @SuppressWarnings("unchecked")
  static List<String> horizontalScroll(ChromeDriver chrome, int width) {
    Map<String, Object> m = (Map<String, Object>) chrome.executeScript(OVERFLOW_SCRIPT);
    long scroll = ((Number) m.get("scroll")).longValue();
    long client = ((Number) m.get("client")).longValue();
    if (scroll <= client) {
      return List.of();
    }
    return List.of("horizontal scroll at " + width + "px: scrollWidth " + scroll + " > clientWidth " + client
        + "; sticking out: " + m.get("culprits"));
  }

  /** One axe violation: rule id, impact, help, and every target selector with its failure summary. */
  static String describe(Rule rule) {
    StringBuilder s = new StringBuilder("axe ").append(rule.getId()).append(" (").append(rule.getImpact()).append("): ")
        .append(rule.getHelp());
    for (CheckedNode node : rule.getNodes()) {
      s.append("\n      target ").append(node.getTarget());
      String summary = node.getFailureSummary();
      if (summary != null && !summary.isBlank()) {
        s.append(" — ").append(summary.replaceAll("\\s*\\n\\s*", " "));
      }
    }
    return s.toString();
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | RuntimeException ignored) {
      // a leftover temp profile is harmless
    }
  }
}
