package org.explainer.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.explainer.TestSites;
import org.explainer.content.EntryScaffold;
import org.explainer.diagnostic.ContentException;
import org.explainer.diagnostic.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems in a draft never stop a build or a preview, and an editor still sees them while drafting. */
class DraftsTest {
  @TempDir Path tmp;

  @Test
  void aFreshlyScaffoldedEntryDoesNotStopThePreviewAndItsProblemsShowAsWarnings() throws Exception {
    BuildOptions options = TestSites.minimalCopy(tmp);
    Path entry = options.content().resolve("articles/2021-06-01-a-new-entry.md");
    Files.writeString(entry, EntryScaffold.text("A new entry", LocalDate.of(2021, 6, 1), LocalDate.of(2021, 6, 2), null, null));
    Pipeline.SiteBuild preview = new Pipeline(options.withDrafts(true)).preview();
    assertThat(preview.report().warnings()).extracting(Problem::message)
        .contains("'dek' is empty (the draft has errors, so it is left out)");
    assertThat(preview.files()).noneMatch(f -> f.path().equals("articles/a-new-entry/index.html"));
    assertThat(preview.heldBack()).as("the errors that keep the draft out, at its page's path").containsOnlyKeys("articles/a-new-entry/index.html");
    assertThat(preview.heldBack().get("articles/a-new-entry/index.html")).allMatch(Problem::isError).extracting(Problem::message)
        .contains("'dek' is empty");
    assertThat(new Pipeline(options).check().warnings()).extracting(Problem::message)
        .contains("'dek' is empty (the entry is a draft, so it is not published)");
  }

  @Test
  void aFreshScaffoldNamesEachMissingValueOnce() throws Exception {
    BuildOptions options = TestSites.minimalCopy(tmp);
    Path entry = options.content().resolve("articles/2021-06-01-a-new-entry.md");
    Files.writeString(entry, EntryScaffold.text("A new entry", LocalDate.of(2021, 6, 1), LocalDate.of(2021, 6, 2), null, null));
    assertThat(new Pipeline(options).check().warnings()).extracting(Problem::message)
        .contains("'outlet' is empty (the entry is a draft, so it is not published)",
            "'key_points' is empty (the entry is a draft, so it is not published)")
        .noneMatch(m -> m.startsWith("the source names no outlet"))
        .noneMatch(m -> m.startsWith("the entry has 0 key points"));
  }

  @Test
  void aDraftWithoutErrorsIsPreviewedAndItsMisquoteIsReportedWhileDrafting() throws Exception {
    BuildOptions options = TestSites.minimalCopy(tmp);
    Path published = options.content().resolve("articles/board-reply.md");
    Path entry = options.content().resolve("articles/board-again.md");
    Files.writeString(entry, Files.readString(published).replaceFirst("---\n", "---\ndraft: true\n"));
    Pipeline.SiteBuild preview = new Pipeline(options.withDrafts(true)).preview();
    assertThat(preview.report().warnings()).extracting(Problem::message).noneMatch(m -> m.contains("draft"));
    assertThat(preview.files()).anyMatch(f -> f.path().equals("articles/board-again/index.html"));

    Files.writeString(entry, Files.readString(entry).replace("We are not convinced", "We are not amused"));
    BuildReport build = new Pipeline(options).build();
    assertThat(build.warnings()).extracting(Problem::message).anyMatch(m ->
        m.startsWith("the quotation “We are not amused” is not in the source capture board-reply.txt")
            && m.endsWith("(the entry is a draft, so it is not published)"));
  }

