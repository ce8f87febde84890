package org.explainer.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.explainer.TestSites;
import org.explainer.cli.Main;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The provenance checks on the real content and its five captures in ../shared/seeds: clean as
 * committed, and each planted fault (a misquote, a misattributed quote, a copied sentence) reported at
 * its line.
 */
class ProvenanceCheckTest {
  private static final Path SEEDS = TestSites.ROOT.resolve("../shared/seeds").normalize();
  private static final String NEWSX = "articles/2024-11-30-sybiha-letter-putin-goals.md";
  @TempDir Path tmp;
  private Path content;

  @BeforeEach
  void copyRealContent() {
    assumeThat(Files.isDirectory(SEEDS)).as("source captures in ../shared/seeds").isTrue();
    content = tmp.resolve("content");
    TestSites.copyTree(TestSites.CONTENT, content);
  }

  private record Run(int code, String out, String err) {}

  private Run check() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"check", "--content", content.toString(), "--templates", TestSites.TEMPLATES.toString(),
        "--sources", SEEDS.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString().replace(tmp + "/", ""));
  }

  private int lineOf(String file, String text) throws Exception {
    var lines = Files.readAllLines(content.resolve(file));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " not in " + file);
  }

  @Test
  void theRealContentIsCleanAgainstItsSources() {
    Run r = check();
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).doesNotContain("is not in the source capture").doesNotContain("in a row with the source")
        .doesNotContain("does not appear near a mention").doesNotContain("notice:");
  }

  @Test
  void aPlantedMisquoteIsReportedAtItsLineWithTheClosestPassage() throws Exception {
    Path file = content.resolve(NEWSX);
    Files.writeString(file, Files.readString(file).replace("text: \"The invitation should not be seen as an escalation\"",
        "text: \"The invitation must not be seen as an escalation\""));
    Run r = check();
    assertThat(r.code()).isEqualTo(1);
    int line = lineOf(NEWSX, "The invitation must not be seen");
    assertThat(r.err()).contains("content/" + NEWSX + ":" + line + ":11: the quotation")
        .contains("the quotation “The invitation must not be seen as an escalation” is not in the source capture 003_5ed5ee2dd07c13f7.txt")
        .contains("the closest passage is “The invitation should not be seen as an escalation,” — copy the words");
  }

  /** A quote pasted with its quotation marks has the source's words: the fix is to drop the marks, not to copy the words. */
  @Test
  void aQuoteWrittenBetweenQuotationMarksIsToldToDropThem() throws Exception {
    Path file = content.resolve(NEWSX);
    Files.writeString(file, Files.readString(file).replace("text: \"The invitation should not be seen as an escalation\"",
        "text: \"“The invitation should not be seen as an escalation”\""));
    Run r = check();
    assertThat(r.code()).isEqualTo(1);
    int line = lineOf(NEWSX, "“The invitation should not be seen");
    assertThat(r.err()).contains("content/" + NEWSX + ":" + line + ":11: the quotation “The invitation should not be seen as an escalation”"
            + " is written between quotation marks of its own — write it under 'text:' without the quotation marks around it")
        .doesNotContain("is not in the source capture");
  }

  @Test
  void aMisattributedQuoteIsAWarningAtItsSpeaker() throws Exception {
    Path file = content.resolve(NEWSX);
    String text = Files.readString(file);
    int quotes = text.indexOf("quotes:");
    String changed = text.substring(0, quotes) + text.substring(quotes).replaceFirst("- speaker: sybiha", "- speaker: stefanishyna");
    Files.writeString(file, changed);
    Run r = check();
    assertThat(r.code()).as(r.err()).isZero();
    int line = lineOf(NEWSX, "- speaker: stefanishyna");
    assertThat(r.err()).contains("content/" + NEWSX + ":" + line + ":14: warning: the quote attributed to Olga Stefanishyna does not appear near a mention of Olga Stefanishyna");
  }

  @Test
  void aCopiedSentenceIsReportedWithThePassageItCopies() throws Exception {
    Path file = content.resolve(NEWSX);
    String copied = "NATO diplomats have indicated that a consensus among the alliance's 32 members remains elusive.";
    Files.writeString(file, Files.readString(file).stripTrailing() + "\n\n" + copied + "\n");
    Run r = check();
    assertThat(r.code()).isEqualTo(1);
    int line = lineOf(NEWSX, copied);
    assertThat(r.err()).contains("content/" + NEWSX + ":" + line + ":1: this sentence shares 12 or more words in a row with the source capture 003_5ed5ee2dd07c13f7.txt")
        .contains("“NATO diplomats have indicated that a consensus among the alliance’s 32 members remains elusive");
  }

  @Test
  void ourProseOutsideTheSummariesMayNotCopyACaptureEither() throws Exception {
    String copied = "NATO diplomats have indicated that a consensus among the alliance’s 32 members remains elusive";
    Path file = content.resolve(NEWSX);
    String quote = "We have sent a message to the allies that the invitation is not off the table, regardless of different manipulations and speculations around that";
    String occasion = "    occasion: \"on Sybiha’s letter, in remarks NewsX reports without place or date\"\n";
    assertThat(Files.readString(file)).contains(occasion);
    Files.writeString(file, Files.readString(file).replace(occasion, occasion + "    sentence: \"" + copied + "; Stefanishyna: “" + quote + "”.\"\n"));
    // the translation then gives the quote a sentence too, as a translated quote must where the original has one
    Path translated = content.resolve("uk").resolve(NEWSX);
    String ukOccasion = "    occasion: \"про лист Сибіги, у коментарі, який NewsX наводить без зазначення місця й дати\"\n";
    String ukQuote = "Ми надіслали союзникам сигнал, що запрошення не знято з порядку денного, попри різні маніпуляції та спекуляції навколо цього";
    assertThat(Files.readString(translated)).contains(ukOccasion);
    Files.writeString(translated, Files.readString(translated).replace(ukOccasion, ukOccasion + "    sentence: \"Стефанішина: «" + ukQuote + "».\"\n"));
    Path claims = content.resolve("claims.yaml");
    String argument = "A decision on Ukraine’s membership needs every ally’s approval";
    assertThat(Files.readString(claims)).contains(argument);
    Files.writeString(claims, Files.readString(claims).replace(argument, copied + "; a decision on Ukraine’s membership needs every ally’s approval"));
    Path positions = content.resolve("positions.yaml");
    Files.writeString(positions, Files.readString(positions).replace("summary: \"Tells Kyiv that the allies are, for now, not agreed on inviting Ukraine.\"",
        "summary: \"" + copied + ".\""));
    Path context = content.resolve("context.yaml");
    Files.writeString(context, Files.readString(context).replace("what: \"Mark Rutte succeeds Jens Stoltenberg as NATO Secretary General.\"",
        "what: \"" + copied + ".\""));
    Run r = check();
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("content/" + NEWSX + ":" + lineOf(NEWSX, copied) + ":")
        .contains("this quote's sentence shares 12 or more words in a row with the source capture 003_5ed5ee2dd07c13f7.txt")
        .contains("content/claims.yaml:" + lineOf("claims.yaml", copied) + ":")
        .contains("this argument shares 12 or more words in a row with the source capture 003_5ed5ee2dd07c13f7.txt")
        .contains("content/positions.yaml:" + lineOf("positions.yaml", copied) + ":")
        .contains("this position summary shares 12 or more words")
        .contains("content/context.yaml:" + lineOf("context.yaml", copied) + ":")
        .contains("this context fact shares 12 or more words");
  }

  @Test
  void withoutASourcesFolderTheChecksAreSkippedWithOneNotice() throws Exception {
    Path site = content.resolve("site.yaml");
    Files.writeString(site, Files.readString(site).replace("sources: \"../shared/seeds\"", "sources: \"nowhere\""));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"check", "--content", content.toString(), "--templates", TestSites.TEMPLATES.toString()},
        new PrintWriter(out, true), new PrintWriter(err, true));
    assertThat(code).isZero();
    assertThat(err.toString().lines().filter(l -> l.startsWith("notice:")))
        .singleElement().asString().contains("checked against the record evidence.json of earlier checks");
  }
}
