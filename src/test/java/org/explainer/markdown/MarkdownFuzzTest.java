package org.explainer.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.explainer.content.GlossaryTerm;
import org.explainer.content.MarkdownSource;
import org.explainer.diagnostic.Location;
import org.explainer.diagnostic.Problems;
import org.explainer.yaml.WebAddress;

/**
 * Fuzzes the Markdown pipeline (parse, link checks, rendering, glossary links): it never throws, and
 * whatever the input, no script, event handler, NUL or address with a scheme other than http(s) and
 * mailto (as a browser reads it: entities decoded) reaches the HTML. Corpus:
 * src/test/resources/org/explainer/markdown/MarkdownFuzzTestInputs/.
 */
class MarkdownFuzzTest {
  private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
  private static final Path FILE = Path.of("/site/content/articles/a.md");
  private static final LinkTargets TARGETS = new LinkTargets(Map.of(FILE, "articles/a/index.html"),
      Map.of("articles/a/index.html", Set.of(), "index.html", Set.of(), "glossary/index.html", Set.of("x")), "glossary/index.html");
  private static final Location AT = new Location(Path.of("glossary.yaml"), 1, 1);
  private static final GlossaryLinker GLOSSARY = new GlossaryLinker(List.of(
      new GlossaryTerm("x", "Article 5", List.of("a", "NATO summit"), new MarkdownSource("", AT), List.of(), List.of(), List.of(), AT)), "glossary/index.html");

  @FuzzTest(maxDuration = "60s")
  void renderingAnyTextNeverThrowsAndStaysInert(byte[] input) {
    String markdown = new String(input, java.nio.charset.StandardCharsets.UTF_8);
    Problems problems = new Problems();
    MarkdownRenderer.Parsed parsed = RENDERER.parse(new MarkdownSource(markdown, new Location(FILE, 1, 1)));
    GLOSSARY.link(parsed, "../../glossary/index.html");
    RenderedMarkdown out = RENDERER.render(parsed, "articles/a/index.html", TARGETS, problems);
    String html = out.html().toLowerCase(java.util.Locale.ROOT);
    assertThat(html).doesNotContain("<script").doesNotContain("<iframe").doesNotContain("<object");
    assertThat(html).doesNotContainPattern("<[a-z][^>]*\\son[a-z]+\\s*=");
    assertThat(html).doesNotContainPattern("href=\"\\s*(javascript|data|vbscript):");
    // as a browser reads the attributes: entities decoded, tabs and line breaks dropped
    for (org.jsoup.nodes.Element link : org.jsoup.Jsoup.parseBodyFragment(out.html()).select("[href], [src]")) {
      String address = link.hasAttr("href") ? link.attr("href") : link.attr("src");
      assertThat(WebAddress.schemeProblem(address, true)).as("address %s in %s", address, markdown).isEmpty();
    }
    assertThat(out.html()).as("no NUL reaches the HTML").doesNotContain("\u0000");
  }
}
