package org.explainer.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.explainer.TestSites;
import org.explainer.build.BuildOptions;
import org.explainer.build.Pipeline;
import org.explainer.diagnostic.Location;
import org.explainer.diagnostic.Problem;
import org.explainer.diagnostic.Problems;
import org.explainer.yaml.TranslationReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A translation read onto the original, and what it reports when the original moves on. */
class TranslationLoaderTest {
  @TempDir Path tmp;

  private static Edition load(BuildOptions options, Problems problems) {
    Library original = ContentValidator.validate(new ContentLoader().load(options.content(), problems).orElseThrow(), false, problems);
    return new TranslationLoader().load(options.content(), "uk", original, LoadGaps.none(), problems, new java.util.ArrayList<>());
  }

  /** A translation left behind by a renamed original is told the name to take: the close one, else the one original with no translation. */
  @Test
  void aTranslationThatTranslatesNothingIsToldWhatItMayTranslate() {
    java.util.Set<String> originals = Set.of("2024-04-03-stoltenberg-one-step.md", "2024-01-30-rasmussen-invitation-at-washington.md");
    List<Path> translated = List.of(Path.of("uk/articles/2024-04-03-stoltenberg-invitation-equals-membership.md"),
        Path.of("uk/articles/2024-01-30-rasmussen-invitation-at-washington.md"));
    assertThat(TranslationLoader.renamedHint("2024-04-03-stoltenberg-invitation-equals-membership.md", originals, translated))
        .isEqualTo("did you mean '2024-04-03-stoltenberg-one-step.md'? ");
    assertThat(TranslationLoader.renamedHint("2024-04-03-nato-press-conference.md", originals, translated))
        .isEqualTo("if it translates '2024-04-03-stoltenberg-one-step.md', which has no translation, give it that name; ");
    assertThat(TranslationLoader.renamedHint("2024-01-30-rasmussen-invitation-at-washingtn.md", originals, translated))
        .isEqualTo("did you mean '2024-01-30-rasmussen-invitation-at-washington.md'? ");
    // every original translated, or more than one not: no guess
    assertThat(TranslationLoader.renamedHint("x.md", Set.of("2024-01-30-rasmussen-invitation-at-washington.md"), translated)).isEmpty();
    assertThat(TranslationLoader.renamedHint("x.md", originals, List.of())).isEmpty();
  }

  @Test
  void aTranslationTakesItsTextFromItsFileAndEverythingElseFromTheOriginal() {
    BuildOptions options = TestSites.translatedCopy(tmp);
    Problems problems = new Problems();
    Edition uk = load(options, problems);
    assertThat(problems.all()).isEmpty();
    Article english = uk.original().article("first-note").orElseThrow();
    Article note = uk.library().article("first-note").orElseThrow();
    assertThat(note.headline()).isEqualTo("Перша нотатка Ади");
    assertThat(note.quotes().get(0).text()).isEqualTo("Машина тче візерунки, як ткацький верстат тче квіти");
    assertThat(note.quotes().get(0).speaker()).isEqualTo(english.quotes().get(0).speaker());
    assertThat(note.published()).isEqualTo(english.published());
    assertThat(note.tags()).isEqualTo(english.tags());
    assertThat(note.source()).isEqualTo(english.source());
    assertThat(note.file()).isEqualTo(options.content().resolve("uk/articles/2021-03-04-first-note.md"));
    assertThat(uk.library().site().language()).isEqualTo("uk");
    assertThat(uk.library().site().baseUrl()).isEqualTo(uk.original().site().baseUrl());
    assertThat(uk.translation(Translations.Part.ENTRY, "first-note")).hasValueSatisfying(t -> assertThat(t.isCurrent()).isTrue());
  }

  @Test
  void anEntryWithoutATranslationKeepsItsPlaceWithTheTranslationsFileNameAndNoText() {
    BuildOptions options = TestSites.translatedCopy(tmp);
    Edition uk = load(options, new Problems());
    Article reply = uk.library().article("board-reply").orElseThrow();
    assertThat(uk.hasText(Translations.Part.ENTRY, "board-reply")).isFalse();
    assertThat(reply.file()).isEqualTo(options.content().resolve("uk/articles/board-reply.md"));
    assertThat(reply.body().text()).isEmpty();
  }

  @Test
  void whatIsCommonKnowledgeIsSaidInTheOriginalsWordsNotTheTranslations() {
    Edition uk = load(TestSites.translatedCopy(tmp), new Problems());
    ContextSource translated = uk.library().contextById().get("board-founded");
    assertThat(translated.reportedIn()).isEqualTo("Загальновідомий факт");
    assertThat(translated.commonKnowledge()).isFalse();
    assertThat(uk.original().contextById().get("board-founded").commonKnowledge()).isTrue();
  }

