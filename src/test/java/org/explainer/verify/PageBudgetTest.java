package org.explainer.verify;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Static checks of every generated page (parsed with jsoup): the size budget, the Content-Security-Policy
 * and what it implies (no inline script or style, nothing from another host), and the page furniture every
 * page needs (lang, one h1, main, skip link, title, description, a relative favicon).
 */
class PageBudgetTest {
  /**
   * HTML + linked CSS + linked JS of one page (with its inline SVG figures) must stay under this many characters (80 K), uncompressed.
   * Characters, not bytes, so that a page costs the same whatever its language: UTF-8 writes a Cyrillic
   * letter in two bytes, and the Ukrainian search data, the same text as the English, weighs 1.75 times
   * as many bytes (gzipped, 1.3 times). An English page's characters are nearly all one byte.
   */
  static final long BUDGET_CHARACTERS = 80 * 1024;
  /** A share card (1200×630 PNG) must stay under this many bytes (80 KB); they were 40–57 KB. */
  static final long CARD_BUDGET_BYTES = 80 * 1024;

  /** link rel values that only name a related address and make the browser fetch nothing. */
  private static final Set<String> NON_FETCHING_RELS = Set.of("canonical", "alternate", "author", "license",
      "help", "bookmark", "me", "next", "prev", "search", "tag", "external", "nofollow", "noopener", "noreferrer");

  @TempDir static Path tmp;
  private static Path site;
  private static final Map<String, Document> pages = new LinkedHashMap<>();

  @BeforeAll
  static void build() throws IOException {
    site = BuiltSite.build(tmp);
    for (String page : BuiltSite.htmlPages(site)) {
      pages.put(page, Jsoup.parse(site.resolve(page).toFile(), "UTF-8"));
    }
  }

  @TestFactory
  Stream<DynamicNode> everyPage() {
    return pages.entrySet().stream().map(e -> {
      String page = e.getKey();
      Document doc = e.getValue();
      return DynamicContainer.dynamicContainer(page, Stream.of(
          DynamicTest.dynamicTest(page + ": HTML + CSS + JS under 80 K characters", () -> sizeBudget(page, doc)),
          DynamicTest.dynamicTest(page + ": its share card", () -> shareCard(page, doc)),
          DynamicTest.dynamicTest(page + ": CSP meta tag", () -> contentSecurityPolicy(page, doc)),
          DynamicTest.dynamicTest(page + ": no inline script", () -> noInlineScript(page, doc)),
          DynamicTest.dynamicTest(page + ": nothing loaded from another host", () -> nothingFromOtherHosts(page, doc)),
          DynamicTest.dynamicTest(page + ": no inline style", () -> noInlineStyle(page, doc)),
          DynamicTest.dynamicTest(page + ": page furniture", () -> furniture(page, doc))));
    });
  }

  private static void sizeBudget(String page, Document doc) throws IOException {
    Map<String, Long> parts = new LinkedHashMap<>();
    parts.put(page, characters(site.resolve(page)));
    List<String> missing = new ArrayList<>();
    List<Element> linked = new ArrayList<>(doc.select("link[href]").stream()
        .filter(l -> relTokens(l).contains("stylesheet")).toList());
    linked.addAll(doc.select("script[src]"));
    for (Element el : linked) {
      String url = el.hasAttr("src") ? el.attr("src") : el.attr("href");
      Path file = localFile(page, url);
      if (file == null) {
        continue; // another host: reported by nothingFromOtherHosts
      }
      if (!Files.isRegularFile(file)) {
        missing.add(url);
        continue;
      }
      parts.put(site.relativize(file).toString().replace('\\', '/'), characters(file));
    }
    long total = parts.values().stream().mapToLong(Long::longValue).sum();
    if (!missing.isEmpty()) {
      fail(page + ": linked CSS/JS missing from the site: " + missing);
    }
    assertTrue(total < BUDGET_CHARACTERS, () -> page + ": HTML + CSS + JS is " + total + " characters, over the budget of "
        + BUDGET_CHARACTERS + " characters (80 K); parts: " + parts);
  }

  /** The characters of a UTF-8 text file (code points). */
  private static long characters(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    return text.codePointCount(0, text.length());
  }

