package org.explainer.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.explainer.TestSites;
import org.explainer.verify.BrowserTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The search page's script ({@code templates/assets/search.js}) run in headless Chromium against search
 * data built here: it folds a query as {@link SearchText} folds the index's words, and through the shards
 * it finds what a search of every document's words finds, scored alike. Skipped without Chromium, as
 * {@link BrowserTest} is.
 */
class SearchScriptTest {
  /** Runs the script as Node would, so that it hands over its functions as {@code search} instead of looking for the page. */
  private static final String SCRIPT = "var module = {exports: {}}; new Function('module', arguments[0])(module); var search = module.exports;\n";
  private static String source;
  private static ChromeDriver driver;

  @BeforeAll
  static void start() throws IOException {
    BrowserTest.requireBrowser();
    source = Files.readString(TestSites.TEMPLATES.resolve("assets/search.js"), StandardCharsets.UTF_8);
    driver = BrowserTest.startDriver(false);
    driver.get("about:blank"); // no Content-Security-Policy, so the test may run the script's text
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void theScriptFoldsAndSplitsAQueryAsTheIndexFoldsItsWords() {
    List<String> samples = new ArrayList<>(List.of(
        "Sybíha's “umbrella” — NATO-2024", "Парасольку НАТО: Їжак, йод, ґанок; м’яч, м'яч", "Україна і Європа, ЄС",
        "naïve Café Ångström Øresund Łódź Ñandú Việt Nam", "Straße İstanbul ıi KELVIN Kelvin Ångström", "ΟΔΟΣ οδός ΟΔΟΣ.ΑΒ Σ",
        "e\u0301te a\u0308\u0301b \u0301x", "ﬁne ² Ⅻ ٣٤ 東京 😀 tab\there", "ǅemal ǈ Ǳ ẞ"));
    String alphabet = "aZé\u0301\u0308ΣσςİıЇїЙйҐґ’'-. 0٣Ⅻ²ß😀東\u00a0,";
    Random random = new Random(27);
    for (int i = 0; i < 300; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(14); n > 0; n--) {
        text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
      }
      samples.add(text.toString());
    }
    @SuppressWarnings("unchecked")
    List<List<String>> script = (List<List<String>>) driver.executeScript(
        SCRIPT + "return arguments[1].map(function (text) { return search.words(text); });", source, samples);
    for (int i = 0; i < samples.size(); i++) {
      assertThat(script.get(i)).as("the words of '%s'", samples.get(i)).isEqualTo(SearchText.words(samples.get(i)));
    }
  }

