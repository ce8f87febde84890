package org.explainer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.explainer.TestSites;
import org.explainer.build.BuildOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's workflow end to end through the CLI: new, check, serve. */
class ServeAndNewTest {
  @TempDir Path tmp;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void newScaffoldsADraftThatBuildsAndRefusesToOverwrite() throws Exception {
    BuildOptions o = TestSites.minimalCopy(tmp);
    Run created = run("new", "Sybiha’s letter: “Invite us now!”", "--date", "2024-11-30", "--outlet", "NewsX", "--content", o.content().toString());
    assertThat(created.code()).isZero();
    Path file = o.content().resolve("articles/2024-11-30-sybihas-letter-invite-us-now.md");
    assertThat(created.out().strip()).endsWith("articles/2024-11-30-sybihas-letter-invite-us-now.md");
    String text = Files.readString(file);
    assertThat(text).contains("headline: \"Sybiha’s letter: “Invite us now!”\"").contains("outlet: \"NewsX\"").contains("draft: true")
        .contains("date: \"2024-11-30\"")
        .contains("  - id: \"\"\n    note: \"\"").contains("    occasion: \"\"").contains("# url_unknown:").doesNotContain("stance:");
    assertThat(text.lines().filter(l -> l.strip().startsWith("#")).count()).isGreaterThan(15);

    Run again = run("new", "Sybiha’s letter: “Invite us now!”", "--date", "2024-11-30", "--content", o.content().toString());
    assertThat(again.code()).isEqualTo(1);
    assertThat(again.err()).contains("already exists");
    assertThat(Files.readString(file)).isEqualTo(text);

    Run check = run("check", "--content", o.content().toString(), "--templates", o.templates().toString());
    assertThat(check.code()).as(check.err()).isZero();
    assertThat(check.err()).contains("the entry is a draft and will not be published").contains("(the entry is a draft, so it is not published)");
    Run strict = run("check", "--strict", "--content", o.content().toString(), "--templates", o.templates().toString());
    assertThat(strict.code()).isEqualTo(1);
    Run build = run("build", "--content", o.content().toString(), "--templates", o.templates().toString(), "-o", o.output().toString());
    assertThat(build.code()).as(build.err()).isZero();
    assertThat(o.output().resolve("articles/sybihas-letter-invite-us-now")).doesNotExist();
  }

  @Test
  void newTranslateStartsATranslationThatChecksCleanBuildsAndRefusesToOverwrite() throws Exception {
    BuildOptions o = TestSites.translatedCopy(tmp);
    Run created = run("new", "--translate", "board-reply", "--lang", "uk", "--content", o.content().toString());
    assertThat(created.code()).as(created.err()).isZero();
    Path file = o.content().resolve("uk/articles/board-reply.md");
    assertThat(created.out().strip()).endsWith("uk/articles/board-reply.md");
    String text = Files.readString(file);
    assertThat(text).containsPattern("\ntranslated_from: \"[0-9a-f]{12}\"\n").contains("headline: \"The board replies\"")
        .contains("published:\n  note: \"Dated from the month it mentions.\"\n").contains("quotes:\n  - text: \"We are not convinced\"\n")
        .doesNotContain("tags:").doesNotContain("date:").doesNotContain("speaker:")
        .endsWith("---\nThe board answered [Ada's note](2021-03-04-first-note.md#background) briefly.\n");

    Run again = run("new", "--translate", "board-reply.md", "--lang", "uk", "--content", o.content().toString());
    assertThat(again.code()).isEqualTo(1);
    assertThat(again.err()).contains("the translation already exists");
    assertThat(Files.readString(file)).isEqualTo(text);

    // until the translator writes over the English, the Ukrainian page says that the entry is not translated yet
    Run untouched = run("check", "--content", o.content().toString(), "--templates", o.templates().toString());
    assertThat(untouched.code()).as(untouched.err()).isZero();
    assertThat(untouched.err()).contains("warning: the translation still has the English text of articles/board-reply.md word for word");
    Run untouchedBuild = run("build", "--content", o.content().toString(), "--templates", o.templates().toString(), "-o", o.output().toString());
    assertThat(untouchedBuild.code()).as(untouchedBuild.err()).isZero();
    assertThat(Files.readString(o.output().resolve("uk/articles/board-reply/index.html"))).contains("<h1>Ще не перекладено</h1>")
        .doesNotContain("The board answered");

    // the translator writes over the English; a link to a heading takes the heading's id in the translation
    Files.writeString(file, text.replace("headline: \"The board replies\"", "headline: \"Рада відповідає\"")
        .replace("The board answered [Ada's note](2021-03-04-first-note.md#background) briefly.", "Рада коротко відповіла на [нотатку Ади](2021-03-04-first-note.md#передісторія)."));
    Run check = run("check", "--strict", "--content", o.content().toString(), "--templates", o.templates().toString());
    assertThat(check.code()).as(check.err()).isZero();
    Run build = run("build", "--content", o.content().toString(), "--templates", o.templates().toString(), "-o", o.output().toString());
    assertThat(build.code()).as(build.err()).isZero();
    assertThat(Files.readString(o.output().resolve("uk/articles/board-reply/index.html"))).contains("<h1>Рада відповідає</h1>");
  }

