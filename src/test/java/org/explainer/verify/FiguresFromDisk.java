package org.explainer.verify;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.explainer.verify.BrowserTest.Viewport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the browser tests of the figures share: the project's site, built once per test class, opened
 * from disk in headless Chromium with JavaScript off (no script may be needed to read a figure), one
 * page at a time at an emulated viewport. The test classes run one after the other, each with its own
 * build and browser.
 */
abstract class FiguresFromDisk {
  @TempDir static Path tmp;
  static Path site;
  static ChromeDriver driver;

  /** The pages with figures, in both languages: the home page's at-a-glance path, the timeline, the positions, the glossary and the map. */
  static Stream<String> pagesWithFigures() {
    return Stream.of("", "uk/").flatMap(language -> Stream.of("index.html", "timeline/index.html", "positions/index.html",
        "glossary/index.html", "map/index.html").map(page -> language + page));
  }

  @BeforeAll
  static void start() throws IOException {
    BrowserTest.requireBrowser();
    site = BuiltSite.build(tmp);
    driver = BrowserTest.startDriver(true);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
  }

  /**
   * Opens {@code page} of the built site at {@code viewport}, in light mode, for {@code media} ("screen"
   * or "print"; the caller sets it back with {@link #screen()} after print), and waits until the page
   * is laid out at the viewport's width: once in some hundred loads a page was read at a width 35 px
   * wider than the one emulated.
   */
  static void open(String page, Viewport viewport, String media) {
    BrowserTest.emulate(driver, "light", viewport);
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media,
        "features", List.of(Map.of("name", "prefers-color-scheme", "value", "light"))));
    driver.get(site.resolve(page).toUri().toString());
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> Long.valueOf(viewport.width())
        .equals(((JavascriptExecutor) d).executeScript("return window.innerWidth")));
  }

  /** Takes off the media {@link #open} emulated. */
  static void screen() {
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
  }
}
