package org.explainer.yaml;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.explainer.diagnostic.DidYouMean;
import org.explainer.diagnostic.Location;

/**
 * Reads a translation onto the record of the original it translates, component by component, by name,
 * as {@link RecordReader} reads an original: the components marked {@link Translatable} come from the
 * translation's mapping, every other one (ids, dates, references, addresses) is the original's. The
 * result is a record of the same type, so everything that shows an original can show a translation.
 *
 * <p>What a translation must give:
 *
 * <ul>
 *   <li>every translatable text the original has, and none it lacks (an original without a {@code
 *       voicing} has nothing to translate there);
 *   <li>a nested record (an entry's {@code source}) when the original's holds translatable text;
 *   <li>a list of records (an entry's {@code quotes}) with one item per item of the original: matched by
 *       {@code id} when its items have one, else item by item in the original's order;
 *   <li>a list of texts marked {@link Translatable#itemByItem()} with as many items as the original's;
 *       another list of texts (spellings) is the translation's own, and the original's when left out.
 * </ul>
 *
 * <p>Any other key (a {@code date}, a {@code speaker}) is an unknown field, reported with the fields a
 * translation may have. Problems are recorded through {@link Fields}; the record is made even then, so
 * that one pass reports every problem of a file.
 */
public final class TranslationReader {
  private TranslationReader() {}

  /**
   * Reads the translation in {@code f} onto {@code original}; components named in {@code given} take
   * those values instead (the translation's own file and body). Reports unknown keys.
   */
  public static <R extends Record> R read(Fields f, R original, Map<String, Object> given) {
    R value = overlay(f, original, given, f.at());
    f.finish();
    return value;
  }

  /**
   * Reads nothing from {@code f}, a translation of something of {@code type} that cannot be matched to
   * an original (its id is missing or unknown, reported elsewhere), but takes every key such a
   * translation may have as known, so that its fields are not reported as unknown too. Reports a
   * missing {@code id}.
   */
  public static void skip(Fields f, Class<?> type) {
    markKnown(f, type);
    if (hasId(type) && !f.has("id")) {
      f.id("id");
    }
    f.finish();
  }

  /**
   * Where the first text a translation of {@code type} gives is written in {@code f} (an entry's {@code
   * headline}, a page's {@code title}): the value of the first translatable key present, in the order of
   * the record's components; {@code fallback} when there is none.
   */
  public static Location firstTextAt(Fields f, Class<?> type, Location fallback) {
    for (RecordComponent c : type.getRecordComponents()) {
      if (c.isAnnotationPresent(Translatable.class) && !inline(c) && f.has(RecordReader.key(c))) {
        return f.valueAt(RecordReader.key(c));
      }
    }
    return fallback;
  }

  private static void markKnown(Fields f, Class<?> type) {
    for (RecordComponent c : type.getRecordComponents()) {
      if (RecordReader.key(c).equals("id")) {
        f.has("id");
      } else if (c.isAnnotationPresent(Translatable.class)) {
        if (inline(c)) {
          markKnown(f, c.getType());
        } else {
          f.has(RecordReader.key(c));
        }
      }
    }
  }

  /**
   * The translatable texts of {@code original} by path ({@code headline}, {@code source.note}, {@code
   * quotes.0.text}, {@code actors.sybiha.note}, {@code key_points.2}, {@code body}), sorted by path:
   * what a translation of it translates. A path is the keys from the record down, joined by '.'; an item
   * of a list is named by its {@code id}, or else by its index from 0. A text read by a reader of its
   * own (Markdown) counts with its {@code text} component.
   */
  public static SortedMap<String, String> texts(Record original) {
    SortedMap<String, String> out = new TreeMap<>();
    collect(original, "", out);
    return out;
  }