  /**
   * A translation just started, still the English word for word, is reported at its first text (the
   * headline), where the editor starts writing over the English, not at the file as a whole.
   */
  @Test
  void aTranslationStillInEnglishIsReportedAtItsHeadline() throws Exception {
    BuildOptions options = TestSites.translatedCopy(tmp);
    TestSites.copiedTranslation(options.content());
    Path file = options.content().resolve("uk/articles/board-reply.md");
    int line = Files.readString(file).lines().toList().indexOf(Files.readString(file).lines().filter(l -> l.startsWith("headline:")).findFirst().orElseThrow()) + 1;
    List<Problem> warnings = new Pipeline(options).check().warnings();
    assertThat(warnings).filteredOn(p -> p.message().startsWith("the translation still has the English text"))
        .containsExactly(Problem.warning(new Location(file, line, 11),
            "the translation still has the English text of articles/board-reply.md word for word, so its page under /uk/ says that it is not translated yet",
            "write the translation over the English, starting here (keep the ids, the links' targets and 'translated_from' as they are)"));
  }

  /** The drift check: an edit of the English text of a translated entry is reported at its translated_from, with the fingerprint to paste. */
  @Test
  void anEditOfTheEnglishTextIsReportedAtTheTranslationWithTheNewFingerprint() throws Exception {
    BuildOptions options = TestSites.translatedCopy(tmp);
    Path english = options.content().resolve("articles/2021-03-04-first-note.md");
    Files.writeString(english, Files.readString(english).replace("dek: \"Ada argues for the test.\"", "dek: \"Ada argues for the test, again.\""));
    List<Problem> warnings = new Pipeline(options).check().warnings();
    Problems problems = new Problems();
    String now = Fingerprint.of(load(options, problems).original().article("first-note").orElseThrow());
    assertThat(warnings).containsExactly(Problem.warning(new Location(options.content().resolve("uk/articles/2021-03-04-first-note.md"), 2, 18),
        "the English text changed after this translation was made", "update it and its 'translated_from' to \"" + now + "\""));
  }

  /**
   * An English entry that changes its structure (an actor dropped) leaves its translation behind: the
   * build goes on, the translation's problems are warnings that say why, and its page says that it is
   * not translated yet until the translation follows. The same mismatch in a translation made from the
   * English as it is now is the translator's, and stays an error.
   */
  @Test
  void aTranslationLeftBehindByAChangedEntryIsShownUntranslatedUntilItFollows() throws Exception {
    BuildOptions options = TestSites.translatedCopy(tmp);
    Path english = options.content().resolve("articles/2021-03-04-first-note.md");
    String text = Files.readString(english);
    String board = text.substring(text.indexOf("  - id: board"), text.indexOf("key_points:"));
    board = board.substring(0, board.indexOf("\n", board.indexOf("note:")) + 1);
    Files.writeString(english, text.replace(board, ""));
    Problems problems = new Problems();
    Edition uk = load(options, problems);
    assertThat(problems.hasErrors()).as("%s", problems.all()).isFalse();
    assertThat(problems.all()).extracting(Problem::message).anySatisfy(m -> assertThat(m)
        .contains("'board'").endsWith("(the English text changed after the translation was made, so until the translation follows it,"
            + " its page under /uk/ says that it is not translated yet)"));
    assertThat(problems.all()).extracting(Problem::message).contains("the English text changed after this translation was made");
    assertThat(uk.hasText(Translations.Part.ENTRY, "first-note")).isFalse();

    // made from the English as it is now: the translator's own mistake
    Path translation = options.content().resolve("uk/articles/2021-03-04-first-note.md");
    String now = Fingerprint.of(uk.original().article("first-note").orElseThrow());
    String translated = Files.readString(translation);
    Files.writeString(translation, translated.replaceFirst("translated_from: \"[0-9a-f]*\"", "translated_from: \"" + now + "\""));
    Problems again = new Problems();
    load(options, again);
    assertThat(again.hasErrors()).as("%s", again.all()).isTrue();
  }