  @Test
  void newTranslateNeedsALanguageAndAnEntryThatExists() {
    BuildOptions o = TestSites.translatedCopy(tmp);
    Run noLanguage = run("new", "--translate", "board-reply", "--content", o.content().toString());
    assertThat(noLanguage.code()).isEqualTo(2);
    assertThat(noLanguage.err()).contains("--translate needs --lang");
    Run badLanguage = run("new", "--translate", "board-reply", "--lang", "../x", "--content", o.content().toString());
    assertThat(badLanguage.code()).isEqualTo(2);
    Run unknown = run("new", "--translate", "board-replies", "--lang", "uk", "--content", o.content().toString());
    assertThat(unknown.code()).isEqualTo(1);
    assertThat(unknown.err()).isEqualTo("there is no entry 'board-replies' in " + o.content().resolve("articles")
        + " — did you mean 'board-reply'? give the slug or the file name of an entry" + NL);
    assertThat(o.content().resolve("uk/articles/board-replies.md")).doesNotExist();
    assertThat(o.content().resolve("x")).doesNotExist();
  }

  @Test
  void newTranslateSuggestsTheEntryANearMissNamesAndNoUnrelatedOne() throws Exception {
    BuildOptions o = TestSites.translatedCopy(tmp);
    List<String> before = listing(o.content());
    // the start of an entry's name, by slug or by file name, names that entry
    for (String typed : new String[] {"first", "2021-03-04-first.md", "firts-note"}) {
      Run nearMiss = run("new", "--translate", typed, "--lang", "uk", "--content", o.content().toString());
      assertThat(nearMiss.code()).as(typed).isEqualTo(1);
      assertThat(nearMiss.err()).as(typed).isEqualTo("there is no entry '" + typed + "' in " + o.content().resolve("articles")
          + " — did you mean 'first-note'? give the slug or the file name of an entry" + NL);
    }
    for (String typed : new String[] {"summit-communique", "/"}) {
      Run unrelated = run("new", "--translate", typed, "--lang", "uk", "--content", o.content().toString());
      assertThat(unrelated.code()).as(typed).isEqualTo(1);
      assertThat(unrelated.err()).as(typed).isEqualTo("there is no entry '" + typed + "' in " + o.content().resolve("articles")
          + " — give the slug or the file name of an entry; './explainer list' shows them" + NL);
    }
    assertThat(listing(o.content())).isEqualTo(before);
  }