  /**
   * The translatable texts of {@code original} as a translation lays them out: by key, in the order of
   * the record's components; a nested record as a map, a list as a list, an item of a list matched by
   * id with its {@code id} first. What a translation of {@code original} starts from.
   */
  public static Map<String, Object> outline(Record original) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (RecordComponent c : original.getClass().getRecordComponents()) {
      if (!c.isAnnotationPresent(Translatable.class)) {
        continue;
      }
      Object value = RecordReader.value(original, c);
      String key = RecordReader.key(c);
      if (value instanceof String || value instanceof Optional<?> || hasOwnReader(c.getType())) {
        Object text = value instanceof Optional<?> optional ? optional.orElse(null)
            : value instanceof String ? value : RecordReader.value((Record) value, textComponent(c.getType()));
        if (text != null) {
          out.put(key, text);
        }
      } else if (value instanceof List<?> list) {
        List<Object> items = new ArrayList<>();
        for (Object item : list) {
          items.add(item instanceof LocatedText text ? text.text() : item instanceof Record r ? itemOutline(r) : item);
        }
        if (!items.isEmpty()) {
          out.put(key, items);
        }
      } else if (inline(c)) {
        out.putAll(outline((Record) value));
      } else {
        Map<String, Object> nested = outline((Record) value);
        if (!nested.isEmpty()) {
          out.put(key, nested);
        }
      }
    }
    return out;
  }

  private static Map<String, Object> itemOutline(Record item) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (hasId(item.getClass())) {
      out.put("id", id(item));
    }
    out.putAll(outline(item));
    return out;
  }

  private static void collect(Record record, String prefix, Map<String, String> out) {
    for (RecordComponent c : record.getClass().getRecordComponents()) {
      if (!c.isAnnotationPresent(Translatable.class)) {
        continue;
      }
      Object value = RecordReader.value(record, c);
      String path = prefix + RecordReader.key(c);
      if (value instanceof String text) {
        out.put(path, text);
      } else if (value instanceof Optional<?> optional) {
        optional.ifPresent(text -> out.put(path, (String) text));
      } else if (value instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          Object item = list.get(i);
          if (item instanceof String text) {
            out.put(path + "." + i, text);
          } else if (item instanceof LocatedText text) {
            out.put(path + "." + i, text.text());
          } else {
            Record r = (Record) item;
            collect(r, path + "." + (hasId(r.getClass()) ? id(r) : String.valueOf(i)) + ".", out);
          }
        }
      } else if (hasOwnReader(c.getType())) {
        out.put(path, (String) RecordReader.value((Record) value, textComponent(c.getType())));
      } else if (inline(c)) {
        collect((Record) value, prefix, out);
      } else {
        collect((Record) value, path + ".", out);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static <R extends Record> R overlay(Fields f, R original, Map<String, Object> given, Location at) {
    Class<R> type = (Class<R>) original.getClass();
    RecordComponent[] components = type.getRecordComponents();
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      String name = c.getName();
      Object before = RecordReader.value(original, c);
      if (given.containsKey(name)) {
        values[i] = given.get(name);
      } else if (c.getType() == Location.class) {
        values[i] = location(f, components, name, before, at);
      } else if (c.isAnnotationPresent(Translatable.class)) {
        values[i] = translated(f, c, before);
      } else {
        if (RecordReader.key(c).equals("id")) {
          f.has("id"); // how the translation names what it translates: a known key, never a value of its own
        }
        values[i] = before;
      }
    }
    R value = RecordReader.construct(type, values);
    if (value instanceof Yaml.Checked checked) {
      checked.checkTranslation(f);
    }
    return value;
  }

  /** {@code at}: where the translation is; {@code xAt}: where the translation of {@code x} is, or the original's place. */
  private static Location location(Fields f, RecordComponent[] components, String name, Object before, Location at) {
    if (name.equals("at")) {
      return at;
    }
    String of = name.substring(0, name.length() - 2);
    boolean translated = Arrays.stream(components).anyMatch(c -> c.getName().equals(of) && c.isAnnotationPresent(Translatable.class));
    return translated ? f.valueAt(RecordReader.snakeCase(of)) : (Location) before;
  }

  private static Object translated(Fields f, RecordComponent c, Object before) {
    String key = RecordReader.key(c);
    Class<?> raw = c.getType();
    if (raw == String.class) {
      return f.text(key);
    }
    if (raw == Optional.class) {
      if (((Optional<?>) before).isEmpty()) {
        nothingToTranslate(f, key);
        return before;
      }
      return Optional.of(f.text(key));
    }
    if (raw == List.class) {
      Class<?> of = RecordReader.argument(c.getGenericType());
      return of == String.class || of == LocatedText.class
          ? textList(f, key, of, (List<?>) before, c.getAnnotation(Translatable.class).itemByItem())
          : recordList(f, key, of, (List<?>) before);
    }
    Method reader = RecordReader.reader(raw, Fields.class, String.class);
    if (reader != null) {
      return RecordReader.invoke(reader, f, key);
    }
    Record was = (Record) before;
    if (inline(c)) {
      return overlay(f, was, Map.of(), f.at());
    }
    boolean needed = !texts(was).isEmpty();
    if (!needed && !f.has(key)) {
      return was;
    }
    return f.object(key, needed, RecordReader.what(raw), item -> overlay(item, was, Map.of(), f.at(key))).orElse(was);
  }

  private static void nothingToTranslate(Fields f, String key) {
    if (f.has(key)) {
      f.error(key, "the original has no '" + key + "' here, so there is nothing to translate", "remove '" + key + ":'");
    }
  }

  private static List<?> textList(Fields f, String key, Class<?> of, List<?> was, boolean itemByItem) {
    if (!itemByItem) {
      if (!f.has(key)) {
        return was;
      }
      return of == String.class ? f.textList(key, false) : f.locatedTextList(key, false);
    }
    if (was.isEmpty()) {
      nothingToTranslate(f, key);
      return was;
    }
    List<?> items = of == String.class ? f.textList(key, true) : f.locatedTextList(key, true);
    if (!items.isEmpty() && items.size() != was.size()) {
      f.error(key, "the original has " + was.size() + " items in '" + key + "'; this translation has " + items.size(),
          "translate each of them, one for one, in the original's order");
    }
    return items;
  }

  private static List<?> recordList(Fields f, String key, Class<?> of, List<?> was) {
    boolean needed = was.stream().anyMatch(item -> !texts((Record) item).isEmpty());
    if (!needed && !f.has(key)) {
      return was;
    }
    return hasId(of) ? byId(f, key, of, was, needed) : byPosition(f, key, of, was, needed);
  }

  /** Items matched to the original's by their 'id', in the original's order. */
  private static List<?> byId(Fields f, String key, Class<?> of, List<?> was, boolean needed) {
    Map<String, Record> originals = new LinkedHashMap<>();
    was.forEach(item -> originals.put(id((Record) item), (Record) item));
    Map<String, Object> found = new HashMap<>();
    String what = RecordReader.what(of);
    f.objectList(key, needed, what, item -> {
      String id = item.peek("id");
      Record match = id == null ? null : originals.get(id);
      if (match == null || found.containsKey(id)) {
        if (id != null && match == null) {
          item.error("id", "'" + id + "' is not in the original's '" + key + "'",
              DidYouMean.hintByWords(id, originals.keySet()) + "translate only what the original has: " + String.join(", ", originals.keySet()));
        } else if (id != null) {
          item.error("id", "'" + id + "' is translated twice in '" + key + "'", "keep one translation of it");
        }
        markKnown(item, of);
        if (id == null) {
          item.id("id");
        }
        return null;
      }
      item.has("id");
      Object translated = overlay(item, match, Map.of(), item.at());
      found.put(id, translated);
      return translated;
    });
    List<Object> out = new ArrayList<>();
    originals.forEach((id, original) -> {
      if (!found.containsKey(id) && f.has(key)) {
        f.error(key, "'" + key + "' has no translation of '" + id + "'", "add an item with 'id: " + id + "' and its translated text");
      }
      out.add(found.getOrDefault(id, original));
    });
    return List.copyOf(out);
  }

  /** Items matched to the original's one for one, in order. */
  private static List<?> byPosition(Fields f, String key, Class<?> of, List<?> was, boolean needed) {
    int[] count = {0};
    List<Object> items = new ArrayList<>(f.objectList(key, needed, RecordReader.what(of), item -> {
      int i = count[0]++;
      return i < was.size() ? overlay(item, (Record) was.get(i), Map.of(), item.at()) : null;
    }));
    if (f.has(key) && count[0] != was.size()) {
      f.error(key, "the original has " + was.size() + " items in '" + key + "'; this translation has " + count[0],
          "translate each of them, one for one, in the original's order");
    }
    for (int i = items.size(); i < was.size(); i++) {
      items.add(was.get(i));
    }
    return List.copyOf(items);
  }

  private static boolean inline(RecordComponent c) {
    Yaml options = c.getAnnotation(Yaml.class);
    return options != null && options.inline();
  }

  private static boolean hasOwnReader(Class<?> type) {
    return RecordReader.reader(type, Fields.class, String.class) != null;
  }

  private static RecordComponent textComponent(Class<?> type) {
    return Arrays.stream(type.getRecordComponents()).filter(c -> c.getName().equals("text")).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(type + " is read by its own reader but has no 'text' component"));
  }

  private static boolean hasId(Class<?> type) {
    return Arrays.stream(type.getRecordComponents()).anyMatch(c -> RecordReader.key(c).equals("id"));
  }

  /** The value under the key {@code id} of {@code record}: its id, or the id of the reference it is. */
  private static String id(Record record) {
    for (RecordComponent c : record.getClass().getRecordComponents()) {
      if (RecordReader.key(c).equals("id")) {
        Object value = RecordReader.value(record, c);
        return value instanceof Ref ref ? ref.id() : (String) value;
      }
    }
    throw new IllegalArgumentException(record.getClass() + " has no id");
  }
}