  /** Every page but the not-found page names a share card that exists, is 1200×630 and within its budget. */
  private static void shareCard(String page, Document doc) throws IOException {
    Element image = doc.selectFirst("meta[property=og:image]");
    if (page.equals("404.html") || page.endsWith("/404.html")) {
      assertTrue(image == null, "the not-found page has no share card");
      return;
    }
    assertTrue(image != null, () -> page + ": no <meta property=\"og:image\">");
    Element card = doc.selectFirst("meta[name=twitter:card]");
    assertTrue(card != null && card.attr("content").equals("summary_large_image"), () -> page + ": twitter:card is not summary_large_image");
    Path file = localFile(page, image.attr("content"));
    assertTrue(file != null && Files.isRegularFile(file), () -> page + ": its og:image " + image.attr("content") + " is not in the site");
    long size = Files.size(file);
    assertTrue(size < CARD_BUDGET_BYTES, () -> page + ": its share card is " + size + " bytes, over the budget of " + CARD_BUDGET_BYTES);
    java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(file.toFile());
    assertTrue(png.getWidth() == 1200 && png.getHeight() == 630, () -> page + ": its share card is " + png.getWidth() + "×" + png.getHeight());
  }

  private static void contentSecurityPolicy(String page, Document doc) {
    List<Element> csp = doc.select("meta[http-equiv]").stream()
        .filter(m -> m.attr("http-equiv").equalsIgnoreCase("Content-Security-Policy")).toList();
    if (csp.isEmpty()) {
      fail(page + ": no <meta http-equiv=\"Content-Security-Policy\"> (needs content with default-src 'self')");
    }
    for (Element meta : csp) {
      String content = meta.attr("content");
      if (!content.contains("default-src 'self'")) {
        fail(page + ": the CSP meta tag lacks default-src 'self': " + content);
      }
      if (content.toLowerCase(Locale.ROOT).contains("unsafe-inline")) {
        fail(page + ": the CSP meta tag allows 'unsafe-inline': " + content);
      }
    }
  }

  private static void noInlineScript(String page, Document doc) {
    List<String> problems = new ArrayList<>();
    for (Element script : doc.select("script:not([src])")) {
      if (!script.attr("type").trim().equalsIgnoreCase("application/ld+json")) {
        problems.add("inline <script" + (script.hasAttr("type") ? " type=\"" + script.attr("type") + "\"" : "")
            + "> at line " + line(script) + ": " + abbreviate(script.data()));
      }
    }
    for (Element el : doc.getAllElements()) {
      for (Attribute a : el.attributes()) {
        String name = a.getKey().toLowerCase(Locale.ROOT);
        if (name.startsWith("on")) {
          problems.add("inline event handler " + name + " on <" + el.tagName() + "> at line " + line(el));
        }
        if ((name.equals("href") || name.equals("src") || name.equals("action"))
            && a.getValue().trim().toLowerCase(Locale.ROOT).startsWith("javascript:")) {
          problems.add("javascript: URL in " + name + " on <" + el.tagName() + "> at line " + line(el));
        }
      }
    }
    if (!problems.isEmpty()) {
      fail(page + ": script the CSP default-src 'self' would block:\n  " + String.join("\n  ", problems));
    }
  }

  private static void nothingFromOtherHosts(String page, Document doc) {
    List<String> problems = new ArrayList<>();
    for (Element el : doc.select("link[href], script[src], img, iframe[src], source, video, audio, track[src], "
        + "embed[src], object[data], input[type=image][src]")) {
      if (el.tagName().equals("link") && NON_FETCHING_RELS.containsAll(relTokens(el))) {
        continue;
      }
      List<String> urls = new ArrayList<>();
      for (String attr : List.of("href", "src", "data", "poster")) {
        if (el.hasAttr(attr)) {
          urls.add(el.attr(attr));
        }
      }
      for (String attr : List.of("srcset", "imagesrcset")) {
        if (el.hasAttr(attr)) {
          for (String candidate : el.attr(attr).split(",")) {
            String url = candidate.trim().split("\\s+")[0];
            if (!url.isEmpty()) {
              urls.add(url);
            }
          }
        }
      }
      for (String url : urls) {
        if (isAbsolute(url)) {
          problems.add("<" + el.tagName() + "> at line " + line(el) + " loads " + url);
        }
      }
    }
    if (!problems.isEmpty()) {
      fail(page + ": resources from another host or scheme (the site must be self-contained):\n  "
          + String.join("\n  ", problems));
    }
  }

