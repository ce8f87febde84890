package org.explainer.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.explainer.diagnostic.Location;
import org.explainer.diagnostic.Problem;
import org.explainer.serve.PreviewServer;
import org.explainer.serve.SiteSnapshot;
import org.explainer.site.OutputFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The error banner of 'serve' as an editor sees it: in view after the reload, errors before warnings. */
class ServeBannerBrowserTest {
  @BeforeAll
  static void browser() {
    BrowserTest.requireBrowser();
  }

  @Test
  void theBannerIsInViewAfterTheReloadWithTheErrorsFirst() throws Exception {
    String longPage = "<!DOCTYPE html><html lang=\"en\"><head><title>Long</title></head><body><main>"
        + "<p>Paragraph.</p>".repeat(400) + "<p id=\"end\">The end.</p></main></body></html>";
    try (PreviewServer server = new PreviewServer(new InetSocketAddress("127.0.0.1", 0), Path.of(""))) {
      server.publish(SiteSnapshot.empty().built(List.of(new OutputFile("index.html", longPage.getBytes(StandardCharsets.UTF_8)))));
      server.start();
      ChromeDriver chrome = BrowserTest.startDriver(false);
      try {
        chrome.get(server.uri().toString());
        chrome.executeScript("window.scrollTo(0, document.body.scrollHeight)");
        server.publish(server.snapshot().failed(List.of(
            Problem.warning(new Location(Path.of("content/articles/a.md"), 1, 1), "the entry has no quotes", "add some"),
            Problem.error(new Location(Path.of("content/articles/b.md"), 4, 9), "unknown actor 'bob'", "use an id"))));
        WebElement banner = new WebDriverWait(chrome, Duration.ofSeconds(20))
            .until(d -> d.findElements(By.cssSelector(".explainer-build-errors")).stream().findFirst().orElse(null));
        Number scrolled = (Number) chrome.executeScript("return window.scrollY");
        Number top = (Number) chrome.executeScript("return arguments[0].getBoundingClientRect().top", banner);
        assertThat(scrolled.doubleValue()).as("the reload kept the page scrolled down").isGreaterThan(100);
        assertThat(top.doubleValue()).as("the banner's top, in the viewport").isBetween(0.0, 1.0);
        String text = banner.getText();
        assertThat(text).contains("The build failed: 1 error").contains("unknown actor 'bob'");
        assertThat(text.indexOf("unknown actor")).isLessThan(text.indexOf("1 warning"));
        assertThat(banner.findElement(By.tagName("details")).getAttribute("open")).as("warnings folded away").isNull();
      } finally {
        chrome.quit();
      }
    }
  }
}
