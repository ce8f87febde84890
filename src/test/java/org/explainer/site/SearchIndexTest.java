package org.explainer.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The sharded search data: what each shard holds, where each word goes, and that it comes out the same every time. */
class SearchIndexTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void whiteSpaceIsCollapsedAsTheRegularExpressionWould() {
    String alphabet = " \t\n\u000B\f\r\u00a0\u2003\u3000ab.é";
    Random random = new Random(20241201);
    for (int round = 0; round < 5_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String expected = text.toString().replaceAll("\\s+", " ").strip();
      assertThat(SearchIndex.Doc.of("Entry", "t", "u", text.toString()).excerpt().x()).as("'%s'", text).isEqualTo(expected);
    }
  }

  /**
   * An excerpt, made from the start of the text alone where it can be, is the start of the whole text with
   * its white space collapsed as the regular expression would, cut at a space: for texts of every length
   * around the excerpt's, with runs of white space of every kind at the start, in the middle and at the end.
   */
  @Test
  void anExcerptIsTheCollapsedWholeTextCut() {
    String[] pieces = {" ", "\t\n", "\u3000", "\u2003 ", "\u00a0", "word", "é", "😀", ".", "a".repeat(30), " ".repeat(200), "\u3000".repeat(200)};
    Random random = new Random(20261206);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      while (random.nextInt(60) > 0) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String whole = text.toString().replaceAll("\\s+", " ").strip();
      String expected = whole;
      if (whole.length() > SearchIndex.EXCERPT) {
        int cut = whole.lastIndexOf(' ', SearchIndex.EXCERPT);
        if (cut <= 0) {
          cut = Character.isHighSurrogate(whole.charAt(SearchIndex.EXCERPT - 1)) ? SearchIndex.EXCERPT - 1 : SearchIndex.EXCERPT;
        }
        expected = whole.substring(0, cut) + "…";
      }
      assertThat(SearchIndex.Doc.of("Entry", "t", "u", text.toString()).excerpt().x()).as("'%s'", text).isEqualTo(expected);
    }
  }

  @Test
  void wordsAreFoldedAndSplitAtWhatIsNotALetterOrANumber() {
    assertThat(SearchText.words("Sybíha's “umbrella” — NATO-2024, naïve CAFÉ")).containsExactly("sybiha", "s", "umbrella", "nato", "2024", "naive", "cafe");
    assertThat(SearchText.words("Парасольку НАТО: Їжак, йод, ґанок; м’яч")).containsExactly("парасольку", "нато", "іжак", "иод", "ґанок", "м", "яч");
    assertThat(SearchText.words("ΟΔΟΣ οδός İstanbul Straße e\u0301te")).containsExactly("οδοσ", "οδοσ", "istanbul", "straße", "ete");
    assertThat(SearchText.words("  ,;  ")).isEmpty();
  }

  /** The one-pass split of ASCII text and the general one agree with the regular expression the search script splits by. */
  @Test
  void wordsAreWhatTheScriptsRegularExpressionSplitsTheFoldedTextInto() {
    Pattern separators = Pattern.compile("[^\\p{L}\\p{N}]+");
    String ascii = "aZz09 .,-'_\t\n~";
    String other = ascii + "éÉΣςЇй’\u0301😀²";
    Random random = new Random(3);
    for (int round = 0; round < 5_000; round++) {
      String alphabet = round % 2 == 0 ? ascii : other;
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(16); i > 0; i--) {
        text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
      }
      List<String> expected = Arrays.stream(separators.split(SearchText.fold(text.toString()))).filter(w -> !w.isEmpty()).toList();
      assertThat(SearchText.words(text.toString())).as("'%s'", text).isEqualTo(expected);
    }
  }

  @Test
  void shardsFollowTheNumberOfEntries() {
    assertThat(SearchIndex.Shards.forEntries(0)).isEqualTo(new SearchIndex.Shards(1, 1));
    assertThat(SearchIndex.Shards.forEntries(5)).isEqualTo(new SearchIndex.Shards(1, 1));
    assertThat(SearchIndex.Shards.forEntries(17)).isEqualTo(new SearchIndex.Shards(2, 3));
    assertThat(SearchIndex.Shards.forEntries(10_000)).isEqualTo(new SearchIndex.Shards(625, 1_250));
    assertThat(SearchIndex.Shards.forEntries(17).names()).containsExactly("words-0", "words-1", "docs-0", "docs-1", "docs-2");
  }

  @Test
  void postingListsTakeTheShorterEncodingAndDecodeToWhatWentIn() {
    Random random = new Random(7);
    for (int round = 0; round < 2_000; round++) {
      Postings postings = new Postings();
      List<Integer> numbers = new ArrayList<>();
      int density = 1 + random.nextInt(round % 2 == 0 ? 3 : 200);
      for (int n = random.nextInt(50); numbers.size() < random.nextInt(300); n += 1 + random.nextInt(density)) {
        postings.add(n);
        postings.add(n); // a word twice in a document is listed once
        numbers.add(n);
      }
      String code = postings.encoded();
      assertThat(decode(code)).as(code).isEqualTo(numbers);
      assertThat(code).matches("~?[0-9A-Za-z_-]*");
    }
    Postings every = new Postings();
    for (int n = 0; n < 10_000; n++) {
      every.add(n);
    }
    assertThat(every.encoded()).hasSize(1_668).startsWith("~");
    Postings few = new Postings();
    few.add(3);
    few.add(40);
    assertThat(few.encoded()).isEqualTo("3a1");
    assertThatThrownBy(() -> few.add(2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyWordOfEveryDocumentIsInItsKeysShardListedWithThatDocumentAndNothingElse() {
    List<SearchIndex.Doc> docs = corpus(400, 11);
    for (int splitAbove : List.of(SearchIndex.SPLIT_ABOVE, 400, 40)) {
      SearchIndex.Shards shards = new SearchIndex.Shards(7, 9);
      Read index = read(SearchIndex.of(docs, shards, splitAbove));
      Map<String, Set<Integer>> title = new TreeMap<>();
      Map<String, Set<Integer>> text = new TreeMap<>();
      for (int d = 0; d < docs.size(); d++) {
        int doc = d;
        SearchText.words(docs.get(d).t(), w -> title.computeIfAbsent(w, k -> new TreeSet<>()).add(doc));
        SearchText.words(docs.get(d).x() + " " + docs.get(d).also(), w -> text.computeIfAbsent(w, k -> new TreeSet<>()).add(doc));
      }
      Set<String> words = new TreeSet<>(title.keySet());
      words.addAll(text.keySet());
      Map<String, Integer> shardOfWord = new HashMap<>();
      for (int shard = 0; shard < shards.words(); shard++) {
        for (JsonNode entry : index.words.get(shard).get("words")) {
          assertThat(shardOfWord.put(entry.get(0).asText(), shard)).as("%s is listed once", entry.get(0).asText()).isNull();
          assertThat(decode(entry.get(1).asText())).as("title of %s", entry.get(0)).isEqualTo(List.copyOf(title.getOrDefault(entry.get(0).asText(), Set.of())));
          assertThat(decode(entry.get(2).asText())).as("text of %s", entry.get(0)).isEqualTo(List.copyOf(text.getOrDefault(entry.get(0).asText(), Set.of())));
        }
      }
      assertThat(shardOfWord.keySet()).isEqualTo(words);
      for (String word : words) {
        assertThat(shardOfWord.get(word)).as(word).isEqualTo(SearchIndex.shardOf(SearchIndex.keyOf(word, index.split), shards.words()));
      }
      if (splitAbove == 40) {
        assertThat(index.split).contains("п", "па", "пар", "u", "um").doesNotContain("umbrellas");
      }
    }
  }

  @Test
  void aSplitPrefixHasADigestInItsOwnShardThatListsEachDocumentByItsBestMatch() {
    List<SearchIndex.Doc> docs = corpus(300, 5);
    SearchIndex.Shards shards = new SearchIndex.Shards(5, 3);
    Read index = read(SearchIndex.of(docs, shards, 200));
    assertThat(index.split).isNotEmpty();
    for (String prefix : index.split) {
      assertThat(SearchIndex.keyOf(prefix + "x", index.split)).isNotEqualTo(prefix);
      List<JsonNode> digests = new ArrayList<>();
      index.words.get(SearchIndex.shardOf(prefix, shards.words())).get("prefixes").forEach(p -> {
        if (p.get(0).asText().equals(prefix)) {
          digests.add(p);
        }
      });
      assertThat(digests).as("the digest of '%s'", prefix).hasSize(1);
      List<List<Integer>> expected = List.of(new ArrayList<>(), new ArrayList<>());
      for (int d = 0; d < docs.size(); d++) {
        if (anyWord(docs.get(d).t(), w -> w.startsWith(prefix))) {
          expected.get(0).add(d);
        } else if (anyWord(text(docs.get(d)), w -> w.startsWith(prefix))) {
          expected.get(1).add(d);
        }
      }
      assertThat(digests.get(0)).hasSize(3);
      for (int level = 0; level < 2; level++) {
        assertThat(decode(digests.get(0).get(level + 1).asText())).as("'%s', level %d", prefix, level).isEqualTo(expected.get(level));
      }
    }
  }

  /**
   * The words of a stem are all in the shard of the stem's key, or a "forms" entry there lists the
   * documents that have one of them, in the title and in the text; there is no such entry otherwise.
   */
  @Test
  void theWordsOfAStemAreInItsKeysShardOrAFormsEntryThereListsTheirDocuments() {
    List<SearchIndex.Doc> docs = corpus(300, 5);
    int entries = 0;
    for (int splitAbove : List.of(SearchIndex.SPLIT_ABOVE, 200, 40)) {
      SearchIndex.Shards shards = new SearchIndex.Shards(5, 3);
      Read index = read(SearchIndex.of(docs, shards, splitAbove));
      Map<String, Integer> shardOfWord = new HashMap<>();
      Map<String, JsonNode> forms = new HashMap<>();
      for (int shard = 0; shard < shards.words(); shard++) {
        int number = shard;
        index.words.get(shard).get("words").forEach(w -> shardOfWord.put(w.get(0).asText(), number));
        for (JsonNode f : index.words.get(shard).get("forms")) {
          String stem = f.get(0).asText();
          assertThat(SearchIndex.shardOf(SearchIndex.keyOf(stem, index.split), shards.words())).as("the shard of the forms of '%s'", stem)
              .isEqualTo(shard);
          assertThat(forms.put(stem, f)).as("'%s' has one forms entry", stem).isNull();
        }
      }
      Map<String, List<String>> byStem = new TreeMap<>();
      shardOfWord.keySet().forEach(w -> byStem.computeIfAbsent(WordForms.stem(w), k -> new ArrayList<>()).add(w));
      for (Map.Entry<String, List<String>> stem : byStem.entrySet()) {
        int shard = SearchIndex.shardOf(SearchIndex.keyOf(stem.getKey(), index.split), shards.words());
        boolean together = stem.getValue().stream().allMatch(w -> shardOfWord.get(w) == shard);
        assertThat(forms.containsKey(stem.getKey())).as("'%s' (%s) has a forms entry", stem.getKey(), stem.getValue()).isEqualTo(!together);
        if (!together) {
          List<Integer> title = new ArrayList<>();
          List<Integer> text = new ArrayList<>();
          for (int d = 0; d < docs.size(); d++) {
            if (anyWord(docs.get(d).t(), w -> WordForms.stem(w).equals(stem.getKey()))) {
              title.add(d);
            }
            if (anyWord(text(docs.get(d)), w -> WordForms.stem(w).equals(stem.getKey()))) {
              text.add(d);
            }
          }
          assertThat(decode(forms.get(stem.getKey()).get(1).asText())).as("title of '%s'", stem.getKey()).isEqualTo(title);
          assertThat(decode(forms.get(stem.getKey()).get(2).asText())).as("text of '%s'", stem.getKey()).isEqualTo(text);
        }
      }
      entries += forms.size();
    }
    assertThat(entries).as("forms entries over the three splits").isPositive();
  }

  @Test
  void everyDocumentIsInTheDocumentShardTheScriptComputesOnceAndInOrder() {
    List<SearchIndex.Doc> docs = corpus(101, 3);
    SearchIndex.Shards shards = new SearchIndex.Shards(2, 7);
    Read index = read(SearchIndex.of(docs, shards));
    assertThat(index.manifest.get("documents").asInt()).isEqualTo(101);
    int next = 0;
    for (int shard = 0; shard < shards.docs(); shard++) {
      JsonNode data = index.docs.get(shard);
      assertThat(data.get("first").asInt()).isEqualTo(next);
      assertThat(data.get("docs")).isNotEmpty();
      for (JsonNode doc : data.get("docs")) {
        assertThat(next * shards.docs() / docs.size()).as("the shard of document %d", next).isEqualTo(shard);
        SearchIndex.Doc original = docs.get(next);
        assertThat(List.of(doc.get("k").asText(), doc.get("t").asText(), doc.get("u").asText())).containsExactly(original.k(), original.t(), original.u());
        assertThat(doc.get("x").asText()).isEqualTo(original.excerpt().x());
        next++;
      }
    }
    assertThat(next).isEqualTo(docs.size());
  }

  @Test
  void anExcerptIsTheStartOfTheTextCutAtASpace() {
    String text = "word ".repeat(60).strip();
    assertThat(SearchIndex.Doc.of("Entry", "t", "u", text).excerpt().x()).hasSizeLessThanOrEqualTo(SearchIndex.EXCERPT + 1)
        .endsWith("word…").startsWith("word word");
    assertThat(SearchIndex.Doc.of("Entry", "t", "u", "short text").excerpt().x()).isEqualTo("short text");
    assertThat(SearchIndex.Doc.of("Entry", "t", "u", "x".repeat(SearchIndex.EXCERPT - 1) + "😀😀").excerpt().x())
        .isEqualTo("x".repeat(SearchIndex.EXCERPT - 1) + "…");
  }

  @Test
  void theSameDocumentsGiveTheSameBytes() {
    List<SearchIndex.Doc> docs = corpus(250, 9);
    SearchIndex.Shards shards = new SearchIndex.Shards(4, 6);
    SearchIndex first = SearchIndex.of(docs, shards, 300);
    SearchIndex second = SearchIndex.of(new ArrayList<>(docs), shards, 300);
    assertThat(second.manifest()).isEqualTo(first.manifest());
    for (String name : shards.names()) {
      assertThat(second.shard(name)).as(name).isEqualTo(first.shard(name));
    }
  }

  /** The index made of runs of the documents, on several threads, is the index of all of them, however they are cut (empty runs too). */
  @Test
  void theIndexOfRunsOfDocumentsIsTheIndexOfAllOfThem() {
    List<SearchIndex.Doc> docs = corpus(300, 11);
    SearchIndex.Shards shards = new SearchIndex.Shards(5, 7);
    SearchIndex whole = SearchIndex.of(docs, shards, 300);
    Random random = new Random(12);
    for (int round = 0; round < 20; round++) {
      List<SearchIndex.Part> parts = new ArrayList<>();
      for (int from = 0; from < docs.size() || parts.isEmpty(); ) {
        int to = Math.min(docs.size(), from + random.nextInt(round % 2 == 0 ? 40 : 300));
        parts.add(new SearchIndex.Part(docs.subList(from, to)));
        from = to;
      }
      SearchIndex joined = SearchIndex.ofParts(parts, shards, 300);
      assertThat(joined.manifest()).as("%d runs", parts.size()).isEqualTo(whole.manifest());
      for (String name : shards.names()) {
        assertThat(joined.shard(name)).as("%s of %d runs", name, parts.size()).isEqualTo(whole.shard(name));
      }
    }
  }

  @Test
  void theManifestAndEveryShardAreScriptsThatHandTheirDataToTheSearchScript() {
    SearchIndex index = SearchIndex.of(List.of(SearchIndex.Doc.of("Entry", "Umbrella </script>", "../a/index.html", "Sybíha & co")),
        new SearchIndex.Shards(1, 1));
    assertThat(new String(index.manifest(), StandardCharsets.UTF_8))
        .isEqualTo("window.EXPLAINER_SEARCH={\"documents\":1,\"wordShards\":1,\"documentShards\":1,\"split\":[]};\n");
    assertThat(new String(index.shard("words-0"), StandardCharsets.UTF_8)).isEqualTo("window.EXPLAINER_SEARCH_SHARD(\"words-0\",{\"words\":["
        + "[\"co\",\"\",\"0\"],[\"script\",\"0\",\"\"],[\"sybiha\",\"\",\"0\"],[\"umbrella\",\"0\",\"\"]],\"prefixes\":[],\"forms\":[]});\n");
    assertThat(new String(index.shard("docs-0"), StandardCharsets.UTF_8)).isEqualTo("window.EXPLAINER_SEARCH_SHARD(\"docs-0\",{\"first\":0,\"docs\":["
        + "{\"k\":\"Entry\",\"t\":\"Umbrella \\u003c/script\\u003e\",\"u\":\"../a/index.html\",\"x\":\"Sybíha \\u0026 co\"}]});\n");
    assertThatThrownBy(() -> index.shard("words-1")).hasMessageContaining("no search shard is called 'words-1'");
    assertThatThrownBy(() -> index.shard("index")).hasMessageContaining("no search shard is called 'index'");
  }

  @Test
  void postingListsDecodeInJavaAsInTheScriptAndTakeNumbersOutAndIn() {
    Random random = new Random(8);
    for (int round = 0; round < 2_000; round++) {
      Postings postings = new Postings();
      TreeSet<Integer> numbers = new TreeSet<>();
      int density = 1 + random.nextInt(round % 2 == 0 ? 3 : 5_000);
      for (int n = random.nextInt(50); numbers.size() < random.nextInt(300); n += 1 + random.nextInt(density)) {
        postings.add(n);
        numbers.add(n);
      }
      for (int i = random.nextInt(6); i > 0; i--) {
        int n = random.nextInt(2_000);
        if (random.nextBoolean()) {
          postings.insert(n);
          numbers.add(n);
        } else {
          postings.remove(n);
          numbers.remove(n);
        }
      }
      String code = postings.encoded();
      assertThat(decode(code)).as(code).containsExactlyElementsOf(numbers);
      assertThat(Postings.decode(code).encoded()).as(code).isEqualTo(code);
      assertThat(decode(Postings.decode(code).encoded())).as(code).containsExactlyElementsOf(numbers);
    }
    for (String bad : List.of("3a!", "a", "~.", "zzzzzzzzzzz")) {
      assertThatThrownBy(() -> Postings.decode(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
  }

  /**
   * The index read back from the files of an earlier one, with some pages' documents made again, is
   * byte for byte the index made anew of the documents now: texts and titles edited, words gone and new,
   * prefixes split and no longer split, pages of several documents, and nothing edited at all.
   */
  @Test
  void anIndexPatchedWithThePagesMadeAgainIsTheIndexMadeAnew() {
    Random random = new Random(27);
    for (int round = 0; round < 60; round++) {
      List<SearchIndex.Doc> before = pagesOfSeveralDocuments(corpus(40 + random.nextInt(300), round));
      SearchIndex.Shards shards = new SearchIndex.Shards(1 + random.nextInt(6), 1 + random.nextInt(9));
      int splitAbove = List.of(SearchIndex.SPLIT_ABOVE, 300, 40).get(round % 3);
      Map<String, byte[]> files = files(SearchIndex.of(before, shards, splitAbove), shards);
      // some pages made again, each with as many documents at the same URLs, their words and titles new
      List<SearchIndex.Doc> edits = corpus(before.size(), 1_000 + round);
      List<SearchIndex.Doc> after = new ArrayList<>(before);
      Map<String, List<SearchIndex.Doc>> pages = new HashMap<>();
      for (int i = random.nextInt(4); i > 0; i--) {
        String page = page(before.get(random.nextInt(before.size())).u());
        pages.put(page, new ArrayList<>());
      }
      for (int d = 0; d < before.size(); d++) {
        SearchIndex.Doc doc = before.get(d);
        if (pages.containsKey(page(doc.u()))) {
          String text = switch (random.nextInt(3)) {
            case 0 -> edits.get(d).x();
            case 1 -> doc.x() + " zebra " + random.nextInt(5);
            default -> "";
          };
          SearchIndex.Doc now = SearchIndex.Doc.of(doc.k(), random.nextInt(4) == 0 ? edits.get(d).t() : doc.t(), doc.u(), text,
              random.nextBoolean() ? doc.also() : edits.get(d).also());
          after.set(d, now);
          pages.get(page(doc.u())).add(now);
        }
      }
      SearchIndex anew = SearchIndex.of(after, shards, splitAbove);
      SearchIndex patched = SearchIndex.patched(shards, name -> Optional.ofNullable(files.get(name)), pages, splitAbove)
          .orElseThrow(() -> new AssertionError("not patched"));
      assertThat(patched.manifest()).as("round %d", round).isEqualTo(anew.manifest());
      for (String name : shards.names()) {
        assertThat(new String(patched.shard(name), StandardCharsets.UTF_8)).as("%s, round %d", name, round)
            .isEqualTo(new String(anew.shard(name), StandardCharsets.UTF_8));
      }
    }
  }

  /** Files that are not an index this class wrote, or pages whose documents changed in number or URL, give no patched index. */
  @Test
  void filesThatAreNotAnEarlierIndexOrPagesOfOtherDocumentsAreNotPatched() {
    List<SearchIndex.Doc> docs = pagesOfSeveralDocuments(corpus(60, 3));
    SearchIndex.Shards shards = new SearchIndex.Shards(3, 4);
    Map<String, byte[]> files = files(SearchIndex.of(docs, shards, 300), shards);
    String glossary = page(docs.get(5).u());
    List<SearchIndex.Doc> ofGlossary = docs.stream().filter(d -> page(d.u()).equals(glossary)).toList();
    assertThat(ofGlossary).hasSizeGreaterThan(1);
    assertThat(patch(files, shards, Map.of(glossary, ofGlossary))).isPresent();
    assertThat(patch(files, shards, Map.of())).isPresent();
    // a page with a document fewer or more, or at another URL, or a page that had none
    assertThat(patch(files, shards, Map.of(glossary, ofGlossary.subList(1, ofGlossary.size())))).isEmpty();
    List<SearchIndex.Doc> more = new ArrayList<>(ofGlossary);
    more.add(SearchIndex.Doc.of("Glossary", "new", glossary + "#new", "text"));
    assertThat(patch(files, shards, Map.of(glossary, more))).isEmpty();
    SearchIndex.Doc moved = ofGlossary.get(0);
    assertThat(patch(files, shards, Map.of(glossary, List.of(SearchIndex.Doc.of(moved.k(), moved.t(), moved.u() + "x", moved.x())))))
        .isEmpty();
    assertThat(patch(files, shards, Map.of("../nowhere/index.html", List.of(SearchIndex.Doc.of("Entry", "t", "../nowhere/index.html", "x")))))
        .isEmpty();
    // another number of shards than the files were made in
    assertThat(patch(files, new SearchIndex.Shards(3, 5), Map.of())).isEmpty();
    assertThat(patch(files, new SearchIndex.Shards(2, 4), Map.of())).isEmpty();
    // a file missing, cut short, edited, or of another shard
    for (String name : files.keySet()) {
      Map<String, byte[]> missing = new HashMap<>(files);
      missing.remove(name);
      assertThat(patch(missing, shards, Map.of())).as("without %s", name).isEmpty();
      Map<String, byte[]> cut = new HashMap<>(files);
      cut.put(name, Arrays.copyOf(files.get(name), files.get(name).length - 4));
      assertThat(patch(cut, shards, Map.of())).as("%s cut short", name).isEmpty();
    }
    for (String bad : List.of("{\"words\":[[\"a\",\"\",\"!\"]],\"prefixes\":[]}", "{\"words\":[[\"a\",\"\",\"\"]],\"prefixes\":[]}",
        "{\"words\":[[\"a\",\"zz\",\"\"]],\"prefixes\":[]}", "{\"words\":[[\"a\"]],\"prefixes\":[]}", "[]", "{\"other\":1}")) {
      Map<String, byte[]> edited = new HashMap<>(files);
      edited.put("words-1", ("window.EXPLAINER_SEARCH_SHARD(\"words-1\"," + bad + ");\n").getBytes(StandardCharsets.UTF_8));
      assertThat(patch(edited, shards, Map.of())).as(bad).isEmpty();
    }
    Map<String, byte[]> swapped = new HashMap<>(files);
    swapped.put("docs-1", files.get("docs-2"));
    assertThat(patch(swapped, shards, Map.of())).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * The points {@code doc} scores for the query word {@code term}: 6 for a title word of the same stem
   * ({@link WordForms}), 4 for a title word beginning with it, 2 and 1 for such words of the text (its
   * words not shown included), 0 for none.
   */
  static int points(String term, SearchIndex.Doc doc) {
    String stem = WordForms.stem(term);
    int best = 0;
    for (String w : SearchText.words(doc.t())) {
      best = Math.max(best, WordForms.stem(w).equals(stem) ? 6 : w.startsWith(term) ? 4 : 0);
    }
    for (String w : SearchText.words(text(doc))) {
      best = Math.max(best, WordForms.stem(w).equals(stem) ? 2 : w.startsWith(term) ? 1 : 0);
    }
    return best;
  }

  /** Every word {@code doc} is searched by as text: its text and its words not shown. */
  static String text(SearchIndex.Doc doc) {
    return doc.x() + " " + doc.also();
  }

  static boolean anyWord(String text, java.util.function.Predicate<String> test) {
    return SearchText.words(text).stream().anyMatch(test);
  }

  /** {@code count} documents of English, Ukrainian and accented words from a small vocabulary, many sharing prefixes, from {@code seed}. */
  static List<SearchIndex.Doc> corpus(int count, long seed) {
    String[] vocabulary = {"umbrella", "umbrellas", "Umbra", "um", "NATO", "nation", "national", "naïve", "Sybíha", "summit", "summits", "sum",
        "парасолька", "парасольку", "парасоля", "пара", "паркан", "Україна", "українці", "їжак", "йод", "Café", "cafe", "2024", "24", "x",
        "ΟΔΟΣ", "straße", "e\u0301te", "a", "an", "and", "ally", "allies", "alliance", "invite", "invitation", "invited", "стаття", "статтею",
        "planned", "plan", "Sybiga"};
    Random random = new Random(seed);
    List<SearchIndex.Doc> docs = new ArrayList<>();
    for (int d = 0; d < count; d++) {
      StringBuilder title = new StringBuilder();
      for (int i = 1 + random.nextInt(4); i > 0; i--) {
        title.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
      }
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        text.append(vocabulary[random.nextInt(vocabulary.length)]).append(random.nextInt(5) == 0 ? ", " : " ");
      }
      String also = d % 4 == 0 ? vocabulary[random.nextInt(vocabulary.length)] + " " + vocabulary[random.nextInt(vocabulary.length)] : "";
      docs.add(SearchIndex.Doc.of(d % 3 == 0 ? "Entry" : "Actor", title.toString().strip(), "../articles/" + d + "/index.html", text.toString(), also));
    }
    return docs;
  }

  /** {@code docs} with every fifth one moved to a page of several documents, told apart by their fragments. */
  static List<SearchIndex.Doc> pagesOfSeveralDocuments(List<SearchIndex.Doc> docs) {
    List<SearchIndex.Doc> out = new ArrayList<>();
    for (int d = 0; d < docs.size(); d++) {
      SearchIndex.Doc doc = docs.get(d);
      out.add(d % 5 == 0 ? SearchIndex.Doc.of("Glossary", doc.t(), "../glossary/index.html#term-" + d, doc.x(), doc.also()) : doc);
    }
    return out;
  }

  /** The page a document's URL leads to. */
  static String page(String url) {
    return url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
  }

  /** Every file of {@code index}, by the name {@link SearchIndex#patched} asks for. */
  static Map<String, byte[]> files(SearchIndex index, SearchIndex.Shards shards) {
    Map<String, byte[]> files = new HashMap<>();
    files.put(SearchIndex.MANIFEST, index.manifest());
    shards.names().forEach(name -> files.put(name, index.shard(name)));
    return files;
  }

  static Optional<SearchIndex> patch(Map<String, byte[]> files, SearchIndex.Shards shards, Map<String, List<SearchIndex.Doc>> pages) {
    return SearchIndex.patched(shards, name -> Optional.ofNullable(files.get(name)), pages, 300);
  }

  /** A posting list as the search script decodes it (see {@link Postings}). */
  static List<Integer> decode(String code) {
    List<Integer> out = new ArrayList<>();
    if (code.startsWith("~")) {
      for (int i = 1; i < code.length(); i++) {
        int value = Postings.DIGITS.indexOf(code.charAt(i));
        for (int bit = 0; bit < 6; bit++) {
          if ((value & (1 << bit)) != 0) {
            out.add((i - 1) * 6 + bit);
          }
        }
      }
      return out;
    }
    int doc = -1;
    int number = 0;
    int shift = 0;
    for (int i = 0; i < code.length(); i++) {
      int value = Postings.DIGITS.indexOf(code.charAt(i));
      number += (value & 31) << shift;
      if ((value & 32) != 0) {
        shift += 5;
      } else {
        doc = doc < 0 ? number : doc + 1 + number;
        out.add(doc);
        number = 0;
        shift = 0;
      }
    }
    return out;
  }

  /**
   * The data of an index as the script receives it.
   *
   * @param manifest the manifest
   * @param split its split prefixes
   * @param words each word shard, by number
   * @param docs each document shard, by number
   */
  record Read(JsonNode manifest, Set<String> split, List<JsonNode> words, List<JsonNode> docs) {}

  static Read read(SearchIndex index) {
    JsonNode manifest = data(index.manifest(), "window.EXPLAINER_SEARCH=");
    Set<String> split = new HashSet<>();
    manifest.get("split").forEach(p -> split.add(p.asText()));
    List<JsonNode> words = new ArrayList<>();
    List<JsonNode> docs = new ArrayList<>();
    for (String name : index.shards().names()) {
      JsonNode data = data(index.shard(name), "window.EXPLAINER_SEARCH_SHARD(\"" + name + "\",");
      (name.startsWith(SearchIndex.WORDS) ? words : docs).add(data);
    }
    return new Read(manifest, split, words, docs);
  }

  private static JsonNode data(byte[] script, String before) {
    String text = new String(script, StandardCharsets.UTF_8);
    assertThat(text).startsWith(before).endsWith(";\n");
    String json = text.substring(before.length(), text.length() - (before.endsWith("(") || before.endsWith(",") ? 3 : 2));
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
