package org.explainer.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.explainer.TestSites;
import org.explainer.cache.BuildCache;
import org.explainer.concurrent.Workers;
import org.explainer.content.ContentLoader;
import org.explainer.diagnostic.ContentException;
import org.explainer.diagnostic.Problem;
import org.explainer.markdown.RenderedContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 27: a build with the cache, over the output of the build before it, equals a clean build, byte
 * for byte, whatever was edited in between; and a damaged or foreign cache is never trusted.
 */
class CachedBuildTest {
  @TempDir Path tmp;

  /**
   * A property, over random edits of the fixture site with its translation: entries' bodies and front
   * matter, new and deleted entries, data files, the glossary's forms, templates, interface messages,
   * source captures, files saved unchanged, and output files changed or deleted by hand. After each edit the cached build of the
   * same folder and a clean build of a fresh copy (no cache, empty output) give the same files and the
   * same warnings.
   */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {27, 2027})
  void aCachedBuildEqualsACleanBuildAfterAnyEdit(long seed) throws IOException {
    Path work = tmp.resolve("work");
    BuildOptions options = TestSites.translatedCopy(work).withCache(Optional.of(tmp.resolve("cache")));
    Random random = new Random(seed);
    List<String> done = new ArrayList<>();
    // times from long ago, as in a checkout: the sizes and times of unchanged files then vouch for them
    // (a file saved within seconds of a build is always read again), so the builds below do both
    age(work, -1);
    BuildReport first = new Pipeline(options).build();
    assertThat(first.changedFiles()).isPositive();
    // every kind of edit once, in a random order, then as many chosen at random
    List<Integer> kinds = new ArrayList<>();
    for (int kind = 0; kind < EDITS; kind++) {
      kinds.add(kind);
    }
    Collections.shuffle(kinds, random);
    for (int i = 0; i < 4; i++) {
      kinds.add(random.nextInt(EDITS));
    }
    for (int step = 0; step < kinds.size(); step++) {
      done.add(edit(work, random, step, kinds.get(step)));
      if (random.nextBoolean()) {
        age(work, step); // an edit's file then has a time of its own, long ago, as a file checked out or copied has
      }
      // the same inputs, copied before the build (which may rewrite the record of checked quotes in content/)
      Path fresh = tmp.resolve("fresh-" + step);
      TestSites.copyTree(work.resolve("content"), fresh.resolve("content"));
      TestSites.copyTree(work.resolve("templates"), fresh.resolve("templates"));
      TestSites.copyTree(work.resolve("sources"), fresh.resolve("sources"));
      BuildReport cached = new Pipeline(options).build();
      BuildReport clean = new Pipeline(new BuildOptions(fresh.resolve("content"), fresh.resolve("templates"), fresh.resolve("site"), false)).build();
      Map<String, byte[]> want = TestSites.files(fresh.resolve("site"));
      Map<String, byte[]> got = TestSites.files(options.output());
      assertThat(got.keySet()).as("files after %s", done).isEqualTo(want.keySet());
      for (String path : want.keySet()) {
        assertThat(Arrays.equals(got.get(path), want.get(path))).as("%s after %s", path, done).isTrue();
      }
      assertThat(messages(cached.warnings())).as("warnings after %s", done).isEqualTo(messages(clean.warnings()));
      assertThat(cached.pages()).isEqualTo(clean.pages());
      assertStampTellsTheOutput(options, done);
    }
  }

  /**
   * The stamp the last build kept says of the output folder what a look at it finds now: every file and
   * folder, each file by its size and time, each folder by its time, or as too new to vouch for its
   * entries. (A build that saw the folder as the build before left it, and so did not look at it again,
   * makes its stamp from what it saw and what it changed.)
   */
  private static void assertStampTellsTheOutput(BuildOptions options, List<String> done) throws IOException {
    BuildStamp stamp = BuildCache.open(options.cache().orElseThrow(), notice -> {}).read(BuildStamp.KIND, BuildStamp.key(options))
        .flatMap(BuildStamp::parse).orElseThrow();
    Map<String, BuildStamp.Seen> now;
    try (Workers workers = Workers.of(1)) {
      now = BuildStamp.outputs(options.output(), workers).orElseThrow();
    }
    assertThat(stamp.outputs().keySet()).as("the stamp's outputs after %s", done).isEqualTo(now.keySet());
    for (Map.Entry<String, BuildStamp.Seen> seen : now.entrySet()) {
      BuildStamp.Seen kept = stamp.outputs().get(seen.getKey());
      if (seen.getValue().folder()) {
        long time = Files.getLastModifiedTime(options.output().resolve(seen.getKey())).to(TimeUnit.NANOSECONDS);
        assertThat(kept.folder()).isTrue();
        assertThat(kept.modified()).as("the time of %s after %s", seen.getKey(), done).isIn(BuildStamp.FileState.RACY, time);
      } else {
        assertThat(kept).as("%s after %s", seen.getKey(), done).isEqualTo(seen.getValue());
      }
    }
  }

  /**
   * Nothing changed: nothing is made, nothing is written, every file keeps its time, and the warnings are
   * told again, whether the input files were saved just now (and so read again) or long ago (and their
   * sizes and times vouch for them); a file of another size is read again even when its time is the same.
   */
  @Test
  void aBuildWithNothingChangedDoesNothingAndSaysTheSame() throws IOException {
    Path work = tmp.resolve("work");
    BuildOptions options = TestSites.translatedCopy(work).withCache(Optional.of(tmp.resolve("cache")));
    BuildReport first = new Pipeline(options).build();
    Map<String, Long> times = times(options.output());
    BuildReport again = new Pipeline(options).build();
    assertThat(again.steps()).extracting(BuildReport.Step::name).containsExactly("unchanged");
    age(work, 0);
    assertThat(new Pipeline(options).build().steps()).extracting(BuildReport.Step::name).containsExactly("unchanged");
    assertThat(new Pipeline(options).build().steps()).extracting(BuildReport.Step::name).containsExactly("unchanged");
    assertThat(again.changedFiles()).isZero();
    assertThat(messages(again.warnings())).isEqualTo(messages(first.warnings()));
    assertThat(again.notices()).isEqualTo(first.notices());
    assertThat(again.pages()).isEqualTo(first.pages());
    assertThat(times(options.output())).isEqualTo(times);
    // an edit that keeps the file's time (a tool that restores times) but not its size is seen
    Path entry = work.resolve("content/articles/board-reply.md");
    FileTime time = Files.getLastModifiedTime(entry);
    append(entry, "\nMore.\n");
    Files.setLastModifiedTime(entry, time);
    assertThat(new Pipeline(options).build().steps()).extracting(BuildReport.Step::name).doesNotContain("unchanged");
  }

  /**
   * An edit of summaries alone makes again only the pages that read summaries (the entry's own and, in
   * each language, the search data's manifest and shards, and provenance.json), as {@code serve} does;
   * an edit of the front matter makes everything.
   */
  @Test
  void anEditOfASummaryAloneMakesOnlyThePagesThatReadIt() throws IOException {
    Path work = tmp.resolve("work");
    BuildOptions options = TestSites.translatedCopy(work).withCache(Optional.of(tmp.resolve("cache")));
    new Pipeline(options).build();
    List<Path> cards = cards(tmp.resolve("cache"));
    Path entry = work.resolve("content/articles/board-reply.md");
    append(entry, "\nOne more sentence.\n");
    BuildReport body = new Pipeline(options).build();
    assertThat(cards(tmp.resolve("cache"))).as("the cards of the pages not made again are kept").isEqualTo(cards);
    // made again: the entry's page and its notice in Ukrainian; in each language the search data's
    // manifest, its one shard of words and its one of documents, read back from the last build's files
    // with the entry's document made again; provenance.json
    assertThat(body.steps()).extracting(BuildReport.Step::name).contains("render 9 of " + pageCount(body, options) + ", search data patched");
    // changed: the entry's page and one English search shard
    assertThat(body.changedFiles()).isEqualTo(2);
    replaceFirst(entry, "headline: \"", "headline: \"New: ");
    BuildReport front = new Pipeline(options).build();
    assertThat(front.steps()).extracting(BuildReport.Step::name).contains("render");
    // an entry with a translation: its summary edit makes the same pages again (the translation's page now
    // says that the English changed)
    append(work.resolve("content/articles/2021-03-04-first-note.md"), "\nOne more English sentence.\n");
    assertThat(new Pipeline(options).build().steps()).extracting(BuildReport.Step::name)
        .contains("render 9 of " + pageCount(body, options) + ", search data patched");
    // but a translation that still has the English text word for word is shown as not translated yet, in
    // lists and the feed too, which do not read summaries: once the English summary changes it is a
    // translation, so the edit makes everything
    TestSites.copiedTranslation(work.resolve("content"));
    new Pipeline(options).build();
    append(entry, "\nA sentence the copy does not have.\n");
    assertThat(new Pipeline(options).build().steps()).extracting(BuildReport.Step::name).contains("render");
    Files.delete(work.resolve("content/uk/articles/board-reply.md"));
    new Pipeline(options).build();
    // a translation's summary is not kept as read, so its edit makes everything
    append(work.resolve("content/uk/articles/2021-03-04-first-note.md"), "\nЩе одне речення.\n");
    assertThat(new Pipeline(options).build().steps()).extracting(BuildReport.Step::name).contains("render");
    // the cache keeps each file as read, so a second edit of the same summary is told from the first
    append(entry, "\nAnd another.\n");
    assertThat(new Pipeline(options).build().steps()).extracting(BuildReport.Step::name)
        .contains("render 9 of " + pageCount(body, options) + ", search data patched");
  }

  /**
   * A page changed or deleted by hand together with an edit of a summary: the output folder is not as the
   * last build left it, so everything is made again, and the site is a clean build's.
   */
  @Test
  void aPageChangedByHandAlongWithASummaryEditIsMadeAgain() throws IOException {
    Path work = tmp.resolve("work");
    BuildOptions options = TestSites.translatedCopy(work).withCache(Optional.of(tmp.resolve("cache")));
    new Pipeline(options).build();
    Path entry = work.resolve("content/articles/board-reply.md");
    Path fresh = tmp.resolve("fresh");
    for (String hand : List.of("edited", "deleted")) {
      append(entry, "\nOne more sentence, with the home page " + hand + " by hand.\n");
      Path home = options.output().resolve("index.html");
      if (hand.equals("edited")) {
        Files.writeString(home, "edited by hand");
      } else {
        Files.delete(home);
      }
      BuildReport cached = new Pipeline(options).build();
      assertThat(cached.steps()).extracting(BuildReport.Step::name).as("a page the build did not leave: everything is made").contains("render");
      TestSites.deleteTree(fresh);
      TestSites.copyTree(work.resolve("content"), fresh.resolve("content"));
      TestSites.copyTree(work.resolve("templates"), fresh.resolve("templates"));
      TestSites.copyTree(work.resolve("sources"), fresh.resolve("sources"));
      new Pipeline(new BuildOptions(fresh.resolve("content"), fresh.resolve("templates"), fresh.resolve("site"), false)).build();
      Map<String, byte[]> want = TestSites.files(fresh.resolve("site"));
      Map<String, byte[]> got = TestSites.files(options.output());
      assertThat(got.keySet()).isEqualTo(want.keySet());
      for (String path : want.keySet()) {
        assertThat(Arrays.equals(got.get(path), want.get(path))).as("%s with the home page %s by hand", path, hand).isTrue();
      }
      assertStampTellsTheOutput(options, List.of("home page " + hand + " by hand"));
    }
  }

  /**
   * A summary's HTML is read from the cache only when a page asks for it: a build after an edit of a
   * summary reads those of the pages it makes again and no others. A summary whose HTML the cache no
   * longer holds is rendered again when a page asks, and the site is as a clean build's.
   */
  @Test
  void aBuildReadsTheSummariesOfThePagesItMakesAndNoOthers() throws IOException {
    Path work = tmp.resolve("work");
    Path cache = tmp.resolve("cache");
    BuildOptions options = TestSites.translatedCopy(work).withCache(Optional.of(cache));
    new Pipeline(options).build();
    List<Path> html = summaryHtml(cache);
    assertThat(html).as("the HTML of each summary, in each language").hasSizeGreaterThan(2);
    for (Path file : html) {
      Files.delete(file);
    }
    append(work.resolve("content/articles/board-reply.md"), "\nOne more sentence.\n");
    BuildReport body = new Pipeline(options).build();
    assertThat(body.steps()).extracting(BuildReport.Step::name).contains("render 9 of " + pageCount(body, options) + ", search data patched");
    // the edited entry's summary, rendered anew, and its Ukrainian page's, read (here: rendered again)
    assertThat(summaryHtml(cache)).as("summaries asked for").hasSizeLessThanOrEqualTo(2);
    assertAsCleanBuild(options.output(), work, tmp.resolve("clean"));
    // a build of every page asks for every summary: those the cache lost are rendered again, and kept
    replaceFirst(work.resolve("content/articles/board-reply.md"), "headline: \"", "headline: \"New: ");
    new Pipeline(options).build();
    assertThat(summaryHtml(cache)).hasSameSizeAs(html);
    assertAsCleanBuild(options.output(), work, tmp.resolve("clean-2"));
  }

  /** Holds that {@code output} has the files, byte for byte, of a build of {@code work} into {@code out} without a cache. */
  private static void assertAsCleanBuild(Path output, Path work, Path out) {
    Map<String, byte[]> got = TestSites.files(output);
    Map<String, byte[]> want = TestSites.files(cleanBuild(work, out));
    assertThat(got.keySet()).isEqualTo(want.keySet());
    want.forEach((path, bytes) -> assertThat(got.get(path)).as(path).isEqualTo(bytes));
  }

  /** The output folder of a build of {@code work}'s content and templates into {@code out}, without a cache. */
  private static Path cleanBuild(Path work, Path out) {
    BuildOptions options = new BuildOptions(work.resolve("content"), work.resolve("templates"), out, false);
    new Pipeline(options).build();
    return out;
  }

  /** The files of the cache that hold a summary's HTML. */
  private static List<Path> summaryHtml(Path cache) throws IOException {
    try (Stream<Path> files = Files.walk(cache.resolve("summaries"))) {
      return files.filter(Files::isRegularFile).filter(file -> {
        try {
          return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains("{\"html\":\"");
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).sorted().toList();
    }
  }

  private static List<Path> cards(Path cache) throws IOException {
    return kept(cache, "cards");
  }

  /** The results of {@code kind} the cache keeps. */
  private static List<Path> kept(Path cache, String kind) throws IOException {
    try (Stream<Path> files = Files.walk(cache.resolve(kind))) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }

  /**
   * A build after an edit of summaries alone, which looks up only some of the cache's results and so
   * does not prune it, still deletes what the edited entries were read and rendered as before: the cache
   * does not grow with each edit, and keeps what the next build needs.
   */
  @Test
  void anEditOfASummaryAloneLeavesNoStaleResultInTheCache() throws IOException {
    Path work = tmp.resolve("work");
    Path cache = tmp.resolve("cache");
    BuildOptions options = TestSites.translatedCopy(work).withCache(Optional.of(cache));
    new Pipeline(options).build();
    List<Path> entries = kept(cache, ContentLoader.CACHE);
    List<Path> summaries = kept(cache, RenderedContent.CACHE);
    Path entry = work.resolve("content/articles/board-reply.md");
    for (int i = 1; i <= 3; i++) {
      append(entry, "\nEdit number " + i + ".\n");
      assertThat(new Pipeline(options).build().steps()).extracting(BuildReport.Step::name).anyMatch(step -> step.endsWith("search data patched"));
      assertThat(kept(cache, ContentLoader.CACHE)).as("entries kept after edit %d", i).hasSameSizeAs(entries);
      assertThat(kept(cache, RenderedContent.CACHE)).as("summaries kept after edit %d", i).hasSameSizeAs(summaries);
    }
    BuildReport again = new Pipeline(options).build();
    assertThat(again.changedFiles()).as("the results the last edit made are kept").isZero();
    Path other = work.resolve("content/articles/2021-03-04-first-note.md");
    append(other, "\nOne more English sentence.\n");
    new Pipeline(options).build();
    assertThat(kept(cache, ContentLoader.CACHE)).hasSameSizeAs(entries);
    assertThat(kept(cache, RenderedContent.CACHE)).hasSameSizeAs(summaries);
    assertAsCleanBuild(options.output(), work, tmp.resolve("clean"));
  }

  /** The files of the site the pages make: all but the assets and the marker. */
  private static long pageCount(BuildReport report, BuildOptions options) {
    return TestSites.files(options.output()).keySet().stream().filter(p -> !p.startsWith("assets/") && !p.equals(".explainer-build")).count();
  }

  /** A card cut short in the cache is noticed once, not used, and drawn again: the site is as a clean build's. */
  @Test
  void aDamagedCacheIsNoticedOnceAndNeverTrusted() throws IOException {
    BuildOptions options = TestSites.minimalCopy(tmp.resolve("work")).withCache(Optional.of(tmp.resolve("cache")));
    new Pipeline(options).build();
    Map<String, byte[]> want = TestSites.files(options.output());
    List<Path> cards = cards(tmp.resolve("cache"));
    assertThat(cards).hasSizeGreaterThan(2);
    for (Path card : cards.subList(0, 2)) {
      byte[] bytes = Files.readAllBytes(card);
      Files.write(card, Arrays.copyOf(bytes, bytes.length / 2));
    }
    TestSites.deleteTree(options.output()); // so that the build does not stop at "nothing changed"
    BuildReport report = new Pipeline(options).build();
    assertThat(report.notices().stream().filter(n -> n.contains("damaged"))).hasSize(1);
    Map<String, byte[]> got = TestSites.files(options.output());
    assertThat(got.keySet()).isEqualTo(want.keySet());
    want.forEach((path, bytes) -> assertThat(got.get(path)).as(path).isEqualTo(bytes));
    assertThat(new Pipeline(options).build().notices()).noneMatch(n -> n.contains("damaged"));
  }

  /**
   * {@code check} reads the build cache as {@code build} does, and keeps there what it made: a card the
   * build kept and that was since cut short is noticed by a check after an edit (which looked it up),
   * and a check with a cache of its own fills it for the build after it.
   */
  @Test
  void aCheckTakesFromTheCacheAndKeepsWhatItMade() throws IOException {
    BuildOptions options = TestSites.minimalCopy(tmp.resolve("work")).withCache(Optional.of(tmp.resolve("cache")));
    new Pipeline(options).build();
    Path card = cards(tmp.resolve("cache")).get(0);
    byte[] bytes = Files.readAllBytes(card);
    Files.write(card, Arrays.copyOf(bytes, bytes.length / 2));
    // an edit, so that the check does not stop at "nothing changed since the build", of a data file, so
    // that it renders every page (after an edit of summaries alone it renders only the pages that read them)
    append(options.content().resolve("glossary.yaml"), "# A comment written after the build.\n");
    assertThat(new Pipeline(options).check().notices()).filteredOn(n -> n.contains("damaged")).hasSize(1);

    Path own = tmp.resolve("check-cache");
    new Pipeline(options.withCache(Optional.of(own))).check();
    assertThat(cards(own)).hasSameSizeAs(cards(tmp.resolve("cache")));
    assertThat(kept(own, ContentLoader.CACHE)).isNotEmpty();
    assertThat(new Pipeline(options.withCache(Optional.empty())).check().notices()).noneMatch(n -> n.contains("cache"));
  }

  /**
   * A check of the inputs the last build of the same options found tells that build's report again and
   * makes nothing; after an edit it checks again, and finds what is wrong.
   */
  /**
   * A link to an entry file that makes no page is told to point at a draft exactly when the file is one:
   * a summary kept in the cache is not taken for a link whose file became a draft, or stopped being
   * one, since (the cached summary said the link pointed at no entry after the draft was written).
   */
  @Test
  void aLinkToAnEntryWrittenAsADraftSinceIsToldItPointsAtADraft() throws IOException {
    BuildOptions options = TestSites.minimalCopy(tmp.resolve("work")).withCache(Optional.of(tmp.resolve("cache")));
    append(options.content().resolve("articles/board-reply.md"), "\nSee [the next note](2021-06-01-later.md).\n");
    assertThat(errors(options)).anyMatch(m -> m.startsWith("the link '2021-06-01-later.md' points at no entry or page"));
    Path draft = options.content().resolve("articles/2021-06-01-later.md");
    Files.writeString(draft, Files.readString(options.content().resolve("articles/2021-03-04-first-note.md"))
        .replaceFirst("---\n", "---\ndraft: true\nslug: later\n"));
    assertThat(errors(options)).contains("the link '2021-06-01-later.md' points at a draft, which will not be published");
    Files.delete(draft);
    assertThat(errors(options)).anyMatch(m -> m.startsWith("the link '2021-06-01-later.md' points at no entry or page"));
  }

  /** The messages of the errors a check with {@code options} stops at. */
  private static List<String> errors(BuildOptions options) {
    ContentException e = catchThrowableOfType(() -> new Pipeline(options).check(), ContentException.class);
    return e.problems().stream().filter(Problem::isError).map(Problem::message).toList();
  }

  @Test
  void aCheckOfWhatTheLastBuildFoundTellsItsReportAndAnEditIsCheckedInFull() throws IOException {
    BuildOptions options = TestSites.minimalCopy(tmp.resolve("work")).withCache(Optional.of(tmp.resolve("cache")));
    BuildReport built = new Pipeline(options).build();
    BuildReport checked = new Pipeline(options).check();
    assertThat(checked.steps()).extracting(BuildReport.Step::name).containsExactly("unchanged");
    assertThat(checked.pages()).isEqualTo(built.pages());
    assertThat(checked.warnings()).isEqualTo(new Pipeline(options.withCache(Optional.empty())).check().warnings());

    Path entry = options.content().resolve("articles/board-reply.md");
    append(entry, "\nSee [the missing note](no-such-entry.md).\n");
    assertThatThrownBy(() -> new Pipeline(options).check()).isInstanceOf(ContentException.class)
        .hasMessageContaining("no-such-entry.md");
    Files.writeString(entry, Files.readString(entry).replace("\nSee [the missing note](no-such-entry.md).\n", ""));
    assertThat(new Pipeline(options).check().steps()).extracting(BuildReport.Step::name).containsExactly("unchanged");

    // a build into another output folder, as for a deploy: a check with site/'s options is told its report
    append(entry, "\nOne more sentence.\n");
    BuildOptions elsewhere = new BuildOptions(options.content(), options.templates(), tmp.resolve("public"), false, options.sources(),
        options.strict(), options.cache());
    BuildReport deployed = new Pipeline(elsewhere).build();
    BuildReport told = new Pipeline(options).check();
    assertThat(told.steps()).extracting(BuildReport.Step::name).containsExactly("unchanged");
    assertThat(told.warnings()).isEqualTo(deployed.warnings());
    assertThat(new Pipeline(options.withStrict(true)).check().steps()).as("not with other settings").extracting(BuildReport.Step::name)
        .doesNotContain("unchanged");

    Path template = options.templates().resolve("page.ftlh");
    Files.writeString(template, Files.readString(template).replace("${page.title}", "${page.nope}"));
    assertThatThrownBy(() -> new Pipeline(options).check()).isInstanceOf(ContentException.class).hasMessageContaining("page.nope");
  }

  /**
   * A check after an edit of summaries alone, since the last build of the same settings, renders again
   * only the pages with a template that read those summaries: every other page rendered without error
   * in that build, from the inputs it has now. It reports what a check without the cache reports, and
   * an error the edit causes in a page that reads the summary is found.
   */
  @Test
  void aCheckAfterAnEditOfASummaryAloneRendersOnlyThePagesThatReadIt() throws IOException {
    Path work = tmp.resolve("work");
    BuildOptions options = TestSites.translatedCopy(work).withCache(Optional.of(tmp.resolve("cache")));
    BuildOptions uncached = options.withCache(Optional.empty());
    // an entry's page that fails on a summary that says "Boom"
    Path template = options.templates().resolve("article.ftlh");
    replaceFirst(template, "${page.summary?no_esc}", "<#if page.summary?contains(\"Boom\")>${page.nope}</#if>${page.summary?no_esc}");
    BuildReport built = new Pipeline(options).build();
    Path entry = work.resolve("content/articles/board-reply.md");
    append(entry, "\nOne more sentence.\n");
    BuildReport checked = new Pipeline(options).check();
    // the entry's page, and its notice in Ukrainian (the translation is not up to date with it)
    assertThat(checked.steps()).extracting(BuildReport.Step::name).contains("render 2 of " + pageCount(built, options));
    BuildReport full = new Pipeline(uncached).check();
    assertThat(full.steps()).extracting(BuildReport.Step::name).contains("render");
    assertThat(checked.warnings()).isEqualTo(full.warnings());
    assertThat(checked.pages()).isEqualTo(full.pages()).isEqualTo(built.pages());

    append(entry, "\nBoom.\n");
    assertThatThrownBy(() -> new Pipeline(options).check()).isInstanceOf(ContentException.class)
        .hasMessageContaining("template error while rendering articles/board-reply/index.html").hasMessageContaining("page.nope");
    assertThatThrownBy(() -> new Pipeline(uncached).check()).isInstanceOf(ContentException.class)
        .hasMessageContaining("template error while rendering articles/board-reply/index.html");
    // an edit of the front matter is checked in full
    replaceFirst(entry, "Boom.", "");
    replaceFirst(entry, "headline: \"", "headline: \"New: ");
    assertThat(new Pipeline(options).check().steps()).extracting(BuildReport.Step::name).contains("render");
  }

  /** A cache another version made is emptied, with one notice; a folder that is not a cache is left as it is and not used. */
  @Test
  void aForeignCacheIsEmptiedAndAFolderOfOtherFilesIsLeftAlone() throws IOException {
    Path cache = tmp.resolve("cache");
    BuildOptions options = TestSites.minimalCopy(tmp.resolve("work")).withCache(Optional.of(cache));
    new Pipeline(options).build();
    Files.writeString(cache.resolve(BuildCache.IDENTITY), "another version\n");
    BuildReport report = new Pipeline(options).build();
    assertThat(report.notices()).filteredOn(n -> n.contains("another version")).hasSize(1);
    assertThat(report.steps()).extracting(BuildReport.Step::name).doesNotContain("unchanged");

    Path notes = tmp.resolve("notes");
    Files.createDirectories(notes);
    Files.writeString(notes.resolve("thesis.txt"), "years of work");
    BuildReport other = new Pipeline(options.withCache(Optional.of(notes))).build();
    assertThat(other.notices()).filteredOn(n -> n.contains("is not a build cache")).hasSize(1);
    assertThat(TestSites.files(notes).keySet()).containsExactly("thesis.txt");
  }

  /** A cache inside the content (whose every file the build reads) is not used: one notice, and nothing is written there. */
  @Test
  void aCacheInsideTheContentIsNotUsed() throws IOException {
    BuildOptions options = TestSites.minimalCopy(tmp.resolve("work"));
    BuildReport report = new Pipeline(options.withCache(Optional.of(options.content().resolve("cache")))).build();
    assertThat(report.notices()).filteredOn(n -> n.contains("is inside")).hasSize(1);
    assertThat(options.content().resolve("cache")).doesNotExist();
    assertThat(TestSites.files(options.output())).containsKey("index.html");
  }

  /** The edit {@code kind} (0 to {@link #EDITS} − 1), on what {@code random} chooses; says what it did. */
  private static final int EDITS = 12;

  private static String edit(Path work, Random random, int step, int kind) throws IOException {
    Path content = work.resolve("content");
    List<Path> entries;
    try (Stream<Path> files = Files.list(content.resolve("articles"))) {
      entries = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
    }
    Path entry = entries.get(random.nextInt(entries.size()));
    switch (kind) {
      case 0 -> append(entry, "\nAnother paragraph, written at step " + step + ".\n");
      case 1 -> replaceFirst(entry, "headline: \"", "headline: \"Step " + step + ": ");
      case 2 -> {
        Files.copy(content.resolve("articles/board-reply.md"), content.resolve("articles/extra-" + step + ".md"));
        return "added extra-" + step;
      }
      case 3 -> {
        Optional<Path> extra = entries.stream().filter(f -> f.getFileName().toString().startsWith("extra-")).findFirst();
        if (extra.isPresent()) {
          Files.delete(extra.get());
          return "deleted " + extra.get().getFileName();
        }
        append(content.resolve("uk/articles/2021-03-04-first-note.md"), "\nЩе один абзац, крок " + step + ".\n");
        return "appended to the translated entry";
      }
      case 4 -> replaceFirst(content.resolve("site.yaml"), "title: \"", "title: \"Step " + step + " ");
      case 5 -> append(content.resolve("glossary.yaml"), "# a comment at step " + step + "\n");
      case 6 -> append(work.resolve("templates/article.ftlh"), "<!-- step " + step + " -->\n");
      case 7 -> replaceFirst(work.resolve("templates/messages/en.properties"), "=", "=Step " + step + " ");
      case 8 -> append(work.resolve("sources/first-note.txt"), "\nA line added to the capture at step " + step + ".\n");
      case 9 -> {
        Files.write(entry, Files.readAllBytes(entry)); // saved, unchanged
        return "saved " + entry.getFileName() + " unchanged";
      }
      case 10 -> {
        // a glossary form more or less: the summary that uses the word links it, or stops linking it
        Path glossary = content.resolve("glossary.yaml");
        String text = Files.readString(glossary);
        String plain = "term: \"Board rule\"\n";
        String more = plain + "  variants: [\"wrote\"]\n";
        boolean has = text.contains(more);
        Files.writeString(glossary, has ? text.replace(more, plain) : text.replace(plain, more));
        return has ? "glossary form 'wrote' removed" : "glossary form 'wrote' added";
      }
      default -> {
        Path index = work.resolve("site/index.html");
        switch (random.nextInt(3)) {
          case 0 -> {
            Files.deleteIfExists(index);
            return "deleted site/index.html by hand";
          }
          case 1 -> {
            Files.writeString(index, "edited by hand");
            return "edited site/index.html by hand";
          }
          default -> {
            Files.writeString(work.resolve("site/entries/notes.txt"), "added by hand at step " + step);
            return "added site/entries/notes.txt by hand";
          }
        }
      }
    }
    return "step " + step + " edited " + entry.getFileName() + " or a shared file";
  }

  /** Long ago: one hour before the tests began, and {@code step} + 1 seconds. */
  private static final long LONG_AGO = System.currentTimeMillis() - 3_600_000;

  /**
   * Gives every input file (content, templates, captures) saved since the last call a time of long ago of
   * its own, {@code step} + 1 seconds after {@link #LONG_AGO}, as a checkout or a copy gives a file.
   */
  private static void age(Path work, int step) throws IOException {
    for (String folder : List.of("content", "templates", "sources")) {
      try (Stream<Path> files = Files.walk(work.resolve(folder))) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          if (Files.getLastModifiedTime(file).toMillis() > LONG_AGO + 600_000) {
            Files.setLastModifiedTime(file, FileTime.fromMillis(LONG_AGO + (step + 1) * 1000L));
          }
        }
      }
    }
  }

  private static void append(Path file, String text) throws IOException {
    Files.writeString(file, Files.readString(file) + text, StandardCharsets.UTF_8);
  }

  private static void replaceFirst(Path file, String what, String with) throws IOException {
    String text = Files.readString(file);
    int at = text.indexOf(what);
    assertThat(at).as("%s in %s", what, file).isNotNegative();
    Files.writeString(file, text.substring(0, at) + with + text.substring(at + what.length()));
  }

  private static List<String> messages(List<Problem> problems) {
    return problems.stream().map(p -> p.at().file().getFileName() + ":" + p.at().line() + ": " + p.message()).toList();
  }

  private static Map<String, Long> times(Path dir) throws IOException {
    Map<String, Long> out = new java.util.TreeMap<>();
    for (String path : TestSites.files(dir).keySet()) {
      out.put(path, Files.getLastModifiedTime(dir.resolve(path)).toMillis());
    }
    return out;
  }
}