  /**
   * A build and a check leave the drafts out, but render their summaries as if published: a broken link
   * or anchor in one is a warning while it is a draft (its links to pages and anchors that exist are
   * not), and an error once it is published.
   */
  @Test
  void aDraftsSummaryIsCheckedWhileDraftingAndItsProblemsAreWarnings() throws Exception {
    BuildOptions options = TestSites.minimalCopy(tmp);
    Path entry = options.content().resolve("articles/board-again.md");
    String draft = Files.readString(options.content().resolve("articles/board-reply.md")).replaceFirst("---\n", "---\ndraft: true\n")
        + "\n## Later\n\nSee [the minutes](2021-01-01-no-such-minutes.md), [nothing](/nowhere/), [a heading](#no-such-heading),"
        + " [this one](#later), [the other entry](board-reply.md) and [the home page](/).\n";
    Files.writeString(entry, draft);
    for (BuildReport report : List.of(new Pipeline(options).check(), new Pipeline(options).build())) {
      assertThat(report.warnings()).filteredOn(p -> p.at().file() != null && p.at().file().endsWith("board-again.md"))
          .extracting(Problem::message)
          .anySatisfy(m -> assertThat(m).startsWith("the link '2021-01-01-no-such-minutes.md' points at no entry or page").endsWith("(the entry is a draft, so it is not published)"))
          .anySatisfy(m -> assertThat(m).startsWith("the link '/nowhere/' points at no page of this site"))
          .anySatisfy(m -> assertThat(m).startsWith("the anchor '#no-such-heading'"))
          .noneMatch(m -> m.contains("'#later'") || m.contains("'board-reply.md'") || m.contains("'/'"));
    }
    assertThat(options.output().resolve("articles/board-again")).doesNotExist();
    // two drafts of one slug: the slug is the problem, and each keeps its own headings
    Files.writeString(options.content().resolve("articles/board-again-2.md"), draft.replaceFirst("---\n", "---\nslug: board-again\n")
        .replace("## Later", "## Afterwards").replace("(#later)", "(#afterwards)"));
    assertThat(new Pipeline(options).check().warnings()).extracting(Problem::message)
        .noneMatch(m -> m.contains("'#later'") || m.contains("'#afterwards'"));
    Files.delete(options.content().resolve("articles/board-again-2.md"));
    Files.writeString(entry, draft.replace("draft: true\n", ""));
    assertThatThrownBy(() -> new Pipeline(options).check()).isInstanceOf(ContentException.class)
        .hasMessageContaining("the link '2021-01-01-no-such-minutes.md' points at no entry or page");
  }

  /**
   * A draft shown in the preview whose errors come to light only after the checks of its own (a link to
   * a page that does not exist, found when Markdown is rendered; a quote not in its capture) is held back
   * as a draft with errors of its own is: its page shows those errors, and the rest of the site is
   * previewed. (The whole preview failed.)
   */
  @Test
  void aShownDraftWithALaterErrorIsHeldBackAndTheRestOfThePreviewBuilt() throws Exception {
    BuildOptions options = TestSites.minimalCopy(tmp);
    Path entry = options.content().resolve("articles/board-again.md");
    String draft = Files.readString(options.content().resolve("articles/board-reply.md")).replaceFirst("---\n", "---\ndraft: true\n");

    Files.writeString(entry, draft.replace("briefly.", "briefly, as [the minutes](2021-01-01-no-such-minutes.md) show."));
    Pipeline.SiteBuild linked = new Pipeline(options.withDrafts(true)).preview();
    assertThat(linked.heldBack()).containsOnlyKeys("articles/board-again/index.html");
    assertThat(linked.heldBack().get("articles/board-again/index.html")).allMatch(Problem::isError).extracting(Problem::message)
        .anyMatch(m -> m.startsWith("the link '2021-01-01-no-such-minutes.md'"));
    assertThat(linked.files()).extracting(f -> f.path()).contains("articles/board-reply/index.html", "index.html")
        .doesNotContain("articles/board-again/index.html");
    assertThat(linked.report().warnings()).extracting(Problem::message)
        .anyMatch(m -> m.startsWith("the link '2021-01-01-no-such-minutes.md'") && m.endsWith("(the draft has errors, so it is left out)"));

    Files.writeString(entry, draft.replace("We are not convinced", "We are not amused"));
    Pipeline.SiteBuild misquoted = new Pipeline(options.withDrafts(true)).preview();
    assertThat(misquoted.heldBack()).containsOnlyKeys("articles/board-again/index.html");
    assertThat(misquoted.heldBack().get("articles/board-again/index.html")).extracting(Problem::message)
        .anyMatch(m -> m.startsWith("the quotation “We are not amused” is not in the source capture board-reply.txt"));
    assertThat(misquoted.files()).extracting(f -> f.path()).contains("articles/board-reply/index.html")
        .doesNotContain("articles/board-again/index.html");
  }