  /**
   * An item not translated is reported where its translation goes, in the original's order: before the
   * translated item that follows it there, or at the end of the file when none does.
   */
  @Test
  void anItemNotTranslatedIsReportedWhereItsTranslationGoes() throws Exception {
    BuildOptions options = TestSites.translatedCopy(tmp);
    Path actors = options.content().resolve("uk/actors.yaml");
    String both = Files.readString(actors);
    String board = both.substring(both.indexOf("- id: board"));
    Files.writeString(actors, "# The actors in Ukrainian\n" + board);
    Problems problems = new Problems();
    load(options, problems);
    assertThat(problems.all()).extracting(p -> p.format(tmp)).containsExactly(
        "content/uk/actors.yaml:2:1: warning: an actor of content/actors.yaml, 'ada', is not translated, so it is shown in English"
            + " — insert its translation here, with 'id: ada' and 'translated_from: \"83eede08864f\"'");

    String ada = both.substring(0, both.indexOf("- id: board"));
    Files.writeString(actors, ada.strip());
    problems = new Problems();
    load(options, problems);
    int lines = (int) ada.strip().lines().count();
    String last = ada.strip().lines().reduce((a, b) -> b).orElseThrow();
    assertThat(problems.all()).extracting(p -> p.format(tmp)).containsExactly(
        "content/uk/actors.yaml:" + lines + ":" + (last.length() + 1) + ": warning: an actor of content/actors.yaml, 'board', is not translated,"
            + " so it is shown in English — insert its translation here, with 'id: board' and 'translated_from: \"f1f6790d9ab1\"'");
  }

  @Test
  void anEditOfWhatIsNotTranslatedLeavesTheTranslationCurrent() throws Exception {
    BuildOptions options = TestSites.translatedCopy(tmp);
    Path english = options.content().resolve("articles/2021-03-04-first-note.md");
    Files.writeString(english, Files.readString(english).replace("tags: [alpha]", "tags: [alpha, beta]")
        .replace("url: \"https://example.org/note\"", "url: \"https://example.org/the-note\""));
    assertThat(new Pipeline(options).check().warnings()).isEmpty();
  }

  @Test
  void anEmptyTranslatedFromIsReportedTheSameWay() throws Exception {
    BuildOptions options = TestSites.translatedCopy(tmp);
    Path actors = options.content().resolve("uk/actors.yaml");
    Files.writeString(actors, Files.readString(actors).replaceFirst("translated_from: \"[0-9a-f]+\"", "translated_from: \"\""));
    Problems problems = new Problems();
    Edition uk = load(options, problems);
    String ada = Fingerprint.of(uk.original().actor("ada").orElseThrow());
    assertThat(problems.all()).containsExactly(Problem.warning(new Location(actors, 2, 20),
        "'translated_from' is missing or empty, so the English text may have changed after this translation was made",
        "update it and its 'translated_from' to \"" + ada + "\""));
  }

  /** A 'translated_from' that no fingerprint looks like is not said to be English that changed. */
  @Test
  void aTranslatedFromThatIsNoFingerprintIsSaidToBeNone() throws Exception {
    BuildOptions options = TestSites.translatedCopy(tmp);
    Path actors = options.content().resolve("uk/actors.yaml");
    Files.writeString(actors, Files.readString(actors).replaceFirst("translated_from: \"[0-9a-f]+\"", "translated_from: \"latest\""));
    Problems problems = new Problems();
    Edition uk = load(options, problems);
    String ada = Fingerprint.of(uk.original().actor("ada").orElseThrow());
    assertThat(problems.all()).containsExactly(Problem.warning(new Location(actors, 2, 20),
        "'translated_from' \"latest\" is not a fingerprint, so the English text may have changed after this translation was made",
        "update it and its 'translated_from' to \"" + ada + "\""));
  }

  @Test
  void theFingerprintIsTheSha256OfTheTranslatableTextsAsSortedJson() throws Exception {
    Problems problems = new Problems();
    Library original = new ContentLoader().load(TestSites.translatedCopy(tmp).content(), problems).orElseThrow();
    Actor ada = original.actor("ada").orElseThrow();
    assertThat(TranslationReader.texts(ada)).containsExactly(java.util.Map.entry("affiliation", "Analytical Society"),
        java.util.Map.entry("description", "Writes notes."), java.util.Map.entry("name", "Ada Lovelace"), java.util.Map.entry("role", "Analyst"),
        java.util.Map.entry("variants.0", "A. Lovelace"));
    String json = "{\"affiliation\":\"Analytical Society\",\"description\":\"Writes notes.\",\"name\":\"Ada Lovelace\",\"role\":\"Analyst\","
        + "\"variants.0\":\"A. Lovelace\"}";
    byte[] sha = java.security.MessageDigest.getInstance("SHA-256").digest(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(Fingerprint.of(ada)).isEqualTo(java.util.HexFormat.of().formatHex(sha).substring(0, 12));
  }
}