  @Test
  void newTranslateTakesOnlyALanguageWithInterfaceMessagesOtherThanTheOriginals() throws Exception {
    BuildOptions o = TestSites.translatedCopy(tmp);
    String[] common = {"--content", o.content().toString(), "--templates", o.templates().toString()};
    Run german = run(concat(new String[] {"new", "--translate", "board-reply", "--lang", "de"}, common));
    assertThat(german.code()).isEqualTo(2);
    assertThat(german.err()).isEqualTo("there are no interface messages for 'de' — translate into a language that has them (uk),"
        + " or add templates/messages/de.properties first: copy en.properties and translate its values" + NL);
    Run english = run(concat(new String[] {"new", "--translate", "board-reply", "--lang", "en"}, common));
    assertThat(english.code()).isEqualTo(2);
    assertThat(english.err()).isEqualTo("'en' is the language of the original, not of a translation"
        + " — translate into a language that has interface messages (uk)" + NL);
    assertThat(o.content().resolve("de")).doesNotExist();
    assertThat(o.content().resolve("en")).doesNotExist();

    // the languages are those of the templates folder given
    Files.copy(o.templates().resolve("messages/uk.properties"), o.templates().resolve("messages/de.properties"));
    Run added = run(concat(new String[] {"new", "--translate", "board-reply", "--lang", "de"}, common));
    assertThat(added.code()).as(added.err()).isZero();
    assertThat(o.content().resolve("de/articles/board-reply.md")).exists();
    Run pt = run(concat(new String[] {"new", "--translate", "board-reply", "--lang", "pt"}, common));
    assertThat(pt.err()).isEqualTo("there are no interface messages for 'pt' — translate into a language that has them (de, uk),"
        + " or add templates/messages/pt.properties first: copy en.properties and translate its values" + NL);
  }

  @Test
  void newRefusesASlugAnotherEntryHasNamingItsFileAndWritesNothing() throws Exception {
    BuildOptions o = TestSites.minimalCopy(tmp);
    Path later = o.content().resolve("articles/2021-06-01-later.md");
    Files.writeString(later, Files.readString(o.content().resolve("articles/board-reply.md")).replaceFirst("---\n", "---\nslug: board-later\ndraft: true\n"));
    List<String> before = listing(o.content());
    // the slug of a file name without a date, of a 'slug:' line, and one given with --slug
    Run byFileName = run("new", "Board reply", "--date", "2024-01-02", "--content", o.content().toString());
    assertThat(byFileName.code()).isEqualTo(1);
    assertThat(byFileName.err()).isEqualTo("the slug 'board-reply' is already used by " + o.content().resolve("articles/board-reply.md")
        + " — give the new entry another headline, or a slug of its own with --slug" + NL);
    Run bySlugLine = run("new", "Board: later", "--date", "2024-01-02", "--content", o.content().toString());
    assertThat(bySlugLine.code()).isEqualTo(1);
    assertThat(bySlugLine.err()).isEqualTo("the slug 'board-later' is already used by " + later
        + " — give the new entry another headline, or a slug of its own with --slug" + NL);
    Run bySlugOption = run("new", "Another reply", "--slug", "board-reply", "--date", "2024-01-02", "--content", o.content().toString());
    assertThat(bySlugOption.code()).isEqualTo(1);
    assertThat(bySlugOption.err()).startsWith("the slug 'board-reply' is already used by ");
    assertThat(listing(o.content())).isEqualTo(before);

    // the file name of an entry with its own 'slug:' names no other entry
    Run free = run("new", "Later", "--date", "2024-01-02", "--content", o.content().toString());
    assertThat(free.code()).as(free.err()).isZero();
    assertThat(o.content().resolve("articles/2024-01-02-later.md")).exists();
    Run own = run("new", "Another reply", "--slug", "board-answer", "--date", "2024-01-02", "--content", o.content().toString());
    assertThat(own.code()).as(own.err()).isZero();
    assertThat(o.content().resolve("articles/2024-01-02-board-answer.md")).content().contains("headline: \"Another reply\"");
    Run check = run("check", "--content", o.content().toString(), "--templates", o.templates().toString());
    assertThat(check.code()).as(check.err()).isZero();

    Run badSlug = run("new", "Another reply", "--slug", "Board Answer", "--content", o.content().toString());
    assertThat(badSlug.code()).isEqualTo(2);
    assertThat(badSlug.err()).isEqualTo("'Board Answer' is not usable as a slug"
        + " — use at most 60 lowercase letters, digits and single hyphens, e.g. --slug board-answer" + NL);
  }