  /**
   * A draft held back for a later error leaves out with it a shown draft that names it as related (which
   * then has an error of its own: it names a draft not published), with that error at its address;
   * published content that names it fails the preview, with its own error and, so that the editor sees
   * why the draft is not published, the draft's.
   */
  @Test
  void aDraftHeldBackLaterTakesTheDraftsNamingItAlongAndPublishedContentFailsWithBothErrors() throws Exception {
    BuildOptions options = TestSites.minimalCopy(tmp);
    String model = Files.readString(options.content().resolve("articles/board-reply.md"));
    Files.writeString(options.content().resolve("articles/board-again.md"), model.replaceFirst("---\n", "---\ndraft: true\n")
        .replace("briefly.", "briefly, as [the minutes](2021-01-01-no-such-minutes.md) show."));
    Path third = options.content().resolve("articles/board-third.md");
    Files.writeString(third, model.replaceFirst("---\n", "---\ndraft: true\n").replace("tags: [alpha, beta]", "tags: [alpha, beta]\nrelated: [board-again]"));

    Pipeline.SiteBuild preview = new Pipeline(options.withDrafts(true)).preview();
    assertThat(preview.heldBack()).containsOnlyKeys("articles/board-again/index.html", "articles/board-third/index.html");
    assertThat(preview.heldBack().get("articles/board-third/index.html")).extracting(Problem::message).anyMatch(m -> m.contains("board-again"));
    assertThat(preview.files()).extracting(f -> f.path()).contains("articles/board-reply/index.html", "index.html")
        .doesNotContain("articles/board-again/index.html", "articles/board-third/index.html");

    Files.writeString(third, Files.readString(third).replaceFirst("draft: true\n", ""));
    assertThatThrownBy(() -> new Pipeline(options.withDrafts(true)).preview()).isInstanceOfSatisfying(ContentException.class, e -> {
      assertThat(e.problems()).filteredOn(Problem::isError).extracting(p -> p.at().file().getFileName().toString() + ": " + p.message())
          .anyMatch(m -> m.startsWith("board-third.md: ") && m.contains("board-again"))
          .anyMatch(m -> m.startsWith("board-again.md: the link '2021-01-01-no-such-minutes.md'"));
    });
  }

  /** An error in the translation of a draft the preview shows holds the draft back, in every language, with that error. */
  @Test
  void aShownDraftWhoseTranslationHasALaterErrorIsHeldBackInEveryLanguage() throws Exception {
    BuildOptions options = TestSites.translatedCopy(tmp);
    Path entry = options.content().resolve("articles/board-again.md");
    Files.writeString(entry, Files.readString(options.content().resolve("articles/board-reply.md")).replaceFirst("---\n", "---\ndraft: true\n")
        .replace("[Ada's note](2021-03-04-first-note.md#background)", "Ada's note"));
    org.explainer.content.Article english = new org.explainer.content.ContentLoader().load(options.content(), new org.explainer.diagnostic.Problems())
        .orElseThrow().articles().stream().filter(a -> a.file().getFileName().toString().equals("board-again.md")).findFirst().orElseThrow();
    Path translation = options.content().resolve("uk/articles/board-again.md");
    Files.writeString(translation, org.explainer.content.TranslationScaffold.text(english, "uk")
        .replace("headline: \"The board replies\"", "headline: \"Рада відповідає\"").replace("briefly.", "briefly, [here](2021-01-01-no-such-minutes.md)."));
    Pipeline.SiteBuild preview = new Pipeline(options.withDrafts(true)).preview();
    assertThat(preview.heldBack()).containsOnlyKeys("articles/board-again/index.html", "uk/articles/board-again/index.html");
    assertThat(preview.heldBack().get("uk/articles/board-again/index.html")).allSatisfy(p -> assertThat(p.at().file()).isEqualTo(translation))
        .extracting(Problem::message).anyMatch(m -> m.startsWith("the link '2021-01-01-no-such-minutes.md'"));
    assertThat(preview.files()).extracting(f -> f.path()).contains("uk/articles/board-reply/index.html")
        .doesNotContain("articles/board-again/index.html", "uk/articles/board-again/index.html");
  }

  /** The same later error in a published entry still fails the preview, naming it. */
  @Test
  void aPublishedEntryWithALaterErrorStillFailsThePreview() throws Exception {
    BuildOptions options = TestSites.minimalCopy(tmp);
    Path entry = options.content().resolve("articles/board-reply.md");
    Files.writeString(entry, Files.readString(entry).replace("briefly.", "briefly, as [the minutes](2021-01-01-no-such-minutes.md) show."));
    org.explainer.diagnostic.ContentException e = org.junit.jupiter.api.Assertions.assertThrows(
        org.explainer.diagnostic.ContentException.class, () -> new Pipeline(options.withDrafts(true)).preview());
    assertThat(e.problems()).filteredOn(Problem::isError).extracting(Problem::message)
        .anyMatch(m -> m.startsWith("the link '2021-01-01-no-such-minutes.md'"));
  }