  private static void noInlineStyle(String page, Document doc) {
    List<String> problems = new ArrayList<>();
    for (Element el : doc.select("[style]")) {
      problems.add("style=\"" + abbreviate(el.attr("style")) + "\" on <" + el.tagName() + "> at line " + line(el));
    }
    for (Element el : doc.select("style")) {
      problems.add("<style> element at line " + line(el) + ": " + abbreviate(el.data()));
    }
    if (!problems.isEmpty()) {
      fail(page + ": inline styles (a CSP without 'unsafe-inline' blocks them):\n  " + String.join("\n  ", problems));
    }
  }

  private static void furniture(String page, Document doc) {
    List<String> problems = new ArrayList<>();
    Element html = doc.selectFirst("html");
    if (html == null || html.attr("lang").isBlank()) {
      problems.add("<html> has no lang attribute");
    }
    int h1 = doc.select("h1").size();
    if (h1 != 1) {
      problems.add("has " + h1 + " <h1> elements, wants exactly one");
    }
    int main = doc.select("main").size();
    if (main != 1) {
      problems.add("has " + main + " <main> elements, wants exactly one");
    }
    if (doc.select("a[href=#main]").isEmpty()) {
      problems.add("no skip link <a href=\"#main\">");
    }
    if (doc.getElementById("main") == null) {
      problems.add("no element with id=\"main\" for the skip link to reach");
    }
    Element title = doc.selectFirst("head > title");
    if (title == null || title.text().isBlank()) {
      problems.add("no <title> (or an empty one)");
    }
    Element description = doc.selectFirst("meta[name=description]");
    if (description == null || description.attr("content").isBlank()) {
      problems.add("no <meta name=\"description\"> with content");
    }
    List<Element> icons = doc.select("link[href]").stream().filter(l -> relTokens(l).contains("icon")).toList();
    if (icons.isEmpty()) {
      problems.add("no favicon <link rel=\"icon\">");
    }
    for (Element icon : icons) {
      String href = icon.attr("href");
      if (isAbsolute(href) || href.startsWith("/")) {
        problems.add("favicon href is not relative to the page: " + href);
      } else {
        Path file = localFile(page, href);
        if (file == null || !Files.isRegularFile(file)) {
          problems.add("favicon " + href + " is not in the site");
        }
      }
    }
    if (!problems.isEmpty()) {
      fail(page + ":\n  " + String.join("\n  ", problems));
    }
  }

  /** The rel attribute's tokens, lower-cased. */
  private static Set<String> relTokens(Element link) {
    return Set.of(link.attr("rel").trim().toLowerCase(Locale.ROOT).split("\\s+"));
  }

  /** True for a URL with a scheme (http:, https:, data:, …) or a scheme-relative one (//host/…). */
  static boolean isAbsolute(String url) {
    String u = url.trim();
    return u.startsWith("//") || u.matches("(?i)^[a-z][a-z0-9+.-]*:.*");
  }

  /** The site file a relative URL on {@code page} points to, or null for an absolute URL. */
  private static Path localFile(String page, String url) {
    if (isAbsolute(url)) {
      return null;
    }
    String path = url.replaceAll("[?#].*$", "");
    try {
      String resolved = new URI(null, null, "/" + page, null).resolve(new URI(null, null, path, null)).getPath();
      return site.resolve(resolved.substring(1)).normalize();
    } catch (URISyntaxException e) {
      return site.resolve("<unparsable " + url + ">");
    }
  }

  private static int line(Element el) {
    return el.sourceRange().start().lineNumber();
  }

  private static String abbreviate(String s) {
    String flat = s.strip().replaceAll("\\s+", " ");
    return flat.length() > 80 ? flat.substring(0, 77) + "…" : flat;
  }
}
