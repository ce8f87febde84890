package org.explainer.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.explainer.content.MarkdownSource;
import org.explainer.diagnostic.Location;
import org.explainer.diagnostic.Problem;
import org.explainer.diagnostic.Problems;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
  private static final Path DIR = Path.of("/site/content/articles").toAbsolutePath();
  private static final Path FILE = DIR.resolve("2024-01-01-a.md");
  private static final String PAGE = "articles/a/index.html";
  private final MarkdownRenderer renderer = new MarkdownRenderer();
  private final LinkTargets targets =
      new LinkTargets(
          Map.of(FILE, PAGE, DIR.resolve("2024-02-02-b.md"), "articles/b/index.html"),
          Map.of(
              PAGE, Set.of(),
              "articles/b/index.html", Set.of("details"),
              "actors/x/index.html", Set.of(),
              "glossary/index.html", Set.of("article-5"),
              "index.html", Set.of()),
          "glossary/index.html");

  private record Result(String html, List<String> problems) {}

  private Result render(String markdown) {
    Problems problems = new Problems();
    MarkdownSource source = new MarkdownSource(markdown, new Location(FILE, 10, 1));
    RenderedMarkdown out = renderer.render(renderer.parse(source), PAGE, targets, problems);
    return new Result(out.html(), problems.sorted().stream().map(p -> p.format(Path.of("/site"))).toList());
  }

  @Test
  void resolvesLinksToEntriesByTheirFileRelativeToThePage() {
    assertThat(render("See [b](2024-02-02-b.md#details).").html())
        .contains("<a href=\"../b/index.html#details\">b</a>");
  }

  @Test
  void resolvesSitePathsToRelativeLinks() {
    Result r = render("[x](/actors/x/) and [A5](/glossary/#article-5) and [home](/)");
    assertThat(r.problems()).isEmpty();
    assertThat(r.html())
        .contains("href=\"../../actors/x/index.html\"")
        .contains("href=\"../../glossary/index.html#article-5\"")
        .contains("href=\"../../index.html\"");
  }

  @Test
  void reportsBrokenLinksAtTheirLineAndColumn() {
    Result r = render("Intro\n\nSee [gone](2024-09-09-gone.md) and [n](/actors/nobody/) and [a](/glossary/#nope).");
    assertThat(r.problems()).containsExactly(
        "content/articles/2024-01-01-a.md:12:5: the link '2024-09-09-gone.md' points at no entry or page — link to an existing file in content/articles/ or content/pages/, relative to this file",
        "content/articles/2024-01-01-a.md:12:36: the link '/actors/nobody/' points at no page of this site — check the path; site paths look like /actors/<id>/, /glossary/#<id> or /timeline/#<id>",
        "content/articles/2024-01-01-a.md:12:61: the anchor '#nope' in '/glossary/#nope' does not exist — anchors there: article-5");
  }

  @Test
  void checksAnchorsOnTheSamePage() {
    assertThat(render("# Intro\n\n[up](#intro) [bad](#outro)").problems())
        .containsExactly("content/articles/2024-01-01-a.md:12:14: the anchor '#outro' in '#outro' does not exist — anchors there: intro");
  }

  @Test
  void refusesUnsafeSchemesAndImages() {
    assertThat(render("[x](javascript:alert(1)) ![i](https://example.org/i.png)").problems()).hasSize(2);
  }

  /** Threat: a scheme spelt with an entity or a reference definition gets past a check on the text as written. */
  @Test
  void refusesUnsafeSchemesHoweverTheyAreSpelt() {
    for (String markdown : List.of("[x](javascript&colon;alert(1))", "[x](&#106;avascript:alert(1))", "[x](JaVaScRiPt:alert(1))",
        "[x][r]\n\n[r]: data:text/html,x", "<vbscript:msgbox>")) {
      Result r = render(markdown);
      assertThat(r.problems()).as(markdown).hasSize(1);
      assertThat(r.html().toLowerCase(java.util.Locale.ROOT)).as(markdown).doesNotContainPattern("href=\"[^\"]*(javascript|data|vbscript|&)")
          .contains("href=\"#\"");
    }
  }

  /** Threat: a text nested thousands of levels deep overflows the stack of the renderer, which recurses once per level. */
  @Test
  void refusesTextNestedDeeperThanTheLimitAtThePlaceItGoesTooDeep() {
    StringBuilder lists = new StringBuilder();
    for (int level = 0; level < 60; level++) {
      lists.append("  ".repeat(level)).append("- item ").append(level).append('\n');
    }
    Result r = render(lists.toString());
    assertThat(r.problems()).singleElement().asString()
        .startsWith("content/articles/2024-01-01-a.md:33:49:")
        .contains("the Markdown nests 122 levels deep here (quotes, lists or emphasis inside each other), over the limit of 48");
    assertThat(r.html()).isEmpty();
    assertThat(render("> ".repeat(40) + "forty quotes are fine").problems()).isEmpty();
  }

  /**
   * Threat: a heading called "Main" or "Summary" takes the id of the layout's {@code <main id="main">}
   * or of the entry's summary section: duplicate ids, and the skip link or an anchor lands elsewhere.
   */
  @Test
  void headingIdsCannotBeTheTemplatesIdsAndLinksToHeadingsStillWork() {
    Result r = render("## Main\n\n## Summary heading\n\nBack to [the top](#main) and [the summary](#summary-heading).");
    assertThat(r.problems()).isEmpty();
    assertThat(r.html()).contains("<h2 id=\"_main\">", "<h2 id=\"_summary-heading\">", "href=\"#_main\"", "href=\"#_summary-heading\"")
        .doesNotContain("id=\"main\"", "id=\"summary-heading\"");
  }

  /** What makes heading ids safe: no id the templates write themselves starts with the headings' prefix. */
  @Test
  void noTemplateWritesAnIdWithTheHeadingsPrefix() throws java.io.IOException {
    try (var files = java.nio.file.Files.list(org.explainer.TestSites.TEMPLATES)) {
      for (Path template : files.filter(f -> f.toString().endsWith(".ftlh") || f.toString().endsWith(".ftlx")).toList()) {
        assertThat(java.nio.file.Files.readString(template)).as("%s", template.getFileName())
            .doesNotContain("id=\"" + MarkdownRenderer.HEADING_ID_PREFIX);
      }
    }
  }

  @Test
  void escapesRawHtml() {
    String html = render("Hello <script>alert(1)</script> <b onclick=\"x\">b</b>").html();
    assertThat(html).doesNotContain("<script").doesNotContain("<b ").contains("&lt;script&gt;");
  }

  @Test
  void marksExternalLinksNoopener() {
    assertThat(render("[ext](https://example.org/)").html()).contains("rel=\"noopener\"");
  }

  @Test
  void rendersTablesFootnotesTypographyAndHeadingAnchors() {
    String html = render("## Key facts\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n\"Quoted\" -- text...[^1]\n\n[^1]: A note.").html();
    assertThat(html)
        .contains("<h2 id=\"_key-facts\"><a href=\"#_key-facts\" class=\"anchor\">Key facts</a></h2>")
        .contains("<table")
        .contains("&ldquo;Quoted&rdquo;")
        .contains("&ndash;")
        .contains("&hellip;")
        .contains("class=\"footnote-ref\"");
  }

  @Test
  void readsTablesFootnotesAndStrikethroughWhereverTheyAre() {
    assertThat(render("Plain text first.\n\n~~struck~~ and a note[^1]\n\n[^1]: The note.\n").html())
        .contains("<del>struck</del>").contains("class=\"footnote-ref\"");
  }

  @Test
  void reportsHeadingsWithTheirIdsBeforeRendering() {
    var parsed = renderer.parse(new MarkdownSource("# One\n\n## Two words\n", new Location(FILE, 1, 1)));
    assertThat(parsed.headings()).extracting(Heading::id).containsExactly("_one", "_two-words");
  }

  @Test
  void countsWords() {
    Problems problems = new Problems();
    var out = renderer.render(renderer.parse(new MarkdownSource("One *two* [three](https://x.org/).\n", new Location(FILE, 1, 1))),
        PAGE, targets, problems);
    assertThat(out.wordCount()).isEqualTo(3);
    assertThat(problems.sorted()).extracting(Problem::message).isEmpty();
  }

  @Test
  void linksBareAddressesWhereverTheyAreAndLeavesOtherTextAlone() {
    String html = render("See https://example.org/a, www.example.com and editor@example.org.\n\n"
        + "Plain text: with a colon, no address.\n\nAn *emphasised* www.example.net here.").html();
    assertThat(html)
        .contains("<a href=\"https://example.org/a\" rel=\"noopener\">https://example.org/a</a>")
        .contains(">www.example.com</a>")
        .contains("<a href=\"mailto:editor@example.org\">editor@example.org</a>")
        .contains(">www.example.net</a>")
        .contains("<p>Plain text: with a colon, no address.</p>");
  }

  @Test
  void checksAnchorsOnceEveryDocumentIsKnown() {
    Problems problems = new Problems();
    List<MarkdownRenderer.AnchorLink> later = new java.util.ArrayList<>();
    var out = renderer.render(renderer.parse(new MarkdownSource("[b](2024-02-02-b.md#later) [c](2024-02-02-b.md#never)\n",
        new Location(FILE, 3, 1))), PAGE, targets, problems, later);
    assertThat(problems.sorted()).isEmpty();
    assertThat(out.html()).contains("href=\"../b/index.html#_later\"");
    assertThat(later).extracting(MarkdownRenderer.AnchorLink::anchor).containsExactly("later", "never");
    LinkTargets complete = new LinkTargets(targets.pageOfFile(), Map.of(PAGE, Set.of(), "articles/b/index.html", Set.of("_later", "details")),
        targets.glossary());
    MarkdownRenderer.checkAnchors(later, complete, problems);
    assertThat(problems.sorted().stream().map(p -> p.format(Path.of("/site"))).toList()).containsExactly(
        "content/articles/2024-01-01-a.md:3:28: the anchor '#never' in '2024-02-02-b.md#never' does not exist — anchors there: details, later");
  }

  @Test
  void countsWordsBetweenWhiteSpace() {
    Map<String, Integer> words = Map.of("", 0, "   ", 0, "one", 1, " one  two\tthree\n", 3, "x\u000By\fz\rw", 4,
        "\uD83D\uDE00 a \uD83D\uDE00b", 3, " é\u3000 ", 1,
        // a no-break space joins words; a line separator is white space at the ends only, as String.strip has it
        "a\u00A0b c", 2, "\u2028a\u2028 b\u2028", 2);
    words.forEach((text, count) -> assertThat(new RenderedMarkdown("", List.of(), text).wordCount()).as("'%s'", text).isEqualTo(count));
  }
}