  @Test
  void newMakesTheSlugOfAHeadlineInAnotherScriptInLatinLetters() {
    BuildOptions o = TestSites.minimalCopy(tmp);
    Run ukrainian = run("new", "Сибіга про запрошення", "--date", "2024-02-01", "--content", o.content().toString());
    assertThat(ukrainian.code()).as(ukrainian.err()).isZero();
    assertThat(ukrainian.out().strip()).endsWith("articles/2024-02-01-sybiha-pro-zaproshennya.md");
    Run actor = run("new", "--actor", "Андрій Сибіга", "--role", "Міністр закордонних справ", "--content", o.content().toString());
    assertThat(actor.code()).as(actor.err()).isZero();
    assertThat(actor.out()).startsWith("Added the actor 'andriy-sybiha'");

    Run noLetters = run("new", "“!”", "--content", o.content().toString());
    assertThat(noLetters.code()).isEqualTo(2);
    assertThat(noLetters.err()).isEqualTo("the headline '“!”' has no letters or digits to make a file name from, even in Latin letters"
        + " — write a real headline, or give the file its slug with --slug, e.g. --slug sybiha-asks-allies-for-an-invitation" + NL);
    Run named = run("new", "“!”", "--slug", "sybiha-invitation", "--date", "2024-02-01", "--content", o.content().toString());
    assertThat(named.code()).as(named.err()).isZero();
    assertThat(named.out().strip()).endsWith("articles/2024-02-01-sybiha-invitation.md");
  }

  @Test
  void newMakesOneThingACommandAndRefusesTheArgumentsOfAnother() throws Exception {
    BuildOptions o = TestSites.translatedCopy(tmp);
    List<String> before = listing(o.content());
    String actors = Files.readString(o.content().resolve("actors.yaml"));
    String[][] refused = {
      {"Headline", "--actor", "X Y", "--role", "z"},
      {"Headline", "--translate", "board-reply", "--lang", "uk"},
      {"--actor", "X Y", "--role", "z", "--translate", "board-reply"},
      {"--actor", "X Y", "--role", "z", "--date", "2024-01-02"},
      {"Headline", "--role", "z"},
      {"--translate", "board-reply", "--lang", "uk", "--kind", "group"},
      {"--translate", "board-reply", "--lang", "uk", "--slug", "x"},
      {"--lang", "uk"},
    };
    String[] messages = {
      "a headline and --actor ask for two things — make the entry and add the actor with two commands:"
          + " ./explainer new \"HEADLINE\", then ./explainer new --actor NAME --role ROLE",
      "a headline and --translate ask for two things — make the entry and start the translation with two commands:"
          + " ./explainer new \"HEADLINE\", then ./explainer new --translate ENTRY --lang LANG",
      "--actor and --translate ask for two things — add the actor and start the translation with two commands:"
          + " ./explainer new --actor NAME --role ROLE, then ./explainer new --translate ENTRY --lang LANG",
      "--date goes with a headline, not with --actor — leave it out, or make the entry with a command of its own: ./explainer new \"HEADLINE\"",
      "--role goes with --actor, not with a headline — leave it out, or add the actor with a command of its own:"
          + " ./explainer new --actor NAME --role ROLE",
      "--kind goes with --actor, not with --translate — leave it out, or add the actor with a command of its own:"
          + " ./explainer new --actor NAME --role ROLE",
      "--slug goes with a headline, not with --translate — leave it out, or make the entry with a command of its own: ./explainer new \"HEADLINE\"",
      "--lang goes with --translate: ./explainer new --translate ENTRY --lang LANG",
    };
    for (int i = 0; i < refused.length; i++) {
      Run r = run(concat(concat(new String[] {"new"}, refused[i]), new String[] {"--content", o.content().toString()}));
      assertThat(r.code()).as(String.join(" ", refused[i])).isEqualTo(2);
      assertThat(r.err()).as(String.join(" ", refused[i])).isEqualTo(messages[i] + NL);
    }
    assertThat(listing(o.content())).isEqualTo(before);
    assertThat(o.content().resolve("actors.yaml")).hasContent(actors);
  }

