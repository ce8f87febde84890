package org.explainer.site;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.explainer.content.Library;

/**
 * The data the search page's script searches, in shards that it loads only when a query needs them
 * (why, and what a query downloads: "Search" in {@code docs/performance.md}). Every file is a script, so
 * it loads under a strict Content-Security-Policy and from disk, where {@code fetch} of a JSON file is
 * not allowed:
 *
 * <ul>
 *   <li>the manifest, {@code search/index.js}: {@code window.EXPLAINER_SEARCH={...}}, with the number of
 *       documents and of shards of each kind, and the split prefixes (below);
 *   <li>word shards, {@code search/words-N.js}: each word with the documents that have it in their title
 *       and in their text, the digests of split prefixes, and the forms entries of scattered stems;
 *   <li>document shards, {@code search/docs-N.js}: for a run of documents, what a result shows (kind,
 *       title, URL, the start of the text).
 * </ul>
 *
 * <p>A shard calls {@code window.EXPLAINER_SEARCH_SHARD(name, data)}. How many shards of each kind there
 * are follows from the number of entries alone ({@link Shards#of}), so the files of the site are known
 * before any text is read, and an edit of a summary changes what the shards hold, never which there are.
 *
 * <p><b>Where a word goes.</b> Its <i>key</i> is its shortest prefix that is not split (the word itself
 * when every prefix is); the word shard is the key's {@link #shardOf hash}. A prefix is <i>split</i> when
 * the entries of the words it begins, two or more, add up to more than {@link #SPLIT_ABOVE} characters:
 * its words then go by longer keys, and a <i>digest</i> of the prefix, in the shard of the prefix
 * itself, lists for each document the best way it matches the prefix. So the words beginning with a
 * query word are in one shard: the digest's when the word is a split prefix, else its key's, whose words
 * beginning with the query word all share that key.
 *
 * <p><b>Forms of a word.</b> A query word also finds the words of its {@link WordForms#stem stem}
 * ("invitations" finds "invitation"). They are in the shard of the stem's key, where the script stems
 * each word to find them; when a split has sent some of them elsewhere, a <i>forms</i> entry there lists
 * the documents that have any of them instead. So a query word needs two shards at most, mostly one.
 *
 * <p>Everything is in a fixed order (documents in registry order, words and prefixes sorted by UTF-16
 * code unit, as the script compares them), so the same site gives the same bytes.
 *
 * <p>A build after an edit of summaries alone does not find the words of every text again: it reads the
 * index back from the files the last build wrote and makes again the documents of the pages it makes
 * again ({@link #patched}), which gives the same bytes.
 */
public final class SearchIndex {
  /** A prefix is split when the word entries it begins add up to more than this many characters. */
  static final int SPLIT_ABOVE = 6_000;
  /** Entries per word shard: the site has one word shard per this many entries, at least one. */
  static final int ENTRIES_PER_WORD_SHARD = 16;
  /** Entries per document shard: the site has one document shard per this many entries, at least one. */
  static final int ENTRIES_PER_DOC_SHARD = 8;
  /** The longest excerpt a document shard holds of a document's text, in characters before the ellipsis. */
  static final int EXCERPT = 160;
  /** The name of a word shard is this and its number. */
  static final String WORDS = "words-";
  /** The name of a document shard is this and its number. */
  static final String DOCS = "docs-";
  /** The name {@link #patched} gives the manifest among the shards' names. */
  static final String MANIFEST = "index";

  /**
   * One searchable record, as a page type gives it ({@link PageType#search}).
   *
   * @param k its kind ("Entry", "Actor", …)
   * @param t its title
   * @param u its URL, relative to the search page
   * @param x the text to search, its white space as written: words are split at it, and a result shows
   *     the start of the text with each run of it made one space ({@link #excerpt})
   * @param also more words to search as text that a result never shows: the other names the record
   *     goes by, such as every spelling of the actors it names ("" for none)
   */
  public record Doc(String k, String t, String u, String x, String also) {
    /** A record of {@code kind}, {@code title} and {@code href} whose text is {@code text}, with no more words. */
    public static Doc of(String kind, String title, String href, String text) {
      return new Doc(kind, title, href, text, "");
    }

