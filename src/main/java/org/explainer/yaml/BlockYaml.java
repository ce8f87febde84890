package org.explainer.yaml;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.explainer.diagnostic.Location;

/**
 * A fast reader for the plain block YAML that content files are written in, used by {@link YamlReader}
 * before it turns to Jackson and SnakeYAML. It reads only:
 *
 * <ul>
 *   <li>block mappings whose keys are letters, digits, '_' and '-', starting with a letter or '_';
 *   <li>block sequences, indented under their key or not, whose items are such mappings or scalars;
 *   <li>double-quoted scalars closed on their own line, without a backslash;
 *   <li>plain scalars made of ASCII letters and digits joined by single hyphens or spaces
 *       ({@code invite-now}, {@code About}, {@code 9}, {@code true}), where the type the library would
 *       give them is certain (see {@link #plain});
 *   <li>blank lines and whole-line comments.
 * </ul>
 *
 * <p>Anything else, and anything the library would report (a duplicate key, a tab, a character YAML
 * does not allow, a value over the length limit), makes {@link #read} answer null, and the library
 * reads the text instead: it alone decides every error message and every construct outside this list.
 * What this reader accepts, it reads into the same tree as the library, locations included; a
 * differential test holds it to that over many random documents.
 *
 * <p>Why: front matter was about a seventh of the CPU time of a 1,000-entry build, most of it the
 * library's scanner running cold (see {@code docs/performance.md}).
 */
final class BlockYaml {
  /**
   * Plain words, in lowercase, that the library may read as a boolean or null in some spelling. Of
   * these, only "true" and "false" are read here; the others are left to the library.
   */
  private static final Set<String> WORDS = Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null");

  /** The longest key read here; the library limits the length of names. */
  private static final int MAX_KEY = 1_000;

  private final char[] s;
  private final Path file;
  private final int firstLine;
  private final int maxScalar;
  /** Start, end (before the line break) and indent of each line that holds content, and its number. */
  private final int[] start;
  private final int[] end;
  private final int[] indent;
  private final int[] number;
  private final int count;
  /** The next content line to read. */
  private int next;
  /** How many mappings and sequences enclose the one being read. */
  private int depth;

  private BlockYaml(char[] s, Path file, int firstLine, int maxScalar, int lines) {
    this.s = s;
    this.file = file;
    this.firstLine = firstLine;
    this.maxScalar = maxScalar;
    this.start = new int[lines];
    this.end = new int[lines];
    this.indent = new int[lines];
    this.number = new int[lines];
    this.count = split();
  }

  /**
   * Reads {@code text} as {@link YamlReader#read} would, or answers null when the text holds anything
   * this reader leaves to the library.
   *
   * @param maxScalar the longest value accepted here; a longer one is left to the library
   */
  static YamlNode read(String text, Path file, int firstLine, int maxScalar) {
    char[] chars = text.toCharArray();
    int lines = 1;
    for (char c : chars) {
      if (c == '\n') {
        lines++;
      } else if (!allowed(c)) {
        return null;
      }
    }
    BlockYaml reader = new BlockYaml(chars, file, firstLine, maxScalar, lines);
    if (reader.count < 0) {
      return null;
    }
    if (reader.count == 0) {
      return new YamlNode.Mapping(Map.of(), new Location(file, firstLine, 1));
    }
    YamlNode root = reader.block(reader.indent[0]);
    return root == null || reader.next != reader.count ? null : root;
  }

  /** Printable characters that need no special care: no tab, no carriage return, no surrogate. */
  private static boolean allowed(char c) {
    return (c >= ' ' && c <= '~') || (c >= '\u00a0' && c <= '\ud7ff') || (c >= '\ue000' && c <= '\ufffd' && c != '\ufeff');
  }

  /** Records the content lines; -1 when a line starts a document marker or directive. */
  private int split() {
    int lines = 0;
    int line = 0;
    int i = 0;
    while (i <= s.length) {
      int lineEnd = i;
      while (lineEnd < s.length && s[lineEnd] != '\n') {
        lineEnd++;
      }
      int first = i;
      while (first < lineEnd && s[first] == ' ') {
        first++;
      }
      if (first < lineEnd && s[first] != '#') {
        if (first == i && (startsWith(i, lineEnd, "---") || startsWith(i, lineEnd, "...") || s[i] == '%')) {
          return -1;
        }
        start[lines] = i;
        end[lines] = lineEnd;
        indent[lines] = first - i;
        number[lines] = line;
        lines++;
      }
      line++;
      i = lineEnd + 1;
    }
    return lines;
  }