  @Test
  void newDerivesSafeBoundedSlugs() {
    BuildOptions o = TestSites.minimalCopy(tmp);
    Run r = run("new", "../../etc/passwd " + "very long words ".repeat(20), "--date", "2024-01-02", "--content", o.content().toString());
    assertThat(r.code()).isZero();
    String name = Path.of(r.out().strip()).getFileName().toString();
    assertThat(name).matches("2024-01-02-etc-passwd-very-long-words[a-z-]*\\.md");
    assertThat(name.length()).isLessThanOrEqualTo("2024-01-02-".length() + 60 + 3);
    assertThat(run("new", "!!!", "--content", o.content().toString()).code()).isEqualTo(2);
    assertThat(run("new", "x", "--date", "2024-02-30", "--content", o.content().toString()).code()).isEqualTo(2);
  }

  @Test
  void checkPrintsJsonForTools() throws Exception {
    BuildOptions o = TestSites.minimalCopy(tmp);
    Path entry = o.content().resolve("articles/board-reply.md");
    Files.writeString(entry, Files.readString(entry).replace("- id: board\n    note", "- id: bord\n    note"));
    Run r = run("check", "--format", "json", "--content", o.content().toString(), "--templates", o.templates().toString());
    assertThat(r.code()).isEqualTo(1);
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
    assertThat(json.get("ok").asBoolean()).isFalse();
    assertThat(json.get("errors").asInt()).isEqualTo(1);
    com.fasterxml.jackson.databind.JsonNode problem = null;
    for (var p : json.get("problems")) {
      if (p.get("severity").asText().equals("error")) {
        problem = p;
      }
    }
    assertThat(problem).isNotNull();
    assertThat(problem.get("file").asText()).endsWith("content/articles/board-reply.md");
    assertThat(problem.get("line").asInt()).isEqualTo(13);
    assertThat(problem.get("severity").asText()).isEqualTo("error");
    assertThat(problem.get("message").asText()).isEqualTo("unknown actor 'bord'");
  }

  /** A --host that cannot be listened on says why: it was "port … is already in use" whatever the reason. */
  @Test
  void serveSaysWhyAHostCannotBeUsed() throws Exception {
    BuildOptions o = TestSites.minimalCopy(tmp);
    String[] site = {"--content", o.content().toString(), "--templates", o.templates().toString()};
    Run unknown = run(concat(new String[] {"serve", "--port", "0", "--host", "no-such-host.invalid"}, site));
    assertThat(unknown.err()).isEqualTo("the host name 'no-such-host.invalid' is not known — use 127.0.0.1 to preview on this machine only,"
        + " or a name or address of this machine" + System.lineSeparator());
    assertThat(unknown.code()).as("a bad value of an option").isEqualTo(ExitCodes.USAGE);
    Run elsewhere = run(concat(new String[] {"serve", "--port", "0", "--host", "192.0.2.1"}, site));
    assertThat(elsewhere.err()).startsWith("192.0.2.1 is not an address of this machine — use 127.0.0.1");
    assertThat(elsewhere.code()).isEqualTo(ExitCodes.USAGE);
    try (java.net.ServerSocket busy = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      Run inUse = run(concat(new String[] {"serve", "--port", String.valueOf(busy.getLocalPort())}, site));
      assertThat(inUse.err()).isEqualTo("port " + busy.getLocalPort() + " on 127.0.0.1 is already in use — make sure no other process is using it,"
          + " or pick another with --port" + System.lineSeparator());
      assertThat(inUse.code()).isEqualTo(ExitCodes.CONTENT);
    }
  }

  /** Only an address other machines can reach is warned about: --host 127.0.0.2 or [::1] was "other machines on the network can read the preview". */
  @Test
  void serveWarnsOfTheNetworkOnlyWhenOtherMachinesCanReachIt() throws Exception {
    BuildOptions o = TestSites.minimalCopy(tmp);
    for (String host : List.of("127.0.0.2", "[::1]", "LOCALHOST")) {
      try (Serving serving = new Serving(o, "--host", host)) {
        assertThat(serving.err().toString()).as(host).doesNotContain("other machines");
      }
    }
    try (Serving serving = new Serving(o, "--host", "0.0.0.0")) {
      assertThat(serving.err().toString()).contains("warning: serving on 0.0.0.0: other machines on the network can read the preview, drafts included");
      assertThat(serving.base().getHost()).as("an address to open").isEqualTo("127.0.0.1");
    }
  }

