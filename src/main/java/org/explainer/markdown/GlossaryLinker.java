package org.explainer.markdown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.explainer.content.GlossaryTerm;

/**
 * Links the first use of each glossary term in a rendered text to its definition. Text inside links,
 * headings, code and quotations is left alone, and a term the text already links to is not linked
 * again.
 *
 * <p>Works on the HTML the Markdown renderer writes (well formed, text escaped, attribute values
 * quoted) in one pass, without building a document tree: the text outside the skipped elements is
 * decoded and lowercased once, one pass over its words finds where each term form occurs (forms are
 * indexed by their first word), and the links are spliced into the HTML as written, so everything else
 * stays byte for byte. A term matches whole words
 * only, case-insensitively; a match never spans two text runs (an element or an earlier link between
 * them ends a run), as if each run were matched on its own.
 */
public final class GlossaryLinker {
  private static final String[] SKIP = {"a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "q", "blockquote"};
  /** Separates text runs in the searched text; not a letter or digit, so it also ends a word. */
  private static final char RUN_END = '\u0000';

  private record Form(String text, String lower, GlossaryTerm term) {}

  private final List<Form> forms = new ArrayList<>();
  /** Forms by their first word (lowercased), for forms that start with a letter or digit. */
  private final FirstWords byFirstWord;
  /** Forms that start with another character, searched for one by one. */
  private final List<Integer> unindexed = new ArrayList<>();

  /** A linker for {@code terms}; longer forms are tried first so "Washington summit" beats "summit". */
  public GlossaryLinker(List<GlossaryTerm> terms) {
    for (GlossaryTerm term : terms) {
      List<String> names = new ArrayList<>(term.variants());
      names.add(0, term.term());
      for (String name : names) {
        if (!name.isEmpty()) {
          forms.add(new Form(name, lowerChars(name), term));
        }
      }
    }
    forms.sort(Comparator.comparingInt((Form f) -> -f.text().length()).thenComparing(Form::text));
    Map<String, List<Integer>> firstWords = new LinkedHashMap<>();
    for (int f = 0; f < forms.size(); f++) {
      String lower = forms.get(f).lower();
      int word = endOfWord(lower.toCharArray(), 0, lower.length());
      if (word == 0) {
        unindexed.add(f);
      } else {
        firstWords.computeIfAbsent(lower.substring(0, word), w -> new ArrayList<>()).add(f);
      }
    }
    this.byFirstWord = new FirstWords(firstWords);
  }

  /**
   * The forms' first words, looked up straight from a range of chars: no string is made for a word of
   * the text, and most words are turned away by their first char or their length before any hashing.
   */
  private static final class FirstWords {
    private final boolean[] firstChars = new boolean[Character.MAX_VALUE + 1];
    private final boolean[] lengths;
    private final char[][] words;
    private final int[][] formsOf;
    private final int[] slots; // open addressing: index into words + 1, 0 for an empty slot
    private final int mask;

    FirstWords(Map<String, List<Integer>> firstWords) {
      int n = firstWords.size();
      words = new char[n][];
      formsOf = new int[n][];
      int longest = 0;
      int size = Integer.highestOneBit(Math.max(4, n * 4) - 1) << 1;
      slots = new int[size];
      mask = size - 1;
      int w = 0;
      for (Map.Entry<String, List<Integer>> entry : firstWords.entrySet()) {
        char[] word = entry.getKey().toCharArray();
        words[w] = word;
        formsOf[w] = entry.getValue().stream().mapToInt(Integer::intValue).toArray();
        firstChars[word[0]] = true;
        longest = Math.max(longest, word.length);
        int slot = hash(word, 0, word.length) & mask;
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = w + 1;
        w++;
      }
      lengths = new boolean[longest + 1];
      for (char[] word : words) {
        lengths[word.length] = true;
      }
    }

    /** The forms whose first word is {@code chars[from, to)}, or null. */
    int[] forms(char[] chars, int from, int to) {
      int length = to - from;
      if (!firstChars[chars[from]] || length >= lengths.length || !lengths[length]) {
        return null;
      }
      for (int slot = hash(chars, from, to) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
        char[] word = words[slots[slot] - 1];
        if (java.util.Arrays.equals(word, 0, word.length, chars, from, to)) {
          return formsOf[slots[slot] - 1];
        }
      }
      return null;
    }

    private static int hash(char[] chars, int from, int to) {
      int h = 0;
      for (int i = from; i < to; i++) {
        h = 31 * h + chars[i];
      }
      return h ^ (h >>> 16);
    }
  }

  /**
   * {@code html} with the first use of each term linked to {@code glossaryHref + "#" + id}; terms
   * already linked to are skipped.
   */
  public String link(String html, String glossaryHref) {
    if (forms.isEmpty()) {
      return html;
    }
    Text text = Text.of(html, glossaryHref + "#");
    char[] lower = text.chars;
    int n = text.size;
    // which characters of the searched text are already inside a link made here
    boolean[] linked = new boolean[n];
    List<int[]> links = new ArrayList<>(); // {html start, html end, form index}
    Set<String> done = text.linkedIds;
    List<List<Integer>> candidates = candidates(lower, n);
    List<int[]> made = new ArrayList<>(); // the links made so far, as ranges of the searched text
    for (int f = 0; f < forms.size(); f++) {
      Form form = forms.get(f);
      if (done.contains(form.term().id()) || candidates.get(f) == null && made.isEmpty()) {
        continue;
      }
      int at = first(lower, n, form.lower(), candidates.get(f), linked, made);
      if (at >= 0) {
        int end = at + form.lower().length();
        for (int i = at; i < end; i++) {
          linked[i] = true;
        }
        made.add(new int[] {at, end});
        links.add(new int[] {text.htmlStart(at), text.htmlEnd(end - 1), f});
        done.add(form.term().id());
      }
    }
    if (links.isEmpty()) {
      return html;
    }
    links.sort(Comparator.comparingInt(l -> l[0]));
    StringBuilder out = new StringBuilder(html.length() + links.size() * 64);
    int copied = 0;
    for (int[] l : links) {
      out.append(html, copied, l[0]).append("<a href=\"").append(attribute(glossaryHref + "#" + forms.get(l[2]).term().id()))
          .append("\" class=\"term\">").append(html, l[0], l[1]).append("</a>");
      copied = l[1];
    }
    return out.append(html, copied, html.length()).toString();
  }

  /**
   * For each form (by index), the positions in {@code lower} where it occurs as whole words, in order;
   * null for a form that does not occur. Found in one pass over the words of the text.
   */
  private List<List<Integer>> candidates(char[] chars, int n) {
    // the word scan reads the char array: String.charAt on a UTF-16 string is slow without C2
    List<List<Integer>> out = new ArrayList<>(java.util.Collections.nCopies(forms.size(), null));
    int i = 0;
    while (i < n) {
      int end = endOfWord(chars, i, n);
      if (end == i) {
        i += Character.charCount(Character.codePointAt(chars, i, n));
        continue;
      }
      int[] starting = byFirstWord.forms(chars, i, end);
      if (starting != null) {
        for (int f : starting) {
          String form = forms.get(f).lower();
          int after = i + form.length();
          if (startsWith(chars, n, form, i) && (after >= n || !letterOrDigit(Character.codePointAt(chars, after, n)))) {
            add(out, f, i);
          }
        }
      }
      i = end;
    }
    String lower = unindexed.isEmpty() ? null : new String(chars, 0, n);
    for (int f : unindexed) {
      String form = forms.get(f).lower();
      for (int at = lower.indexOf(form); at >= 0; at = lower.indexOf(form, at + 1)) {
        if ((at == 0 || !letterOrDigit(lower.codePointBefore(at)))
            && (at + form.length() >= n || !letterOrDigit(lower.codePointAt(at + form.length())))) {
          add(out, f, at);
        }
      }
    }
    return out;
  }

  private static void add(List<List<Integer>> out, int form, int at) {
    if (out.get(form) == null) {
      out.set(form, new ArrayList<>(2));
    }
    out.get(form).add(at);
  }

  /**
   * The first of a form's whole-word occurrences that no earlier link covers; -1 if none. Next to an
   * earlier link a text run ends (as when the link splits a text node), so an occurrence that touches a
   * link counts as whole on that side.
   */
  private static int first(char[] lower, int n, String form, List<Integer> occurrences, boolean[] linked, List<int[]> made) {
    int best = -1;
    if (occurrences != null) {
      for (int at : occurrences) {
        if (!covered(linked, at, at + form.length())) {
          best = at;
          break;
        }
      }
    }
    for (int[] link : made) {
      for (int at : new int[] {link[1], link[0] - form.length()}) {
        if (at >= 0 && (best < 0 || at < best) && startsWith(lower, n, form, at) && !covered(linked, at, at + form.length())
            && wordStart(lower, at, linked) && wordEnd(lower, n, at + form.length(), linked)) {
          best = at;
        }
      }
    }
    return best;
  }

  /** True when {@code form} occurs in the first {@code n} chars of {@code chars} at {@code at}. */
  private static boolean startsWith(char[] chars, int n, String form, int at) {
    if (at + form.length() > n) {
      return false;
    }
    for (int k = 0; k < form.length(); k++) {
      if (chars[at + k] != form.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The end of the run of letters and digits that starts at {@code from} ({@code from} if none), within
   * the first {@code n} chars of {@code chars}.
   */
  private static int endOfWord(char[] chars, int from, int n) {
    int i = from;
    while (i < n) {
      char c = chars[i];
      if (c < 0x80) {
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
          i++;
          continue;
        }
        break;
      }
      int cp = Character.codePointAt(chars, i, n);
      if (!letterOrDigit(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  private static boolean covered(boolean[] linked, int from, int to) {
    for (int i = from; i < to; i++) {
      if (linked[i]) {
        return true;
      }
    }
    return false;
  }

  /** True when no letter or digit of the same run comes right before {@code at}. */
  private static boolean wordStart(char[] s, int at, boolean[] linked) {
    if (at == 0 || linked[at - 1]) {
      return true;
    }
    return !letterOrDigit(Character.codePointBefore(s, at));
  }

  /** True when no letter or digit of the same run comes right after {@code end}. */
  private static boolean wordEnd(char[] s, int n, int end, boolean[] linked) {
    if (end >= n || linked[end]) {
      return true;
    }
    return !letterOrDigit(Character.codePointAt(s, end, n));
  }

  /** Regex {@code [\p{L}\p{N}]}. */
  private static boolean letterOrDigit(int cp) {
    if (cp < 0x80) {
      return cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9' || cp >= 'A' && cp <= 'Z';
    }
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  /**
   * {@code Character.toLowerCase(c)}, without the lookup for General Punctuation (U+2000 to U+206F:
   * the typographic quotes, dashes and spaces of rendered text), which has no case.
   */
  static char lowerCase(char c) {
    return c >= '\u2000' && c <= '\u206F' ? c : Character.toLowerCase(c);
  }

  /** Lowercased char by char, so that offsets stay the same. */
  private static String lowerChars(String s) {
    char[] chars = s.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(chars[i]);
    }
    return new String(chars);
  }

  private static String attribute(String value) {
    return value.replace("&", "&amp;").replace("\"", "&quot;");
  }

  /**
   * The linkable text of an HTML fragment, lowercased char by char: the decoded text outside skipped
   * elements, runs separated by {@link #RUN_END}, with where in the HTML each character came from;
   * and the glossary ids that links in the fragment already point at.
   */
  private static final class Text {
    private char[] chars;
    private int size;
    // the text is made of segments: a stretch of plain HTML text (offsets map one to one) or one entity
    private int[] segmentText = new int[64];
    private int[] segmentHtml = new int[64];
    private int[] segmentHtmlEnd = new int[64]; // -1 for a plain stretch
    private int segments;
    private final Set<String> linkedIds = new HashSet<>();

    static Text of(String html, String glossaryPrefix) {
      // the text is never longer than the HTML: an entity decodes to fewer chars, a tag of three or
      // more becomes at most one run end
      Text text = new Text(html.length() + 1);
      char[] h = html.toCharArray(); // read from an array: String.charAt on a UTF-16 string is slow without C2
      int skipDepth = 0;
      int i = 0;
      int n = h.length;
      while (i < n) {
        char c = h[i];
        if (c == '<') {
          int close = tagEnd(h, i);
          boolean closing = i + 1 < n && h[i + 1] == '/';
          int nameStart = closing ? i + 2 : i + 1;
          int nameEnd = nameStart;
          while (nameEnd < n && Character.isLetterOrDigit(h[nameEnd])) {
            nameEnd++;
          }
          boolean anchor = nameEnd - nameStart == 1 && (h[nameStart] | 0x20) == 'a';
          if (anchor || skipped(html, nameStart, nameEnd)) {
            if (closing) {
              skipDepth = Math.max(0, skipDepth - 1);
            } else if (h[close - 1] != '/') {
              skipDepth++;
            }
          }
          if (!closing && anchor) {
            String href = hrefOf(html.substring(i, close + 1));
            if (href != null && href.startsWith(glossaryPrefix)) {
              text.linkedIds.add(href.substring(glossaryPrefix.length()));
            }
          }
          text.endRun();
          i = close + 1;
        } else if (c == '&') {
          int semi = html.indexOf(';', i);
          int end = semi < 0 || semi - i > 32 ? i + 1 : semi + 1;
          if (skipDepth == 0) {
            text.entity(end == i + 1 ? "&" : decode(html.substring(i, end)), i, end);
          }
          i = end;
        } else {
          int j = i + 1;
          while (j < n && h[j] != '<' && h[j] != '&') {
            j++;
          }
          if (skipDepth == 0) {
            text.plain(h, i, j);
          }
          i = j;
        }
      }
      return text;
    }

    private Text(int capacity) {
      chars = new char[capacity];
    }

    /** The HTML offset where text character {@code at} starts. */
    int htmlStart(int at) {
      int s = segmentOf(at);
      return segmentHtmlEnd[s] < 0 ? segmentHtml[s] + (at - segmentText[s]) : segmentHtml[s];
    }

    /** The HTML offset where text character {@code at} ends. */
    int htmlEnd(int at) {
      int s = segmentOf(at);
      return segmentHtmlEnd[s] < 0 ? segmentHtml[s] + (at - segmentText[s]) + 1 : segmentHtmlEnd[s];
    }

    private int segmentOf(int at) {
      int found = java.util.Arrays.binarySearch(segmentText, 0, segments, at);
      if (found >= 0) {
        // an entity that decoded to nothing shares its start with the next segment: take the last
        while (found + 1 < segments && segmentText[found + 1] == at) {
          found++;
        }
        return found;
      }
      return -found - 2;
    }

    private void plain(char[] html, int from, int to) {
      segment(size, from, -1);
      ensure(to - from);
      for (int k = from; k < to; k++) {
        char c = html[k];
        chars[size++] = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : lowerCase(c);
      }
    }

    private void entity(String decoded, int from, int to) {
      segment(size, from, to);
      ensure(decoded.length());
      for (int k = 0; k < decoded.length(); k++) {
        chars[size++] = Character.toLowerCase(decoded.charAt(k));
      }
    }

    private void endRun() {
      if (size > 0 && chars[size - 1] != RUN_END) {
        ensure(1);
        chars[size++] = RUN_END; // never part of a match, so it needs no segment of its own
      }
    }

    private void segment(int textStart, int htmlStart, int htmlEnd) {
      if (segments == segmentText.length) {
        segmentText = java.util.Arrays.copyOf(segmentText, segments * 2);
        segmentHtml = java.util.Arrays.copyOf(segmentHtml, segments * 2);
        segmentHtmlEnd = java.util.Arrays.copyOf(segmentHtmlEnd, segments * 2);
      }
      segmentText[segments] = textStart;
      segmentHtml[segments] = htmlStart;
      segmentHtmlEnd[segments] = htmlEnd;
      segments++;
    }

    private void ensure(int more) {
      if (size + more > chars.length) {
        chars = java.util.Arrays.copyOf(chars, Math.max(chars.length * 2, size + more));
      }
    }

    /** An entity's text: the ones the Markdown renderer writes directly, any other through jsoup. */
    private static String decode(String entity) {
      return switch (entity) {
        case "&amp;" -> "&";
        case "&lt;" -> "<";
        case "&gt;" -> ">";
        case "&quot;" -> "\"";
        case "&ldquo;" -> "\u201C";
        case "&rdquo;" -> "\u201D";
        case "&lsquo;" -> "\u2018";
        case "&rsquo;" -> "\u2019";
        case "&hellip;" -> "\u2026";
        case "&ndash;" -> "\u2013";
        case "&mdash;" -> "\u2014";
        case "&laquo;" -> "\u00AB";
        case "&raquo;" -> "\u00BB";
        case "&nbsp;" -> "\u00A0";
        default -> org.jsoup.parser.Parser.unescapeEntities(entity, false);
      };
    }

    /** The index of the '>' that ends the tag starting at {@code start}, quoted attribute values skipped. */
    private static int tagEnd(char[] html, int start) {
      char quote = 0;
      for (int i = start + 1; i < html.length; i++) {
        char c = html[i];
        if (quote != 0) {
          if (c == quote) {
            quote = 0;
          }
        } else if (c == '"' || c == '\'') {
          quote = c;
        } else if (c == '>') {
          return i;
        }
      }
      return html.length - 1;
    }

    /** True when the tag name at {@code [from, to)} is one of {@link #SKIP}, in any case. */
    private static boolean skipped(String html, int from, int to) {
      int length = to - from;
      if (length < 1 || length > 10) {
        return false;
      }
      for (String name : SKIP) {
        if (name.length() == length && html.regionMatches(true, from, name, 0, length)) {
          return true;
        }
      }
      return false;
    }

    /** The decoded value of a tag's href attribute, or null. */
    private static String hrefOf(String tag) {
      int at = tag.indexOf(" href=\"");
      if (at < 0) {
        return null;
      }
      int from = at + " href=\"".length();
      int end = tag.indexOf('"', from);
      if (end < 0) {
        return null;
      }
      String value = tag.substring(from, end);
      return value.indexOf('&') < 0 ? value : org.jsoup.parser.Parser.unescapeEntities(value, true);
    }
  }
}