  /** The script's stem of a word is {@link WordForms#stem}'s: for words of English and Ukrainian, and random words of both alphabets. */
  @Test
  void theScriptStemsAWordAsTheIndexDoes() {
    List<String> samples = new ArrayList<>(List.of("invitation", "invitations", "invite", "invited", "inviting", "invites", "ally", "allies",
        "allied", "planned", "planning", "plans", "calling", "called", "passed", "status", "crisis", "class", "classes", "the", "news", "s",
        "is", "ss", "eing", "ed", "2024s", "straße", "cafe", "стаття", "статті", "статтю", "статтею", "статтях", "україна", "украіни",
        "украінського", "третього", "відбулася", "відбулись", "союзників", "ся", "нато", "ґанок", "єс", "сша", "οδοσ", "іжак", "иод",
        "киів", "києва", "києві", "рік", "року", "році", "бік", "боці", "ріка", "договір", "договору", "підсумок", "підсумку", "кінець",
        "кінця", "боєць", "блок", "рядок", "питання", "питань", "стаття", "статеи", "стати", "безпека", "безпеці", "перемозі",
        "позиція", "позиціи", "подіі", "сценаріів", "розуміють", "данія", "даних", "радіо", "від", "між", "може", "піти", "потім"));
    String[] alphabets = {"abdegilnstuyz", "аеиіоуюяєьсхвмгїткнцз"};
    Random random = new Random(42);
    for (int i = 0; i < 2_000; i++) {
      String alphabet = alphabets[i % 2];
      StringBuilder word = new StringBuilder();
      for (int n = 1 + random.nextInt(8); n > 0; n--) {
        word.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      samples.add(SearchText.fold(word.toString()));
    }
    @SuppressWarnings("unchecked")
    List<String> script = (List<String>) driver.executeScript(
        SCRIPT + "return arguments[1].map(function (word) { return search.stem(word); });", source, samples);
    for (int i = 0; i < samples.size(); i++) {
      assertThat(script.get(i)).as("the stem of '%s'", samples.get(i)).isEqualTo(WordForms.stem(samples.get(i)));
    }
  }

  @Test
  void theScriptFindsThroughTheShardsWhatASearchOfEveryDocumentFinds() {
    List<SearchIndex.Doc> docs = SearchIndexTest.corpus(300, 5);
    for (int splitAbove : List.of(SearchIndex.SPLIT_ABOVE, 200)) {
      SearchIndex.Shards shards = new SearchIndex.Shards(5, 4);
      SearchIndex index = SearchIndex.of(docs, shards, splitAbove);
      Map<String, String> files = new LinkedHashMap<>();
      shards.names().forEach(name -> files.put(name, new String(index.shard(name), StandardCharsets.UTF_8)));
      List<String> queries = List.of("u", "um", "umbrella", "Umbrellas", "п", "пара", "парасольку", "Sybiha", "naive", "NATO nation",
          "a an", "ete", "x", "2024", "οδος", "zzz", "invit all", "Ї", "й", "cafe summit u", "a a", "invitations", "inviting", "allied",
          "ally", "all", "plans", "planning", "парасольки", "статті", "статтях", "sybiga", "national");
      @SuppressWarnings("unchecked")
      Map<String, Map<String, List<Object>>> found = (Map<String, Map<String, List<Object>>>) driver.executeScript(SCRIPT
          + "var window = {}; new Function('window', arguments[1])(window);"
          + "var files = arguments[2], loaded = [];"
          + "function load(name, callback) { loaded.push(name);"
          + "  new Function('window', files[name])({EXPLAINER_SEARCH_SHARD: function (n, data) { callback(null, data); }}); }"
          + "var index = new search.Index(window.EXPLAINER_SEARCH, load), out = {};"
          + "arguments[3].forEach(function (query) { loaded = [];"
          + "  index.search(search.words(query), function (error, hits) {"
          + "    var words = loaded.slice();"
          + "    index.documents(hits.slice(0, search.PAGE).map(function (h) { return h.doc; }), function (error2, records) {"
          + "      out[query] = {hits: hits.map(function (h) { return [h.doc, h.score]; }), titles: records.map(function (r) { return r.t; }),"
          + "        wordShards: words}; }); }); });"
          + "return out;",
          source, new String(index.manifest(), StandardCharsets.UTF_8), files, queries);
      for (String query : queries) {
        List<String> terms = SearchText.words(query);
        List<List<Long>> expected = expected(docs, terms);
        Map<String, List<Object>> result = found.get(query);
        assertThat(result.get("hits")).as("split above %d: '%s'", splitAbove, query).isEqualTo(expected);
        assertThat(result.get("titles")).as("'%s'", query)
            .isEqualTo(expected.stream().limit(20).map(hit -> docs.get(hit.get(0).intValue()).t()).toList());
        assertThat(result.get("wordShards")).as("'%s' needs two word shards a word at most", query).hasSizeLessThanOrEqualTo(2 * terms.size());
      }
    }
  }

  /** What a search of every document's words finds: each document scored for each query word ({@link SearchIndexTest#points}), best first. */
  private static List<List<Long>> expected(List<SearchIndex.Doc> docs, List<String> terms) {
    List<List<Long>> hits = new ArrayList<>();
    for (int d = 0; d < docs.size(); d++) {
      long score = 0;
      for (String term : terms) {
        int points = SearchIndexTest.points(term, docs.get(d));
        if (points == 0) {
          score = 0;
          break;
        }
        score += points;
      }
      if (score > 0) {
        hits.add(List.of((long) d, score));
      }
    }
    hits.sort(Comparator.comparing((List<Long> h) -> -h.get(1)).thenComparing(h -> h.get(0)));
    return hits;
  }
}