    /** A record of {@code kind}, {@code title} and {@code href} whose text is {@code text}, searched also under the words of {@code also}. */
    public static Doc of(String kind, String title, String href, String text, String also) {
      return new Doc(kind, title, href, text, also);
    }

    /** The record at {@code href} instead. */
    Doc at(String href) {
      return new Doc(k, t, href, x, also);
    }

    /**
     * {@code text} with each run of white space ({@code \s} of a regular expression) made one space and
     * none at the start, up to the first {@code limit} characters of that (all of it, if shorter).
     */
    static String collapse(String text, int limit) {
      StringBuilder out = new StringBuilder(Math.min(text.length(), limit));
      boolean space = false;
      for (int i = 0; i < text.length() && out.length() < limit; i++) {
        char c = text.charAt(i);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
          space = out.length() > 0;
        } else {
          if (space) {
            out.append(' ');
            space = false;
          }
          out.append(c);
        }
      }
      return out.toString();
    }

    /**
     * The record as a result shows it: its text with its white space collapsed and stripped, cut to an
     * excerpt of {@value SearchIndex#EXCERPT} characters at most, at a space. Only the start of the text
     * is looked at, unless the text ends (or is white space) near it.
     */
    Result excerpt() {
      String start = collapse(x, 2 * EXCERPT).stripLeading();
      // the start is the collapsed text's own start when text that is not white space follows what is cut
      String text = start.stripTrailing().length() > EXCERPT + 1 ? start : collapse(x, Integer.MAX_VALUE).strip();
      if (text.length() <= EXCERPT) {
        return new Result(k, t, u, text);
      }
      int cut = text.lastIndexOf(' ', EXCERPT);
      if (cut <= 0) {
        cut = Character.isHighSurrogate(text.charAt(EXCERPT - 1)) ? EXCERPT - 1 : EXCERPT;
      }
      return new Result(k, t, u, text.substring(0, cut) + "…");
    }
  }

  /**
   * What a result shows of a record, as a document shard holds it; the component names are the JSON keys
   * the search script reads.
   *
   * @param k its kind
   * @param t its title
   * @param u its URL, relative to the search page
   * @param x the start of its text ({@link Doc#excerpt})
   */
  record Result(String k, String t, String u, String x) {}

  /**
   * How many shards of each kind a site has.
   *
   * @param words word shards
   * @param docs document shards
   */
  record Shards(int words, int docs) {
    /** The shards of the site of {@code library}: those of {@link #forEntries} its number of entries. */
    static Shards of(Library library) {
      return forEntries(library.articles().size());
    }

    /** The shards of a site of {@code entries} entries: one word shard per 16 entries, one document shard per 8, at least one of each. */
    static Shards forEntries(int entries) {
      return new Shards(Math.max(1, ceilDiv(entries, ENTRIES_PER_WORD_SHARD)), Math.max(1, ceilDiv(entries, ENTRIES_PER_DOC_SHARD)));
    }

    /** Every shard's name, word shards first, each kind by number. */
    List<String> names() {
      List<String> out = new ArrayList<>(words + docs);
      IntStream.range(0, words).forEach(i -> out.add(WORDS + i));
      IntStream.range(0, docs).forEach(i -> out.add(DOCS + i));
      return List.copyOf(out);
    }
  }

  /**
   * What the manifest holds.
   *
   * @param documents how many documents there are, numbered from 0 in registry order
   * @param wordShards how many word shards there are
   * @param documentShards how many document shards there are; document {@code d} is in shard {@code
   *     floor(d × documentShards / documents)}
   * @param split the split prefixes, sorted
   */
  record Manifest(int documents, int wordShards, int documentShards, List<String> split) {}

  /**
   * What a word shard holds.
   *
   * @param words each word, sorted: {@code [word, title postings, text postings]}
   * @param prefixes each split prefix, sorted: {@code [prefix, then the documents that have a word of the
   *     title beginning with it, and those that have none but a word of the text beginning with it]}
   * @param forms each stem whose words are not all in this shard, sorted (the shard is its own key's):
   *     {@code [stem, the documents that have a word of that stem in the title, and in the text]}
   */
  record WordShard(List<List<String>> words, List<List<String>> prefixes, List<List<String>> forms) {}

  /**
   * What a document shard holds.
   *
   * @param first the number of its first document
   * @param docs its documents in order, each with an excerpt of its text
   */
  record DocShard(int first, List<Result> docs) {}

  private final Shards shards;
  private final Manifest manifest;
  private final List<WordShard> wordShards;
  private final List<Result> docs;

  private SearchIndex(Shards shards, Manifest manifest, List<WordShard> wordShards, List<Result> docs) {
    this.shards = shards;
    this.manifest = manifest;
    this.wordShards = wordShards;
    this.docs = docs;
  }

  /** A word: the documents that have it in their title and in their text, numbered in the order given. */
  private static final class Word {
    final String text;
    final Postings title;
    final Postings body;
    List<String> entry;
    int size;
    int shard;

    Word(String text) {
      this(text, new Postings(), new Postings());
    }

    Word(String text, Postings title, Postings body) {
      this.text = text;
      this.title = title;
      this.body = body;
    }
  }

  /**
   * A run of documents with their words found, each word with the documents of the run that have it,
   * numbered from 0 in the run: what one thread makes of the index ({@link #ofParts} puts the runs
   * together).
   */
  static final class Part {
    private final List<Result> excerpts;
    private final Map<String, Word> words = new HashMap<>();

    /** The run of {@code docs}. */
    Part(List<Doc> docs) {
      for (int d = 0; d < docs.size(); d++) {
        int doc = d;
        SearchText.words(docs.get(d).t(), w -> words.computeIfAbsent(w, Word::new).title.add(doc));
        SearchText.words(docs.get(d).x(), w -> words.computeIfAbsent(w, Word::new).body.add(doc));
        SearchText.words(docs.get(d).also(), w -> words.computeIfAbsent(w, Word::new).body.add(doc));
      }
      this.excerpts = docs.stream().map(Doc::excerpt).toList();
    }
  }

  /** The index of {@code docs}, numbered in their order, in {@code shards}. */
  static SearchIndex of(List<Doc> docs, Shards shards) {
    return of(docs, shards, SPLIT_ABOVE);
  }

  /** As {@link #of(List, Shards)}, splitting prefixes whose words add up to more than {@code splitAbove} characters. */
  static SearchIndex of(List<Doc> docs, Shards shards, int splitAbove) {
    return ofParts(List.of(new Part(docs)), shards, splitAbove);
  }

  /**
   * The index of the documents of {@code parts}, numbered in order through the parts, in {@code shards},
   * splitting prefixes whose words add up to more than {@code splitAbove} characters.
   */
  static SearchIndex ofParts(List<Part> parts, Shards shards, int splitAbove) {
    Map<String, Word> byText = new HashMap<>(parts.get(0).words);
    List<Result> docs = new ArrayList<>(parts.get(0).excerpts);
    for (Part part : parts.subList(1, parts.size())) {
      int first = docs.size();
      part.words.forEach((text, found) -> {
        Word word = byText.computeIfAbsent(text, Word::new);
        word.title.addAll(found.title, first);
        word.body.addAll(found.body, first);
      });
      docs.addAll(part.excerpts);
    }
    return index(byText, docs, shards, splitAbove);
  }

  /**
   * The index of {@code docs} (each already cut to its excerpt), whose words are {@code byText}, in
   * {@code shards}, splitting prefixes whose words add up to more than {@code splitAbove} characters.
   */
  private static SearchIndex index(Map<String, Word> byText, List<Result> docs, Shards shards, int splitAbove) {
    Word[] words = byText.values().toArray(Word[]::new);
    Arrays.sort(words, (a, b) -> a.text.compareTo(b.text));
    for (Word w : words) {
      w.entry = List.of(w.text, w.title.encoded(), w.body.encoded());
      w.size = w.text.length() + w.entry.get(1).length() + w.entry.get(2).length() + 10;
    }
    TreeSet<String> split = split(words, splitAbove);

    List<List<List<String>>> shardWords = new ArrayList<>();
    List<List<List<String>>> shardPrefixes = new ArrayList<>();
    List<List<List<String>>> shardForms = new ArrayList<>();
    for (int i = 0; i < shards.words(); i++) {
      shardWords.add(new ArrayList<>());
      shardPrefixes.add(new ArrayList<>());
      shardForms.add(new ArrayList<>());
    }
    TreeMap<String, List<Word>> byStem = new TreeMap<>();
    for (Word w : words) {
      w.shard = shardOf(keyOf(w.text, split), shards.words());
      shardWords.get(w.shard).add(w.entry);
      byStem.computeIfAbsent(WordForms.stem(w.text), s -> new ArrayList<>()).add(w);
    }
    int[] best = new int[docs.size()];
    for (String prefix : split) {
      shardPrefixes.get(shardOf(prefix, shards.words())).add(digest(prefix, words, best));
    }
    // a stem's words are found in its key's shard, where they all are unless a split scattered them
    byStem.forEach((stem, forms) -> {
      int shard = shardOf(keyOf(stem, split), shards.words());
      if (forms.stream().anyMatch(w -> w.shard != shard)) {
        shardForms.get(shard).add(List.of(stem, union(forms, w -> w.title).encoded(), union(forms, w -> w.body).encoded()));
      }
    });
    List<WordShard> wordShards = IntStream.range(0, shards.words())
        .mapToObj(i -> new WordShard(List.copyOf(shardWords.get(i)), List.copyOf(shardPrefixes.get(i)), List.copyOf(shardForms.get(i))))
        .toList();
    return new SearchIndex(shards, new Manifest(docs.size(), shards.words(), shards.docs(), List.copyOf(split)), wordShards,
        List.copyOf(docs));
  }

  /**
   * The index that the files of an earlier build hold, with the documents of some pages made again: the
   * same as {@link #of} of every document as it is now, when the documents of every other page are as
   * they were then. This reads each word's documents back from the word shards and each document's
   * excerpt from the document shards, instead of finding the words of every text again.
   *
   * <p>A document belongs to the page its URL leads to, before any {@code #}. Empty, and the index must
   * be made anew, when a file cannot be read back whole (missing, not made by this class, another
   * number of shards or documents), or when a page made again has not as many documents as it had, at
   * the same URLs.
   *
   * @param shards how many shards the site has now
   * @param file the bytes of each file of the earlier search data, by shard name ({@link Shards#names()}),
   *     or {@link #MANIFEST} for the manifest; empty when there is no such file
   * @param pages the documents now of each page made again, by the page's URL relative to the search
   *     page; their URLs are relative to the search page too
   */
  static Optional<SearchIndex> patched(Shards shards, Function<String, Optional<byte[]>> file, Map<String, List<Doc>> pages,
      int splitAbove) {
    try {
      Manifest manifest = parse(file.apply(MANIFEST), "window.EXPLAINER_SEARCH=", ";\n", Manifest.class);
      if (manifest.wordShards() != shards.words() || manifest.documentShards() != shards.docs()) {
        return Optional.empty();
      }
      List<Result> docs = new ArrayList<>(manifest.documents());
      for (int i = 0; i < shards.docs(); i++) {
        String name = DOCS + i;
        DocShard shard = parse(file.apply(name), "window.EXPLAINER_SEARCH_SHARD(" + Json.script(name) + ",", ");\n", DocShard.class);
        if (shard.first() != docs.size()) {
          return Optional.empty();
        }
        docs.addAll(shard.docs());
      }
      Map<String, Word> byText = new HashMap<>();
      for (int i = 0; i < shards.words(); i++) {
        String name = WORDS + i;
        WordShard shard = parse(file.apply(name), "window.EXPLAINER_SEARCH_SHARD(" + Json.script(name) + ",", ");\n", WordShard.class);
        for (List<String> entry : shard.words()) {
          if (entry.size() != 3) {
            return Optional.empty();
          }
          Word word = new Word(entry.get(0), Postings.decode(entry.get(1)), Postings.decode(entry.get(2)));
          if (byText.put(word.text, word) != null || word.title.size() + word.body.size() == 0
              || last(word.title) >= docs.size() || last(word.body) >= docs.size()) {
            return Optional.empty();
          }
        }
      }
      if (docs.size() != manifest.documents()) {
        return Optional.empty();
      }
      // each page's documents now take the numbers of its documents then, in order
      Map<String, List<Integer>> numbers = new HashMap<>();
      for (int d = 0; d < docs.size(); d++) {
        String page = pageOf(docs.get(d).u());
        if (pages.containsKey(page)) {
          numbers.computeIfAbsent(page, p -> new ArrayList<>()).add(d);
        }
      }
      Map<Integer, Doc> made = new HashMap<>();
      for (Map.Entry<String, List<Doc>> page : pages.entrySet()) {
        List<Integer> then = numbers.getOrDefault(page.getKey(), List.of());
        List<Doc> now = page.getValue();
        if (then.size() != now.size()) {
          return Optional.empty();
        }
        for (int i = 0; i < now.size(); i++) {
          if (!pageOf(now.get(i).u()).equals(page.getKey()) || !now.get(i).u().equals(docs.get(then.get(i)).u())) {
            return Optional.empty();
          }
          made.put(then.get(i), now.get(i));
        }
      }
      // the documents made again leave every word's lists, then join those of their words now
      Set<Integer> again = made.keySet();
      for (Word word : byText.values()) {
        again.forEach(d -> {
          word.title.remove(d);
          word.body.remove(d);
        });
      }
      for (Map.Entry<Integer, Doc> doc : made.entrySet()) {
        int d = doc.getKey();
        SearchText.words(doc.getValue().t(), w -> byText.computeIfAbsent(w, Word::new).title.insert(d));
        SearchText.words(doc.getValue().x(), w -> byText.computeIfAbsent(w, Word::new).body.insert(d));
        SearchText.words(doc.getValue().also(), w -> byText.computeIfAbsent(w, Word::new).body.insert(d));
        docs.set(d, doc.getValue().excerpt());
      }
      byText.values().removeIf(word -> word.title.size() + word.body.size() == 0);
      return Optional.of(index(byText, List.copyOf(docs), shards, splitAbove));
    } catch (IllegalArgumentException | IndexOutOfBoundsException | NullPointerException e) {
      // a file that is not what this class writes: the index is made anew
      return Optional.empty();
    }
  }

  /** The page a document's URL leads to: the URL before any {@code #}. */
  private static String pageOf(String url) {
    int hash = url.indexOf('#');
    return hash < 0 ? url : url.substring(0, hash);
  }

  private static int last(Postings postings) {
    return postings.size() == 0 ? -1 : postings.get(postings.size() - 1);
  }

  /**
   * The value of type {@code type} in {@code bytes}, a script that is {@code start}, then JSON, then
   * {@code end}.
   *
   * @throws IllegalArgumentException when the bytes are missing or are not such a script
   */
  private static <T> T parse(Optional<byte[]> bytes, String start, String end, Class<T> type) {
    String text = new String(bytes.orElseThrow(() -> new IllegalArgumentException("no file")), StandardCharsets.UTF_8);
    if (!text.startsWith(start) || !text.endsWith(end) || text.length() < start.length() + end.length()) {
      throw new IllegalArgumentException("not a search file");
    }
    return Json.read(text.substring(start.length(), text.length() - end.length()), type);
  }

  /** The split prefixes: those whose words, two or more, add up to more than {@code splitAbove} characters. */
  private static TreeSet<String> split(Word[] words, int splitAbove) {
    Map<String, long[]> sizeAndCount = new HashMap<>();
    for (Word w : words) {
      for (int end = 0; end < w.text.length(); ) {
        end += Character.charCount(w.text.codePointAt(end));
        long[] stats = sizeAndCount.computeIfAbsent(w.text.substring(0, end), p -> new long[2]);
        stats[0] += w.size;
        stats[1]++;
      }
    }
    TreeSet<String> split = new TreeSet<>();
    sizeAndCount.forEach((prefix, stats) -> {
      if (stats[0] > splitAbove && stats[1] >= 2) {
        split.add(prefix);
      }
    });
    return split;
  }

  /** The key of {@code word}: its shortest prefix (by code point) that is not split, or the word itself when every prefix is. */
  static String keyOf(String word, Set<String> split) {
    for (int end = 0; end < word.length(); ) {
      end += Character.charCount(word.codePointAt(end));
      String prefix = word.substring(0, end);
      if (!split.contains(prefix)) {
        return prefix;
      }
    }
    return word;
  }

  /** The word shard of {@code key}: its 32-bit FNV-1a hash over UTF-16 code units, unsigned, modulo {@code shards}. */
  static int shardOf(String key, int shards) {
    int hash = 0x811c9dc5;
    for (int i = 0; i < key.length(); i++) {
      hash ^= key.charAt(i);
      hash *= 0x01000193;
    }
    return Integer.remainderUnsigned(hash, shards);
  }

  /**
   * The digest of {@code prefix}: each document in one of two lists, by the best way it matches the
   * prefix (a title word beginning with it, else a word of its text beginning with it). {@code best} is
   * scratch space, all zero, one per document.
   */
  private static List<String> digest(String prefix, Word[] words, int[] best) {
    IntStream.Builder touched = IntStream.builder();
    for (int i = lowerBound(words, prefix); i < words.length && words[i].text.startsWith(prefix); i++) {
      raise(best, words[i].title, 2, touched);
      raise(best, words[i].body, 1, touched);
    }
    Postings[] levels = {new Postings(), new Postings()};
    for (int doc : touched.build().sorted().toArray()) {
      levels[2 - best[doc]].add(doc);
      best[doc] = 0;
    }
    return List.of(prefix, levels[0].encoded(), levels[1].encoded());
  }

  /** The documents of the lists that {@code list} gives of each of {@code words}, each once, in order. */
  private static Postings union(List<Word> words, Function<Word, Postings> list) {
    IntStream.Builder all = IntStream.builder();
    for (Word w : words) {
      Postings docs = list.apply(w);
      for (int i = 0; i < docs.size(); i++) {
        all.add(docs.get(i));
      }
    }
    Postings out = new Postings();
    all.build().sorted().forEach(out::add); // add takes a number again as once
    return out;
  }

  /** Raises {@code best} of each document of {@code docs} to {@code level}, adding to {@code touched} those seen first. */
  private static void raise(int[] best, Postings docs, int level, IntStream.Builder touched) {
    for (int i = 0; i < docs.size(); i++) {
      int doc = docs.get(i);
      if (best[doc] == 0) {
        touched.add(doc);
      }
      best[doc] = Math.max(best[doc], level);
    }
  }

  private static int lowerBound(Word[] words, String text) {
    int low = 0;
    int high = words.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (words[middle].text.compareTo(text) < 0) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /** How many shards of each kind the index has. */
  Shards shards() {
    return shards;
  }

  /** The manifest, {@code window.EXPLAINER_SEARCH={...};} and a line end, in UTF-8. */
  byte[] manifest() {
    return ("window.EXPLAINER_SEARCH=" + Json.script(manifest) + ";\n").getBytes(StandardCharsets.UTF_8);
  }

  /** The shard called {@code name} (one of {@link Shards#names()}), as a script in UTF-8. */
  byte[] shard(String name) {
    Object data;
    if (name.startsWith(WORDS)) {
      data = wordShards.get(number(name, WORDS, shards.words()));
    } else if (name.startsWith(DOCS)) {
      int shard = number(name, DOCS, shards.docs());
      int first = firstDoc(shard);
      data = new DocShard(first, docs.subList(first, firstDoc(shard + 1)));
    } else {
      throw new IllegalArgumentException("no search shard is called '" + name + "'");
    }
    return ("window.EXPLAINER_SEARCH_SHARD(" + Json.script(name) + "," + Json.script(data) + ");\n").getBytes(StandardCharsets.UTF_8);
  }

  /** The number of the first document of document shard {@code shard}: the least {@code d} with {@code floor(d × shards / documents) = shard}. */
  private int firstDoc(int shard) {
    return (int) ceilDiv((long) shard * docs.size(), shards.docs());
  }

  private static int number(String name, String kind, int count) {
    try {
      int n = Integer.parseInt(name.substring(kind.length()));
      if (n >= 0 && n < count) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("no search shard is called '" + name + "'; there are " + count + " of '" + kind + "N'");
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }
}