  @Test
  void serveShowsChangesBreakageAndRecovery() throws Exception {
    BuildOptions o = TestSites.minimalCopy(tmp);
    try (Serving serving = new Serving(o)) {
      URI base = serving.base();
      HttpClient http = serving.http();
      URI page = base.resolve("articles/board-reply/");
      assertThat(fetch(http, page)).contains("The board answered");

      Path entry = o.content().resolve("articles/board-reply.md");
      String original = Files.readString(entry);
      Files.writeString(entry, original.replace("The board answered", "The board firmly answered"));
      awaitBody(http, page, body -> body.contains("The board firmly answered"));
      // a summary-only edit re-renders only the page it affects, and the search data when it is asked for
      awaitOutput(serving.out(), "Rebuilt 1 file (only what the edited summary affects)");
      assertThat(fetch(http, base.resolve("search/words-0.js"))).as("the word shard of the fixture's two entries").contains("[\"firmly\",");

      Files.writeString(entry, original.replace("- id: board\n    note", "- id: bord\n    note"));
      String broken = awaitBody(http, page, body -> body.contains("The build failed"));
      assertThat(broken).contains("unknown actor &#39;bord&#39;").contains("The board firmly answered");
      assertThat(serving.err().toString()).contains("board-reply.md:13:9: unknown actor 'bord'");

      Files.writeString(entry, original);
      awaitBody(http, page, body -> !body.contains("The build failed") && body.contains("The board answered"));
      assertThat(o.output()).as("serve never writes the output folder").doesNotExist();
    }
  }

  /** A draft with an error is left out of the preview; its address shows the error, where its editor is looking, not "not found". */
  @Test
  void serveShowsTheErrorsOfADraftAtItsAddress() throws Exception {
    BuildOptions o = TestSites.minimalCopy(tmp);
    Path draft = o.content().resolve("articles/board-draft.md");
    String text = draftOfTheReply(draft);
    try (Serving serving = new Serving(o)) {
      URI base = serving.base();
      HttpClient http = serving.http();
      URI page = base.resolve("articles/board-draft/");
      assertThat(fetch(http, page)).contains("The board drafted");

      Files.writeString(draft, text.replace("dek: \"The board answers Ada.\"", "dek: \"\""));
      String shown = awaitBody(http, page, body -> !body.contains("The board drafted"));
      assertThat(shown).contains("This draft has 1 error, so the preview leaves it out")
          .contains("board-draft.md:4:6: &#39;dek&#39; is empty — give it a value")
          .doesNotContain("The build failed");
      assertThat(http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);

      Files.writeString(draft, text);
      awaitBody(http, page, body -> body.contains("The board drafted") && !body.contains("This draft has"));
    }
  }

  /**
   * A shown draft whose edit breaks a link (found only when its Markdown is rendered, after the draft's
   * own checks) or misquotes its capture shows those errors at its address, in the same red panel, and
   * the rest of the site is still served; the whole preview failed.
   */
  @Test
  void serveShowsALaterErrorOfADraftAtItsAddressAndKeepsServingTheSite() throws Exception {
    BuildOptions o = TestSites.minimalCopy(tmp);
    Path draft = o.content().resolve("articles/board-draft.md");
    String text = draftOfTheReply(draft);
    try (Serving serving = new Serving(o)) {
      URI base = serving.base();
      HttpClient http = serving.http();
      URI page = base.resolve("articles/board-draft/");
      URI other = base.resolve("articles/board-reply/");
      assertThat(fetch(http, page)).contains("The board drafted");

      // a summary edit alone: the quick path of the preview
      Files.writeString(draft, text.replace("briefly.", "briefly, as [the minutes](2021-01-01-no-such-minutes.md) show."));
      String shown = awaitBody(http, page, body -> !body.contains("The board drafted"));
      assertThat(shown).contains("This draft has 1 error, so the preview leaves it out").contains("2021-01-01-no-such-minutes.md")
          .doesNotContain("The build failed");
      assertThat(fetch(http, other)).contains("The board answered").doesNotContain("The build failed");

      Files.writeString(draft, text);
      awaitBody(http, page, body -> body.contains("The board drafted") && !body.contains("This draft has"));

      // a quote edit: the whole preview is built again
      Files.writeString(draft, text.replace("We are not convinced", "We are not amused"));
      shown = awaitBody(http, page, body -> !body.contains("The board drafted"));
      assertThat(shown).contains("This draft has").contains("is not in the source capture board-reply.txt").doesNotContain("The build failed");
      assertThat(fetch(http, other)).contains("The board answered").doesNotContain("The build failed");
    }
  }