  private boolean startsWith(int from, int to, String marker) {
    if (to - from < marker.length()) {
      return false;
    }
    for (int k = 0; k < marker.length(); k++) {
      if (s[from + k] != marker.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The sequence or mapping whose first line is the next one, at {@code column}. */
  private YamlNode block(int column) {
    if (depth == YamlReader.MAX_DEPTH) {
      return null;
    }
    depth++;
    YamlNode node = dash(start[next] + column, end[next]) ? sequence(column) : mapping(column);
    depth--;
    return node;
  }

  private boolean dash(int at, int lineEnd) {
    return s[at] == '-' && (at + 1 == lineEnd || s[at + 1] == ' ');
  }

  /** A mapping whose first key is on the next line at {@code column}, which may follow a "- ". */
  private YamlNode.Mapping mapping(int column) {
    Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
    Location at = null;
    while (next < count) {
      int line = next;
      int p = start[line] + column;
      if (at != null) {
        if (indent[line] != column) {
          if (indent[line] > column) {
            return null;
          }
          break;
        }
        if (dash(p, end[line])) {
          break;
        }
      }
      int colon = keyEnd(p, end[line]);
      if (colon < 0) {
        return null;
      }
      Location keyAt = location(line, p);
      if (at == null) {
        at = keyAt;
      }
      String key = new String(s, p, colon - p);
      if (key.length() > MAX_KEY || entries.containsKey(key)) {
        return null;
      }
      int v = colon + 1;
      while (v < end[line] && s[v] == ' ') {
        v++;
      }
      YamlNode value;
      if (v == end[line]) {
        next++;
        if (next == count) {
          return null;
        }
        if (indent[next] > column) {
          value = block(indent[next]);
        } else if (indent[next] == column && dash(start[next] + column, end[next])) {
          value = sequence(column);
        } else {
          return null;
        }
      } else if (v == colon + 1) {
        return null;
      } else {
        value = scalar(line, v);
        next++;
      }
      if (value == null) {
        return null;
      }
      entries.put(key, new YamlNode.Entry(key, keyAt, value));
    }
    return new YamlNode.Mapping(Collections.unmodifiableMap(entries), at);
  }

  /** A sequence whose items start with "- " at {@code column}. */
  private YamlNode.Sequence sequence(int column) {
    List<YamlNode> items = new ArrayList<>();
    Location at = location(next, start[next] + column);
    while (next < count) {
      int line = next;
      if (indent[line] != column) {
        if (indent[line] > column) {
          return null;
        }
        break;
      }
      int p = start[line] + column;
      if (!dash(p, end[line])) {
        break;
      }
      int v = p + 1;
      while (v < end[line] && s[v] == ' ') {
        v++;
      }
      if (v == end[line]) {
        return null;
      }
      YamlNode item;
      if (keyEnd(v, end[line]) >= 0) {
        if (depth == YamlReader.MAX_DEPTH) {
          return null;
        }
        depth++;
        item = mapping(v - start[line]);
        depth--;
      } else {
        item = scalar(line, v);
        next++;
      }
      if (item == null) {
        return null;
      }
      items.add(item);
    }
    return new YamlNode.Sequence(List.copyOf(items), at);
  }

  /** The index of the ':' ending a key that starts at {@code p}, or -1 when no such key is there. */
  private int keyEnd(int p, int lineEnd) {
    char c = s[p];
    if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_')) {
      return -1;
    }
    int k = p + 1;
    while (k < lineEnd && (s[k] >= 'a' && s[k] <= 'z' || s[k] >= 'A' && s[k] <= 'Z' || s[k] >= '0' && s[k] <= '9' || s[k] == '_' || s[k] == '-')) {
      k++;
    }
    return k < lineEnd && s[k] == ':' && (k + 1 == lineEnd || s[k + 1] == ' ') ? k : -1;
  }

  /** The scalar that starts at {@code p} and ends its line; null when it is not one read here. */
  private YamlNode.Scalar scalar(int line, int p) {
    int lineEnd = end[line];
    int last = lineEnd;
    while (s[last - 1] == ' ') {
      last--;
    }
    String text;
    YamlNode.ScalarType type;
    if (s[p] == '"') {
      if (last - p < 2 || s[last - 1] != '"') {
        return null;
      }
      for (int k = p + 1; k < last - 1; k++) {
        if (s[k] == '"' || s[k] == '\\') {
          return null;
        }
      }
      text = new String(s, p + 1, last - p - 2);
      type = text.isEmpty() ? YamlNode.ScalarType.NULL : YamlNode.ScalarType.TEXT;
    } else {
      type = plain(p, last);
      if (type == null) {
        return null;
      }
      text = new String(s, p, last - p);
      if (type == YamlNode.ScalarType.TEXT && text.length() <= 5 && WORDS.contains(text.toLowerCase(Locale.ROOT))) {
        if (!text.equals("true") && !text.equals("false")) {
          return null;
        }
        type = YamlNode.ScalarType.BOOLEAN;
      }
    }
    if (text.length() > maxScalar) {
      return null;
    }
    return new YamlNode.Scalar(text, type, location(line, p));
  }

  /**
   * What the plain scalar from {@code from} to {@code to} resolves to, or null when it is not one read
   * here. Read here: words of ASCII letters and digits joined by single hyphens or spaces. The library
   * resolves plain scalars with SnakeYAML's YAML 1.1 rules: one that starts with a letter can only be
   * a boolean or null word (left to the caller); one that starts with a digit can be a number or a
   * timestamp, whose forms hold no letters outside a-f, t, x, z and their capitals, so it is text when
   * it holds another letter, a number when it is a short run of digits, and left to the library else.
   */
  private YamlNode.ScalarType plain(int from, int to) {
    boolean digits = true;
    boolean textLetter = false;
    for (int k = from; k < to; k++) {
      char c = s[k];
      if (c >= '0' && c <= '9') {
        continue;
      }
      digits = false;
      char lower = (char) (c | 0x20);
      if (lower >= 'a' && lower <= 'z' && (c <= 'Z' || c >= 'a')) {
        textLetter |= lower > 'f' && lower != 't' && lower != 'x' && lower != 'z';
      } else if (!((c == '-' || c == ' ') && k > from && k + 1 < to && alphanumeric(s[k - 1]))) {
        return null;
      }
    }
    char first = s[from];
    if (first >= '0' && first <= '9') {
      if (digits) {
        return to - from <= 9 && (first != '0' || to - from == 1) ? YamlNode.ScalarType.NUMBER : null;
      }
      return textLetter ? YamlNode.ScalarType.TEXT : null;
    }
    return YamlNode.ScalarType.TEXT;
  }

  private static boolean alphanumeric(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private Location location(int line, int at) {
    return new Location(file, number[line] + firstLine, at - start[line] + 1);
  }
}
