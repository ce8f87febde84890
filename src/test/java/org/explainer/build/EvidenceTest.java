package org.explainer.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.explainer.TestSites;
import org.explainer.content.SourceFile;
import org.explainer.diagnostic.ContentException;
import org.explainer.diagnostic.Problem;
import org.explainer.provenance.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed record of checked quotes lets a machine without the captures build the same site. */
class EvidenceTest {
  @TempDir Path tmp;

  private static Map<String, byte[]> build(BuildOptions options) {
    new Pipeline(options).build();
    return TestSites.files(options.output());
  }

  private static BuildOptions withoutCaptures(BuildOptions options) throws Exception {
    TestSites.deleteTree(options.content().resolveSibling("sources"));
    return options;
  }

  @Test
  void aBuildWithoutTheCapturesIsByteIdenticalToABuildWithThem() throws Exception {
    BuildOptions options = TestSites.minimalCopy(tmp);
    Map<String, byte[]> withCaptures = build(options);
    Path record = options.content().resolve(Evidence.FILE);
    assertThat(record).exists();
    String recorded = Files.readString(record);
    assertThat(recorded).contains("\"type\" : \"TextQuoteSelector\"").contains("\"exact\" : \"The engine weaves patterns\"");

    Map<String, byte[]> without = build(withoutCaptures(options));
    assertThat(without.keySet()).isEqualTo(withCaptures.keySet());
    withCaptures.forEach((path, bytes) -> assertThat(new String(without.get(path), StandardCharsets.UTF_8)).as(path)
        .isEqualTo(new String(bytes, StandardCharsets.UTF_8)));
    assertThat(Files.readString(record)).as("a build without the captures leaves the record alone").isEqualTo(recorded);
    assertThat(new String(without.get("articles/first-note/index.html"), StandardCharsets.UTF_8))
        .contains("Every quote on this page was checked word for word");
  }

  @Test
  void theRecordIsTheSameBytesOnEveryBuildAndKeepsItsDates() throws Exception {
    BuildOptions options = TestSites.minimalCopy(tmp);
    build(options);
    byte[] first = Files.readAllBytes(options.content().resolve(Evidence.FILE));
    Files.delete(options.content().resolve(Evidence.FILE));
    build(options);
    assertThat(Files.readAllBytes(options.content().resolve(Evidence.FILE))).isEqualTo(first);
    build(options);
    assertThat(Files.readAllBytes(options.content().resolve(Evidence.FILE))).isEqualTo(first);
  }

  @Test
  void anEditedQuoteIsUncheckedWithoutTheCapturesAndAMisquoteWithThem() throws Exception {
    BuildOptions options = TestSites.minimalCopy(tmp);
    build(options);
    Path entry = options.content().resolve("articles/2021-03-04-first-note.md");
    Files.writeString(entry, Files.readString(entry).replace("text: \"The engine weaves patterns as the loom", "text: \"The engine knits patterns as the loom"));

    assertThatThrownBy(() -> new Pipeline(options).build()).isInstanceOf(ContentException.class)
        .satisfies(e -> assertThat(((ContentException) e).problems()).extracting(Problem::message)
            .anyMatch(m -> m.startsWith("the quotation “The engine knits patterns as the loom weaves flowers” is not in the source capture first-note.txt")));

    withoutCaptures(options);
    BuildReport unchecked = new Pipeline(options).check();
    assertThat(unchecked.warnings()).extracting(Problem::message).anyMatch(m ->
        m.startsWith("the quotation “The engine knits patterns as the loom weaves flowers” was not checked against the source capture first-note.txt"));
    Map<String, byte[]> site = build(options);
    assertThat(new String(site.get("articles/first-note/index.html"), StandardCharsets.UTF_8))
        .contains("The quotes on this page have not been checked");
  }

  @Test
  void aChangedCaptureIsReported() throws Exception {
    BuildOptions options = TestSites.minimalCopy(tmp);
    build(options);
    String before = Evidence.read(SourceFile.contentFolder(options.content()), options.content().resolve(Evidence.FILE)).entries().get("first-note").capture().sha256();
    Path capture = options.content().resolveSibling("sources").resolve("first-note.txt");
    Files.writeString(capture, Files.readString(capture) + "\nA line added later.\n");
    BuildReport report = new Pipeline(options).check();
    assertThat(report.warnings()).extracting(Problem::message)
        .anyMatch(m -> m.startsWith("the capture 'first-note.txt' has changed since its quotes were recorded"));
    assertThat(Files.readString(options.content().resolve(Evidence.FILE))).as("check writes the new fingerprint into the record")
        .doesNotContain(before);
  }