  private static final String NL = System.lineSeparator();

  /** Every file and folder under {@code dir}, relative to it, sorted. */
  private static List<String> listing(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.map(p -> dir.relativize(p).toString()).sorted().toList();
    }
  }

  private static String[] concat(String[] first, String[] second) {
    String[] all = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }

  private static void awaitOutput(StringWriter out, String text) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      if (out.toString().contains(text)) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("serve never printed '" + text + "'; output:\n" + out);
  }

  /** Writes {@code draft} as a draft copy of the fixture's board-reply.md whose summary says "The board drafted"; its text. */
  private static String draftOfTheReply(Path draft) throws IOException {
    String text = Files.readString(draft.resolveSibling("board-reply.md")).replaceFirst("---\n", "---\ndraft: true\n")
        .replace("The board answered", "The board drafted");
    Files.writeString(draft, text);
    return text;
  }

  /**
   * {@code serve} of the site {@code o} on a free port, on a thread of its own, with what it prints; closing
   * it stops the server and holds that it exited with 0.
   */
  private static final class Serving implements AutoCloseable {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final AtomicInteger code = new AtomicInteger(-1);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Thread thread;
    private final URI base;

    Serving(BuildOptions o, String... more) throws InterruptedException {
      thread = new Thread(() -> code.set(Main.run(
          concat(new String[] {"serve", "--port", "0", "--content", o.content().toString(), "--templates", o.templates().toString()}, more),
          new PrintWriter(out, true), new PrintWriter(err, true))));
      thread.start();
      try {
        base = waitForUri(out);
      } catch (InterruptedException | RuntimeException | Error e) {
        thread.interrupt();
        throw e;
      }
    }

    StringWriter out() {
      return out;
    }

    StringWriter err() {
      return err;
    }

    HttpClient http() {
      return http;
    }

    URI base() {
      return base;
    }

    /**
     * Stops the command as a caller would, by interrupting it. Once it has returned, none of its threads
     * still runs (one wrote to the build cache while the test's folder was deleted, a flaky failure):
     * the session waits for them even when interrupted.
     */
    @Override
    public void close() throws InterruptedException {
      thread.interrupt();
      thread.join(10_000);
      assertThat(code.get()).as("serve's exit code").isZero();
      assertThat(Thread.getAllStackTraces().keySet()).as("serve's threads once it has ended")
          .noneMatch(t -> t.isAlive() && (t.getName().equals("preview-rebuild") || t.getName().equals("preview-check")));
    }
  }

  private static URI waitForUri(StringWriter out) throws InterruptedException {
    Pattern serving = Pattern.compile("Serving (http://\\S+/)");
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      Matcher m = serving.matcher(out.toString());
      if (m.find()) {
        return URI.create(m.group(1));
      }
      Thread.sleep(50);
    }
    throw new AssertionError("serve did not start; output: " + out);
  }

  private static String fetch(HttpClient http, URI uri) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
  }

  private static String awaitBody(HttpClient http, URI uri, Predicate<String> ready) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    String body = "";
    while (System.nanoTime() < deadline) {
      body = fetch(http, uri);
      if (ready.test(body)) {
        return body;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("timed out waiting for " + uri + "; last body:\n" + body);
  }
}