  /**
   * A draft whose slug a published entry has already taken is left out, with a warning, as any draft
   * is: the published entry's page is built from the published entry, and a check and a build agree.
   * (Drafts were filtered by slug, so such a draft was built in the published entry's place, or beside
   * it at the same path.)
   */
  @Test
  void aDraftTakingAPublishedEntrysSlugIsLeftOutAndThePublishedEntryBuilt() throws Exception {
    BuildOptions options = TestSites.minimalCopy(tmp);
    Path published = options.content().resolve("articles/board-reply.md");
    Path scaffold = options.content().resolve("articles/2021-06-01-board-reply.md");
    Files.writeString(scaffold, EntryScaffold.text("Board reply", LocalDate.of(2021, 6, 1), LocalDate.of(2021, 6, 2), null, null));
    assertThat(new Pipeline(options).check().warnings()).extracting(Problem::message)
        .contains("the entry is a draft and will not be published")
        .anyMatch(m -> m.startsWith("the slug 'board-reply' (from this file's name) is already used by content/articles/board-reply.md:1:1"
            + " (from its file name)"));
    new Pipeline(options).build();
    String page = Files.readString(options.output().resolve("articles/board-reply/index.html"));
    String headline = Files.readString(published).lines().filter(l -> l.startsWith("headline:")).findFirst().orElseThrow()
        .replaceFirst("headline: *\"?", "").replaceFirst("\"$", "");
    assertThat(page).contains(headline);

    // a draft with no errors of its own, the published entry's text under another headline
    Files.writeString(scaffold, Files.readString(published).replaceFirst("---\n", "---\ndraft: true\n").replaceFirst("headline: .*", "headline: \"Another\""));
    assertThat(new Pipeline(options).check().warnings()).extracting(Problem::message)
        .contains("the entry is a draft and will not be published");
    new Pipeline(options).build();
    assertThat(Files.readString(options.output().resolve("articles/board-reply/index.html"))).contains(headline).doesNotContain("Another");
  }

  /** A value cut by a comment leaves the file readable, so a draft stays a draft: a warning while drafting, an error once published. */
  @Test
  void aValueCutByACommentWarnsInADraftAndFailsAPublishedEntry() throws Exception {
    BuildOptions options = TestSites.minimalCopy(tmp);
    Path entry = options.content().resolve("articles/board-again.md");
    String text = Files.readString(options.content().resolve("articles/board-reply.md"))
        .replace("headline: \"The board replies\"", "headline: The board replies #2");
    Files.writeString(entry, text.replaceFirst("---\n", "---\ndraft: true\n"));
    assertThat(new Pipeline(options).check().warnings()).extracting(Problem::message)
        .contains("the text after ' #' is a YAML comment and is left out of 'headline', which reads “The board replies”"
            + " (the entry is a draft, so it is not published)");

    Files.writeString(entry, text);
    org.explainer.diagnostic.ContentException e = org.junit.jupiter.api.Assertions.assertThrows(
        org.explainer.diagnostic.ContentException.class, () -> new Pipeline(options).check());
    assertThat(e.problems()).filteredOn(Problem::isError).extracting(Problem::message)
        .containsExactly("the text after ' #' is a YAML comment and is left out of 'headline', which reads “The board replies”");
  }

  @Test
  void houseRulesWarnWhileDraftingAndFailAPublishedEntry() throws Exception {
    BuildOptions options = TestSites.minimalCopy(tmp);
    Path site = options.content().resolve("site.yaml");
    Files.writeString(site, Files.readString(site) + "house_rules:\n  summary_words: {min: 5, max: 300}\n  key_points: {min: 3, max: 5}\n");
    Path entry = options.content().resolve("articles/board-reply.md");
    String text = Files.readString(entry);
    Files.writeString(entry, text.replaceFirst("---\n", "---\ndraft: true\n") + " More words.".repeat(200));
    assertThat(new Pipeline(options.withDrafts(true)).check().warnings()).extracting(Problem::message)
        .anyMatch(m -> m.matches("the summary has \\d+ words; the house rule is 5–300"));

    Files.writeString(entry, text.substring(0, text.lastIndexOf("---\n") + 4));
    org.explainer.diagnostic.ContentException e = org.junit.jupiter.api.Assertions.assertThrows(
        org.explainer.diagnostic.ContentException.class, () -> new Pipeline(options).check());
    assertThat(e.problems()).extracting(Problem::message).contains("the summary is empty");
  }
}
