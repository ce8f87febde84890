package org.explainer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.explainer.TestSites;
import org.explainer.build.BuildOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  @TempDir Path tmp;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void buildPrintsOneSummaryLineAndExitsZero() {
    BuildOptions o = TestSites.minimalCopy(tmp);
    Run r = run("build", "--content", o.content().toString(), "--templates", o.templates().toString(), "--output", o.output().toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out().lines()).hasSize(1);
    assertThat(r.out()).matches("Built 18 pages \\(2 articles, 3 assets\\) into \\S+/ in \\d+ ms; \\d+ files changed\\R");
    assertThat(o.output().resolve("index.html")).exists();
  }

  /** {@code --no-cache} with {@code --cache DIR} says two contrary things: a usage error, not one of them ignored in silence. */
  @Test
  void noCacheWithACacheFolderIsAUsageError() {
    BuildOptions o = TestSites.minimalCopy(tmp);
    // (build with its own output folder: never the project's site/, whatever the outcome)
    for (List<String> command : List.of(List.of("build", "--output", o.output().toString()), List.of("check"), List.of("serve", "--port", "0"))) {
      List<String> args = new java.util.ArrayList<>(command);
      args.addAll(List.of("--no-cache", "--cache", tmp.resolve("cache").toString(), "--content", o.content().toString(),
          "--templates", o.templates().toString()));
      Run r = run(args.toArray(String[]::new));
      assertThat(r.code()).as(command.get(0)).isEqualTo(2);
      assertThat(r.err()).as(command.get(0)).startsWith("--no-cache and --cache DIR contradict each other — give one of them");
    }
    assertThat(tmp.resolve("cache")).doesNotExist();
    assertThat(o.output()).doesNotExist();
  }

  /** A templates folder that is not there is said so once, as a content folder that is not there is. */
  @Test
  void aMissingTemplatesFolderIsOneError() {
    BuildOptions o = TestSites.minimalCopy(tmp);
    Path missing = tmp.resolve("no-templates");
    Run r = run("build", "--content", o.content().toString(), "--templates", missing.toString(), "--output", o.output().toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith(missing + ": the templates folder does not exist — run from the project folder or pass --templates DIR\n")
        .contains("1 error in 1 file");
  }

  /** The last line of a failed build names the output as it was given: a file without a '/' after it, and '/' once. */
  @Test
  void aFailedBuildNamesItsOutputAsGiven() throws IOException {
    BuildOptions o = TestSites.minimalCopy(tmp);
    Path file = Files.writeString(tmp.resolve("a-file"), "not a folder");
    Run intoFile = run("build", "--content", o.content().toString(), "--templates", o.templates().toString(), "--output", file.toString());
    assertThat(intoFile.code()).isEqualTo(1);
    assertThat(intoFile.err()).endsWith("nothing was written; " + file + " is unchanged.\n");
    assertThat(tmp.resolve(".a-file.lock")).as("nothing was written, not even a lock beside the file").doesNotExist();
    Run intoRoot = run("build", "--content", o.content().toString(), "--templates", o.templates().toString(), "--output", "/");
    assertThat(intoRoot.code()).isEqualTo(1);
    assertThat(intoRoot.err()).endsWith("nothing was written; / is unchanged.\n");
  }

  /**
   * A 'sources:' inside the project that leads out of it through a link (one that can be committed) says
   * so, and how to go on: it said "… leads out of the folder that holds this project — keep the captures
   * in a folder beside the project, e.g. '../shared/seeds'", though the folder it named was inside it.
   * (A folder beside the project may be a link: {@code EvidenceTest}.)
   */
  @Test
  void aSourcesFolderLinkedOutOfTheProjectIsNamedAsALink() throws IOException {
    BuildOptions o = TestSites.minimalCopy(tmp.resolve("workspace/project"));
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    Files.move(tmp.resolve("workspace/project/sources"), elsewhere.resolve("seeds"));
    Files.createSymbolicLink(tmp.resolve("workspace/project/sources"), elsewhere.resolve("seeds"));
    Run r = run("check", "--content", o.content().toString(), "--templates", o.templates().toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("'sources' is 'sources', a link to " + elsewhere.toRealPath().resolve("seeds")
        + ", outside the folder that holds this project — pass the folder with --sources, or move the captures themselves there instead of a link")
        .doesNotContain("e.g. '../shared/seeds'");
    Run given = run("check", "--content", o.content().toString(), "--templates", o.templates().toString(), "--sources",
        tmp.resolve("workspace/project/sources").toString());
    assertThat(given.code()).as(given.err()).isZero();
  }

  /** Without the English messages, the fix is to restore them, not to copy them. */
  @Test
  void missingEnglishMessagesAreToBeRestored() throws IOException {
    BuildOptions o = TestSites.minimalCopy(tmp);
    Files.delete(o.templates().resolve("messages/en.properties"));
    Run r = run("build", "--content", o.content().toString(), "--templates", o.templates().toString(), "--output", o.output().toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("there are no interface messages for the language 'en' — restore templates/messages/en.properties")
        .doesNotContain("copy en.properties");
  }

  @Test
  void strictBuildFailsOnAQuoteNotCheckedAgainstItsCaptureAndWritesNothing() throws Exception {
    BuildOptions o = TestSites.minimalCopy(tmp);
    String[] build = {"build", "--strict", "--content", o.content().toString(), "--templates", o.templates().toString(), "-o", o.output().toString()};
    assertThat(run(build).code()).as("with the captures: checked, recorded").isZero();
    TestSites.deleteTree(o.content().resolveSibling("sources"));
    assertThat(run(build).code()).as("without the captures: checked against the record").isZero();
    Path entry = o.content().resolve("articles/board-reply.md");
    Files.writeString(entry, Files.readString(entry).replace("We are not convinced", "We are unconvinced"));
    byte[] before = Files.readAllBytes(o.output().resolve("articles/board-reply/index.html"));
    Run strict = run(build);
    assertThat(strict.code()).isEqualTo(1);
    assertThat(strict.err()).contains("the quotation “We are unconvinced").contains("was not checked against the source capture").contains("(--strict)");
    assertThat(Files.readAllBytes(o.output().resolve("articles/board-reply/index.html"))).isEqualTo(before);
    Run lenient = run("build", "--content", o.content().toString(), "--templates", o.templates().toString(), "-o", o.output().toString());
    assertThat(lenient.code()).isZero();
    assertThat(lenient.err()).contains("2 warnings");
  }

  @Test
  void captureCopiesIntoTheSourcesFolderAndNeverOverwritesADifferentFile() throws Exception {
    BuildOptions o = TestSites.minimalCopy(tmp);
    Path file = Files.writeString(tmp.resolve("article.txt"), "The article's text.\n");
    Run added = run("capture", file.toString(), "--as", "003_new.txt", "--content", o.content().toString());
    assertThat(added.code()).isZero();
    assertThat(added.out()).contains("Added").contains("SHA-256 ").contains("capture: \"003_new.txt\"");
    assertThat(o.content().resolveSibling("sources").resolve("003_new.txt")).hasContent("The article's text.");
    assertThat(run("capture", file.toString(), "--as", "003_new.txt", "--content", o.content().toString()).out()).startsWith("Already there, the same bytes");
    Path other = Files.writeString(tmp.resolve("other.txt"), "Another article.\n");
    Run refused = run("capture", other.toString(), "--as", "003_new.txt", "--content", o.content().toString());
    assertThat(refused.code()).isEqualTo(1);
    assertThat(refused.err()).contains("a different capture is already named '003_new.txt' in the sources folder — give the new capture another name with --as");
    assertThat(o.content().resolveSibling("sources").resolve("003_new.txt")).hasContent("The article's text.");
    // a web page saved as HTML is not a capture: quotes are checked against the text a reader sees
    for (String page : List.of("<!DOCTYPE html>\n<html><body><p>The article's text.</p></body></html>\n",
        "\uFEFF  <!-- saved from a browser -->\n<html lang=\"en\">\n<p>Text.</p></html>\n",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"x\">\n<html/>\n",
        "<head><meta charset=\"utf-8\"><title>A page</title></head>\n<body>Text.</body>\n")) {
      Path html = Files.writeString(tmp.resolve("page.html"), page);
      Run notText = run("capture", html.toString(), "--as", "004_page.txt", "--content", o.content().toString());
      assertThat(notText.code()).isEqualTo(1);
      assertThat(notText.err()).contains(html + ":1:1: the capture is a web page's HTML, not its text — save the article as plain text");
      assertThat(o.content().resolveSibling("sources").resolve("004_page.txt")).doesNotExist();
    }
    // a name that is no plain file name is a bad value of --as: a usage error, and nothing is copied
    Run badName = run("capture", file.toString(), "--as", "../evil.txt", "--content", o.content().toString());
    assertThat(badName.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(badName.err()).startsWith("'../evil.txt' is not a plain file name for a capture — name it with letters, digits");
    assertThat(o.content().resolveSibling("evil.txt")).doesNotExist();
    // text that mentions a tag is text
    Path prose = Files.writeString(tmp.resolve("prose.txt"), "The <html> element wraps a page, the article says.\n");
    assertThat(run("capture", prose.toString(), "--as", "005_prose.txt", "--content", o.content().toString()).code()).isZero();
  }

  @Test
  void captureIntoAConfiguredSourcesFolderThatIsNotHereSaysHowToMakeIt() throws Exception {
    BuildOptions o = TestSites.minimalCopy(tmp);
    Path sources = o.content().resolveSibling("sources");
    try (Stream<Path> files = Files.walk(sources)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    Path file = Files.writeString(tmp.resolve("article.txt"), "The article's text.\n");
    Run refused = run("capture", file.toString(), "--as", "003_new.txt", "--content", o.content().toString());
    assertThat(refused.code()).isEqualTo(1);
    assertThat(refused.err()).contains("the sources folder " + sources.toAbsolutePath().normalize() + " (set by 'sources:' in ")
        .contains("is not here — create it (mkdir -p " + sources.toAbsolutePath().normalize() + ")");
  }

  @Test
  void listShowsEveryEntryAndDraftNewestFirst() throws Exception {
    BuildOptions o = TestSites.minimalCopy(tmp);
    Path draft = o.content().resolve("articles/2021-06-01-later.md");
    Files.writeString(draft, Files.readString(o.content().resolve("articles/board-reply.md")).replaceFirst("---\n", "---\ndraft: true\n")
        .replace("date: \"2021-04\"", "date: \"2021-06\""));
    Run all = run("list", "--content", o.content().toString());
    assertThat(all.code()).isZero();
    assertThat(all.out().lines().toList()).containsExactly(
        "2021-06     later        draft      The board replies",
        "2021-04     board-reply  published  The board replies",
        "2021-03-04  first-note   published  Ada's first note",
        "3 entries (2 published, 1 draft)");
    assertThat(run("list", "--drafts", "--content", o.content().toString()).out()).contains("later").doesNotContain("first-note");
  }

  /** A fresh scaffold, its fields still empty, is a draft listed once, not also a file that could not be read. */
  @Test
  void listShowsAFreshScaffoldOnceAsADraft() throws Exception {
    BuildOptions o = TestSites.minimalCopy(tmp);
    Files.writeString(o.content().resolve("articles/2021-06-01-a-new-entry.md"),
        org.explainer.content.EntryScaffold.text("A new entry", java.time.LocalDate.of(2021, 6, 1), java.time.LocalDate.of(2021, 6, 2), null, null));
    Run all = run("list", "--content", o.content().toString());
    assertThat(all.code()).isZero();
    assertThat(all.out()).doesNotContain("unreadable").doesNotContain("could not be read")
        .contains("a-new-entry").endsWith("3 entries (2 published, 1 draft)\n");
  }

  @Test
  void newActorAddsAnExplainedActorOnceAndBuildDraftsShowsDrafts() throws Exception {
    BuildOptions o = TestSites.minimalCopy(tmp);
    Run added = run("new", "--actor", "Mark Rutte", "--role", "NATO Secretary General from October 2024", "--content", o.content().toString());
    assertThat(added.code()).isZero();
    assertThat(added.out()).startsWith("Added the actor 'mark-rutte'");
    assertThat(Files.readString(o.content().resolve("actors.yaml"))).contains("- id: mark-rutte\n  name: \"Mark Rutte\"\n");
    assertThat(run("check", "--content", o.content().toString(), "--templates", o.templates().toString()).code()).isZero();
    Run again = run("new", "--actor", "Mark Rutte", "--role", "Prime Minister", "--content", o.content().toString());
    assertThat(again.code()).isEqualTo(1);
    assertThat(again.err()).contains("the actor 'mark-rutte' is already there");
    Run variant = run("new", "--actor", "a. lovelace", "--role", "Mathematician", "--content", o.content().toString());
    assertThat(variant.code()).isEqualTo(1);
    assertThat(variant.err()).contains("the actor 'ada' already goes by the name 'a. lovelace' — use its id 'ada'");
    Run roleless = run("new", "--actor", "Kaja Kallas", "--content", o.content().toString());
    assertThat(roleless.code()).isEqualTo(2);
    assertThat(roleless.err()).contains("an actor needs a role");
    assertThat(Files.readString(o.content().resolve("actors.yaml"))).doesNotContain("lovelace\n").doesNotContain("kallas");

    Path draft = o.content().resolve("articles/2021-06-01-later.md");
    Files.writeString(draft, Files.readString(o.content().resolve("articles/board-reply.md")).replaceFirst("---\n", "---\ndraft: true\n"));
    assertThat(run("build", "--drafts", "--content", o.content().toString(), "--templates", o.templates().toString(), "-o", o.output().toString()).code())
        .isZero();
    assertThat(o.output().resolve("articles/later/index.html")).content().contains("Draft");
    Run intoSite = run("build", "--drafts", "--content", o.content().toString(), "--templates", o.templates().toString());
    assertThat(intoSite.code()).isEqualTo(2);
    assertThat(intoSite.err()).contains("--drafts writes drafts that must not be published, so not into site/");
    // nor when -o names site/, however written, or a folder inside it: site/ is left as it was
    Path site = CommonOptions.home().resolve("site");
    Map<String, byte[]> before = TestSites.files(site);
    for (String named : List.of(site.toString(), site + "/", site.resolve("../site").toString(), site.resolve("preview").toString())) {
      Run refused = run("build", "--drafts", "--content", o.content().toString(), "--templates", o.templates().toString(), "-o", named);
      assertThat(refused.code()).as("-o %s", named).isEqualTo(2);
      assertThat(refused.err()).contains("--drafts writes drafts that must not be published, so not into site/ or a folder inside it");
    }
    assertThat(TestSites.files(site).keySet()).isEqualTo(before.keySet());
  }

  /** A mistyped content folder fails the command and makes nothing on disk: no cache folder, no output folder. */
  @Test
  void aContentFolderThatIsNotThereMakesNothing() {
    BuildOptions o = TestSites.minimalCopy(tmp);
    Path nowhere = tmp.resolve("nowhere");
    for (String command : List.of("build", "check")) {
      List<String> args = new ArrayList<>(List.of(command, "--content", nowhere.resolve("content").toString(), "--templates", o.templates().toString()));
      if (command.equals("build")) {
        args.addAll(List.of("-o", nowhere.resolve("site").toString()));
      }
      Run failed = run(args.toArray(String[]::new));
      assertThat(failed.code()).as(command).isEqualTo(1);
      assertThat(failed.err()).contains(nowhere.resolve("content") + ": the content folder does not exist — run from the project folder or pass --content DIR");
      assertThat(nowhere).as("after %s", command).doesNotExist();
    }
  }

  @Test
  void verboseAddsATimingPerStepAndQuietPrintsNothing() {
    BuildOptions o = TestSites.minimalCopy(tmp);
    Run verbose = run("build", "--verbose", "--content", o.content().toString(), "--templates", o.templates().toString(), "-o", o.output().toString());
    assertThat(verbose.out()).containsPattern("(?m)^  load +\\d+ ms$").containsPattern("(?m)^  write +\\d+ ms$");
    Run quiet = run("build", "-q", "--content", o.content().toString(), "--templates", o.templates().toString(), "-o", o.output().toString());
    assertThat(quiet.code()).isZero();
    assertThat(quiet.out()).isEmpty();
  }

  @Test
  void checkWritesNothingAndExitsZeroOnValidContent() {
    BuildOptions o = TestSites.minimalCopy(tmp);
    Run r = run("check", "--content", o.content().toString(), "--templates", o.templates().toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("No errors: 18 pages and 2 articles would be built");
    assertThat(o.output()).doesNotExist();
  }

  @Test
  void contentErrorsExitOneWithEveryProblemAndNoStackTrace() throws Exception {
    BuildOptions o = TestSites.minimalCopy(tmp);
    Path entry = o.content().resolve("articles/board-reply.md");
    Files.writeString(entry, Files.readString(entry).replace("- id: board\n    note", "- id: bord\n    note").replace("tags: [alpha, beta]", "tags: [alpha, gamma]"));
    Run r = run("check", "--content", o.content().toString(), "--templates", o.templates().toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains("board-reply.md:13:9: unknown actor 'bord' — did you mean 'board'? use an id from content/actors.yaml")
        .contains("board-reply.md:24:15: unknown tag 'gamma' — use one of: alpha, beta (from the tags in content/site.yaml)")
        .contains("2 errors in 1 file; fix them and run 'explainer check' again.")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(run("bild").code()).isEqualTo(2);
    assertThat(run("build", "--no-such-option").code()).isEqualTo(2);
    assertThat(run().code()).isEqualTo(2);
  }

  @Test
  void helpAndVersionWorkEverywhereAndDocumentExitCodes() {
    for (String[] args : new String[][] {{"--help"}, {"build", "--help"}, {"check", "--help"}}) {
      Run r = run(args);
      assertThat(r.code()).isZero();
      assertThat(r.out()).contains("Exit codes:").contains("content or template errors").contains("usage error");
    }
    assertThat(run("--version").out()).startsWith("explainer ");
    assertThat(run("build", "--version").out()).startsWith("explainer ");
  }

  /** The usage texts and parse errors, word for word. */
  @Test
  void usageTextsAndParseErrorsAreWordForWordTheSame() throws Exception {
    java.util.Map<String, String[]> cases = new java.util.LinkedHashMap<>();
    cases.put("help.txt", new String[] {"--help"});
    cases.put("build-help.txt", new String[] {"build", "--help"});
    cases.put("check-help.txt", new String[] {"check", "--help"});
    cases.put("new-help.txt", new String[] {"new", "--help"});
    cases.put("serve-help.txt", new String[] {"serve", "--help"});
    cases.put("capture-help.txt", new String[] {"capture", "--help"});
    cases.put("list-help.txt", new String[] {"list", "--help"});
    cases.put("new-without-headline.txt", new String[] {"new"});
    cases.put("build-output-without-value.txt", new String[] {"build", "--output"});
    cases.put("check-format-xml.txt", new String[] {"check", "--format", "xml"});
    cases.put("build-threads-zero.txt", new String[] {"build", "--threads", "0"});
    for (var c : cases.entrySet()) {
      String expected = Files.readString(Path.of("src/test/resources/cli", c.getKey()));
      Run r = run(c.getValue());
      assertThat(r.code()).as(c.getKey()).isEqualTo(c.getKey().contains("help") ? 0 : 2);
      assertThat(c.getKey().contains("help") ? r.out() : r.err()).as(c.getKey()).isEqualTo(expected);
    }
  }

  @Test
  void helpListsEveryCommandAndAMistypedOneGetsASuggestion() {
    assertThat(run("--help").out()).contains("  build ").contains("  check ").contains("  new ").contains("  serve ");
    assertThat(run("bild").err()).contains("Unmatched argument at index 0: 'bild'").contains("Did you mean: explainer build?");
  }

  @Test
  void buildAndCheckGetARendererSetUpFromTheStartAndTheRestMakeTheirOwn() {
    for (String first : new String[] {"build", "check"}) {
      var markdown = Main.markdownRenderer(first);
      assertThat(markdown.get()).as(first).isNotNull().isSameAs(markdown.get());
    }
    for (String first : new String[] {"", "new", "serve", "--help"}) {
      var markdown = Main.markdownRenderer(first);
      assertThat(markdown.get()).as(first).isNotNull().isNotSameAs(markdown.get());
    }
  }
}