  @Test
  void aDamagedRecordIsAnErrorWithItsLine() throws Exception {
    BuildOptions options = TestSites.minimalCopy(tmp);
    Files.writeString(options.content().resolve(Evidence.FILE), "{\n  \"entries\" : [ nonsense\n");
    assertThatThrownBy(() -> new Pipeline(options).check()).isInstanceOf(ContentException.class)
        .satisfies(e -> assertThat(((ContentException) e).problems().get(0).message()).startsWith("the record of checked quotes is damaged"));
  }

  /**
   * The team's shared folder beside a checkout ({@code ../shared/seeds}) is often a link to where the
   * captures really are: it is the machine's own, not the project's, so the build follows it. It was
   * refused as leading "out of the folder that holds this project" (QA), while the message suggested the
   * very path it refused.
   */
  @Test
  void theSharedFolderBesideTheProjectMayBeALinkToTheCaptures() throws Exception {
    Path workspace = tmp.resolve("workspace");
    BuildOptions options = TestSites.minimalCopy(workspace.resolve("project"));
    Path siteYaml = options.content().resolve("site.yaml");
    Files.writeString(siteYaml, Files.readString(siteYaml).replace("sources: \"sources\"", "sources: \"../shared/seeds\""));
    Path elsewhere = tmp.resolve("elsewhere");
    Files.createDirectories(elsewhere);
    Files.move(workspace.resolve("project/sources"), elsewhere.resolve("seeds"));
    Files.createSymbolicLink(workspace.resolve("shared"), elsewhere);

    Map<String, byte[]> site = build(options);
    assertThat(new String(site.get("articles/first-note/index.html"), StandardCharsets.UTF_8))
        .contains("Every quote on this page was checked word for word");
    assertThat(new Pipeline(options).check().notices()).noneMatch(n -> n.contains("is not here"));
  }

  /** A link inside the project, which anyone can commit, may not take 'sources:' out of the folder that holds it. */
  @Test
  void aLinkInsideTheProjectMayNotLeadTheSourcesOut() throws Exception {
    Path workspace = tmp.resolve("workspace");
    BuildOptions options = TestSites.minimalCopy(workspace.resolve("project"));
    Path elsewhere = tmp.resolve("elsewhere");
    Files.createDirectories(elsewhere);
    Files.move(workspace.resolve("project/sources"), elsewhere.resolve("seeds"));
    Files.createSymbolicLink(workspace.resolve("project/sources"), elsewhere.resolve("seeds"));
    Path real = elsewhere.toRealPath().resolve("seeds");

    assertThatThrownBy(() -> new Pipeline(options).build()).isInstanceOf(ContentException.class)
        .satisfies(e -> assertThat(((ContentException) e).problems()).extracting(Problem::message)
            .anyMatch(m -> m.contains("a link to " + real + ", outside the folder that holds this project")));
  }

  /**
   * A summary edited without the captures at hand leaves its quotes checked against the record, and the
   * page says so: it said "The quotes on this page have not been checked", though each still matched its
   * record (QA). Only the summary's wording is unchecked, and the page says that instead.
   */
  @Test
  void anEditedSummaryWithoutTheCapturesLeavesItsQuotesChecked() throws Exception {
    BuildOptions options = TestSites.minimalCopy(tmp);
    build(options);
    Path entry = options.content().resolve("articles/2021-03-04-first-note.md");
    Files.writeString(entry, Files.readString(entry).replace("and the board replied in", "and the board soon replied in"));
    withoutCaptures(options);

    String page = new String(build(options).get("articles/first-note/index.html"), StandardCharsets.UTF_8);
    assertThat(page).contains("Every quote on this page was checked word for word against our archived copy of the source.")
        .contains("The summary has been edited since its wording was checked against that copy.")
        .doesNotContain("The quotes on this page have not been checked");
  }
}
