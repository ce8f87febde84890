package org.explainer.content;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.explainer.config.SiteConfig;
import org.explainer.diagnostic.ContentException;
import org.explainer.diagnostic.DidYouMean;
import org.explainer.diagnostic.Location;
import org.explainer.diagnostic.Problems;
import org.explainer.files.ConfinedFolder;
import org.explainer.yaml.Fields;
import org.explainer.yaml.RecordReader;
import org.explainer.yaml.TranslationReader;
import org.explainer.yaml.YamlNode;
import org.explainer.yaml.YamlReader;

/**
 * Loads a translation of the content: the folder {@code content/<language>/}, laid out as {@code
 * content/} is ({@code site.yaml}, the data files, {@code articles/}, {@code pages/}), each file holding
 * only what is translated, and each translated record its {@code translated_from}. Every translation
 * is read onto the original's record by {@link TranslationReader}; data files' items are matched by
 * {@code id}, entries and pages by file name.
 *
 * <p>Problems: a translation of something the original does not have, and a translated field missing or
 * extra, are errors; a translation made from another version of the original's text than the current
 * one, or a data item not translated at all, are warnings, since the edition can still be built (the
 * page says that its translation is behind, or the item shows the original's text). An entry or page
 * without a translation is no problem: its page in the translation's language says that it is not
 * translated yet.
 */
public final class TranslationLoader {
  /** A language tag as a folder name: {@code uk}, {@code pt-br}. */
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,8})*");
  private static final Set<String> FILES = Set.of("site.yaml", "actors.yaml", "timeline.yaml", "glossary.yaml", "claims.yaml", "context.yaml",
      "positions.yaml", "articles", "pages");
  private static final String CHANGED = "the English text changed after this translation was made";
  private static final String EMPTY = "'translated_from' is missing or empty, so the English text may have changed after this translation was made";

  private final YamlReader yaml = new YamlReader((int) SourceFile.MAX_BYTES);

  /** True when {@code name} can name a translation's folder: a lowercase language tag such as {@code uk} or {@code pt-br}. */
  public static boolean isLanguage(String name) {
    return LANGUAGE.matcher(name).matches();
  }

  /** The languages {@code contentDir} is translated into: its folders named by a language tag, sorted. */
  public static List<String> languages(Path contentDir) {
    if (!Files.isDirectory(contentDir)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(contentDir)) {
      return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).filter(TranslationLoader::isLanguage).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /**
   * The edition in {@code language} made of {@code original} and its translation in {@code
   * contentDir/<language>/}; problems recorded. Untranslated entries and pages are named in {@code
   * notices}.
   *
   * @param gaps what the original could not load, whose translations are then not reported as unknown
   */
  public Edition load(Path contentDir, String language, Library original, LoadGaps gaps, Problems problems, List<String> notices) {
    return load(contentDir, language, original, gaps, Set.of(), problems, notices);
  }

  /**
   * As {@link #load(Path, String, Library, LoadGaps, Problems, List)}, leaving out the translations of
   * the original's files {@code withErrors}, which have errors of their own: read onto a record with
   * errors, a translation would only echo them (an item "not in the original" where the original
   * misspells its id). Such a file is shown in the original's language, as if it had no translation, and
   * its translation is checked once the original's errors are fixed.
   */
  public Edition load(Path contentDir, String language, Library original, LoadGaps gaps, Set<Path> withErrors, Problems problems,
      List<String> notices) {
    Path dir = contentDir.resolve(language);
    ConfinedFolder root = SourceFile.contentFolder(contentDir);
    Set<Path> skipped = withErrors.stream().map(f -> f.toAbsolutePath().normalize()).collect(Collectors.toUnmodifiableSet());
    Map<Translations.Key, Translation> records = new LinkedHashMap<>();
    unexpectedFiles(dir, problems);
    SiteConfig site = skipped.contains(contentDir.resolve("site.yaml").toAbsolutePath().normalize())
        ? RecordReader.with(original.site(), Map.of("language", language))
        : site(root, dir, language, original, records, problems);
    Items items = new Items(root, dir, gaps, skipped, records, problems);
    List<Actor> actors = items.translate("actors.yaml", Translations.Part.ACTOR, "an actor", Actor.class, original.actors(), Actor::id);
    List<TimelineEvent> timeline = items.translate("timeline.yaml", Translations.Part.EVENT, "a timeline event", TimelineEvent.class, original.timeline(), TimelineEvent::id);
    List<GlossaryTerm> glossary = new ArrayList<>(
        items.translate("glossary.yaml", Translations.Part.TERM, "a glossary term", GlossaryTerm.class, original.glossary(), GlossaryTerm::id));
    List<Claim> claims = items.translate("claims.yaml", Translations.Part.CLAIM, "a claim", Claim.class, original.claims(), Claim::id);
    List<ContextSource> context = items.translate("context.yaml", Translations.Part.CONTEXT, "a context source", ContextSource.class, original.context(), ContextSource::id);
    List<Position> positions = items.translate("positions.yaml", Translations.Part.POSITION, "a position", Position.class, original.positions(), Position::id);
    Collator collator = Collator.getInstance(new ULocale(language));
    glossary.sort(Comparator.comparing(GlossaryTerm::term, collator::compare).thenComparing(GlossaryTerm::id));
    List<String> untranslated = new ArrayList<>();
    List<Article> articles = documents(root, dir, "articles", original.articles(), Translations.Part.ENTRY, Article::slug, Article::file, skipped,
        records, problems, untranslated);
    List<Page> pages = documents(root, dir, "pages", original.pages(), Translations.Part.PAGE, Page::slug, Page::file, skipped, records, problems,
        untranslated);
    if (!untranslated.isEmpty()) {
      notices.add("not translated into '" + language + "' yet: " + String.join(", ", untranslated) + "; their pages under /" + language
          + "/ say so");
    }
    Library.DataFiles data = new Library.DataFiles(actors, timeline, List.copyOf(glossary), claims, context, positions);
    Library library = new Library(site, articles, pages, data);
    return new Edition(library, original, Optional.of(new Translations(Map.copyOf(records))));
  }

  /** The translated site.yaml; the original's, after an error, when there is none. */
  private SiteConfig site(ConfinedFolder root, Path dir, String language, Library original, Map<Translations.Key, Translation> records, Problems problems) {
    Path file = dir.resolve("site.yaml");
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      problems.error(Location.of(file), "the translation has no site.yaml",
          "create it with the translated title, question, description, editors, licence name, stances and tags of content/site.yaml");
      return RecordReader.with(original.site(), Map.of("language", language));
    }
    Optional<YamlNode> node = readYaml(root, file, problems);
    if (node.isEmpty()) {
      return RecordReader.with(original.site(), Map.of("language", language));
    }
    Fields f = Fields.of(node.get(), "the translated site.yaml", problems);
    String madeFrom = madeFrom(f);
    SiteConfig site = TranslationReader.read(f, original.site(), Map.of("language", language));
    record(new Translations.Key(Translations.Part.SITE, ""), f, madeFrom, original.site(), records, problems);
    return site;
  }

  /** Reads the items of translated data files, matching each to the original's by id. */
  private final class Items {
    private final ConfinedFolder root;
    private final Path dir;
    private final LoadGaps gaps;
    private final Set<Path> skipped;
    private final Map<Translations.Key, Translation> records;
    private final Problems problems;

    Items(ConfinedFolder root, Path dir, LoadGaps gaps, Set<Path> skipped, Map<Translations.Key, Translation> records, Problems problems) {
      this.root = root;
      this.dir = dir;
      this.gaps = gaps;
      this.skipped = skipped;
      this.records = records;
      this.problems = problems;
    }

    /** The original's {@code items}, each in translation where {@code name} translates it, else as it is. */
    <T extends Record> List<T> translate(String name, Translations.Part part, String what, Class<T> type, List<T> items, Function<T, String> idOf) {
      Path file = dir.resolve(name);
      if (skipped.contains(dir.getParent().resolve(name).toAbsolutePath().normalize())) {
        return items; // the original has errors of its own: see load
      }
      if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        if (!items.isEmpty()) {
          problems.warning(Location.of(file), "the translation has no " + name + ", so its items are shown in English",
              "create it with the translation of each item of content/" + name);
        }
        return items;
      }
      Map<String, T> originals = new LinkedHashMap<>();
      items.forEach(item -> originals.put(idOf.apply(item), item));
      Map<String, T> translated = new HashMap<>();
      Map<String, Location> translatedAt = new HashMap<>();
      for (YamlNode node : list(file)) {
        Fields f = Fields.of(node, "the translation of " + what, problems);
        String id = f.peek("id");
        T original = id == null ? null : originals.get(id);
        if (original == null || translated.containsKey(id)) {
          if (id != null && original == null && !gaps.brokenIds().contains(id)) {
            problems.error(f.valueAt("id"), "'" + id + "' is not " + what + " of content/" + name,
                DidYouMean.hintByWords(id, originals.keySet()) + "translate only items of content/" + name);
          } else if (id != null && original != null) {
            problems.error(f.valueAt("id"), "'" + id + "' is translated twice", "keep one translation of it");
          }
          f.has("translated_from");
          TranslationReader.skip(f, type);
          continue;
        }
        String madeFrom = madeFrom(f);
        translated.put(id, TranslationReader.read(f, original, Map.of()));
        translatedAt.put(id, node.at());
        record(new Translations.Key(part, id), f, madeFrom, original, records, problems);
      }
      List<String> ids = List.copyOf(originals.keySet());
      for (int i = 0; i < ids.size(); i++) {
        String id = ids.get(i);
        if (!translated.containsKey(id)) {
          problems.warning(placeFor(file, ids.subList(i + 1, ids.size()), translatedAt),
              what + " of content/" + name + ", '" + id + "', is not translated, so it is shown in English",
              "insert its translation here, with 'id: " + id + "' and 'translated_from: \"" + Fingerprint.of(originals.get(id)) + "\"'");
        }
      }
      return items.stream().map(item -> translated.getOrDefault(idOf.apply(item), item)).toList();
    }

    /**
     * Where the translation of an item goes in {@code file}, to keep the original's order: at the start
     * of the line of the first translated item of those that follow it in the original ({@code later}),
     * else at the end of the file.
     */
    private Location placeFor(Path file, List<String> later, Map<String, Location> translatedAt) {
      for (String id : later) {
        Location at = translatedAt.get(id);
        if (at != null) {
          return new Location(file, at.line(), 1);
        }
      }
      String text;
      try {
        text = SourceFile.read(root, file);
      } catch (ContentException e) {
        return new Location(file, 1, 1); // read a moment ago; reported by the next build if it cannot be read now
      }
      int lastBreak = text.lastIndexOf('\n');
      int line = 1 + (int) text.chars().filter(c -> c == '\n').count();
      return new Location(file, line, text.codePointCount(lastBreak + 1, text.length()) + 1);
    }

    private List<YamlNode> list(Path file) {
      Optional<YamlNode> node = readYaml(root, file, problems);
      if (node.isEmpty() || node.get() instanceof YamlNode.Mapping m && m.entries().isEmpty()) {
        return List.of();
      }
      if (node.get() instanceof YamlNode.Sequence seq) {
        return seq.items();
      }
      problems.error(node.get().at(), "the file should be a list, not " + node.get().kindName(), "write each item as a '- ' entry at the start of a line");
      return List.of();
    }
  }

  /**
   * What a translation named {@code name} that translates nothing may translate: the original's files
   * ({@code originals}) close to its name ({@link DidYouMean#hintByWords}), else the one original that
   * no translation of {@code translations} has, as when the original was renamed; empty when neither is.
   */
  static String renamedHint(String name, Set<String> originals, List<Path> translations) {
    String near = DidYouMean.hintByWords(name, originals);
    if (!near.isEmpty()) {
      return near;
    }
    Set<String> translated = new HashSet<>();
    translations.forEach(t -> translated.add(t.getFileName().toString()));
    List<String> untranslated = originals.stream().filter(o -> !translated.contains(o)).toList();
    return untranslated.size() == 1 ? "if it translates '" + untranslated.get(0) + "', which has no translation, give it that name; " : "";
  }

  /**
   * The original's entries or pages ({@code folder}), each in translation where {@code dir/folder/}
   * has a file of the same name, else as a stand-in whose page says that it is not translated: the
   * original with the translation's file name (so that links to it lead to the translation's page) and
   * no text of its own.
   */
  private <T extends Record> List<T> documents(ConfinedFolder root, Path dir, String folder, List<T> originals, Translations.Part part,
      Function<T, String> slugOf, Function<T, Path> fileOf, Set<Path> skipped, Map<Translations.Key, Translation> records, Problems problems,
      List<String> untranslated) {
    Map<String, T> byName = new LinkedHashMap<>();
    originals.forEach(o -> byName.put(fileOf.apply(o).getFileName().toString(), o));
    Path translations = dir.resolve(folder);
    Map<String, T> translated = new HashMap<>();
    List<Path> files = Files.isDirectory(translations) ? ContentLoader.markdownFiles(root, translations, problems) : List.of();
    for (Path file : files) {
      String name = file.getFileName().toString();
      T original = byName.get(name);
      if (original == null) {
        if (!Files.exists(dir.getParent().resolve(folder).resolve(name))) { // else a draft or an entry with errors, reported there
          problems.error(Location.of(file), "there is no " + folder + "/" + name + " in the original to translate",
              renamedHint(name, byName.keySet(), files) + "a translation has the file name of what it translates");
        }
        continue;
      }
      if (skipped.contains(fileOf.apply(original).toAbsolutePath().normalize())) {
        continue; // the original has errors of its own: see load
      }
      readDocument(root, file, problems).ifPresent(doc -> {
        Problems own = new Problems();
        Fields f = Fields.of(doc.node(), "the front matter", own);
        String madeFrom = madeFrom(f);
        T value = TranslationReader.read(f, original, Map.of("file", file, "body", doc.body()));
        Translation made = translation(f, madeFrom, original);
        if (own.hasErrors() && !made.isCurrent()) {
          // the English changed since (an actor added, a key point dropped): until the translation
          // follows, its page says that it is not translated yet, and the build goes on
          warnIfOutOfDate(made, problems);
          String why = "the English text changed after the translation was made, so until the translation follows it, its page under /"
              + dir.getFileName() + "/ says that it is not translated yet";
          own.all().forEach(p -> problems.add(p.isError() ? p.demoted(why) : p));
          return;
        }
        problems.addAll(own.all());
        if (TranslationReader.texts(value).equals(TranslationReader.texts(original))) {
          // a translation just started ('new --translate') and not written yet: never shown as one
          Location at = TranslationReader.firstTextAt(f, original.getClass(), new Location(file, 1, 1));
          problems.warning(at, "the translation still has the English text of " + folder + "/" + name + " word for word, so "
              + "its page under /" + dir.getFileName() + "/ says that it is not translated yet",
              "write the translation over the English, starting here (keep the ids, the links' targets and 'translated_from' as they are)");
          return;
        }
        record(new Translations.Key(part, slugOf.apply(original)), made, records, problems);
        translated.put(name, value);
      });
    }
    List<T> out = new ArrayList<>();
    byName.forEach((name, original) -> {
      T value = translated.get(name);
      if (value == null) {
        Path file = translations.resolve(name);
        untranslated.add(folder + "/" + name);
        value = RecordReader.with(original, Map.of("file", file, "body", new MarkdownSource("", new Location(file, 1, 1))));
      }
      out.add(value);
    });
    return List.copyOf(out);
  }

  /** A Markdown file's front matter and body. */
  private record Document(YamlNode node, MarkdownSource body) {}

  private Optional<Document> readDocument(ConfinedFolder root, Path file, Problems problems) {
    try {
      FrontMatter split = FrontMatter.split(SourceFile.read(root, file), file);
      YamlNode node = yaml.read(split.yaml(), file, split.yamlFirstLine(), problems);
      return Optional.of(new Document(node, new MarkdownSource(split.body(), new Location(file, split.bodyFirstLine(), 1))));
    } catch (ContentException e) {
      problems.addAll(e.problems());
      return Optional.empty();
    }
  }

  private Optional<YamlNode> readYaml(ConfinedFolder root, Path file, Problems problems) {
    return ContentLoader.readConfined(yaml, root, file, problems);
  }

  /** What the translation in {@code f} says it was made from: its 'translated_from', "" when it has none. */
  private static String madeFrom(Fields f) {
    f.has("translated_from");
    String value = f.peek("translated_from");
    return value == null ? "" : value.strip();
  }

  /** Records the translation of {@code original} in {@code f}, and a warning when it was made from another text than the original's now. */
  private static void record(Translations.Key key, Fields f, String madeFrom, Record original, Map<Translations.Key, Translation> records,
      Problems problems) {
    record(key, translation(f, madeFrom, original), records, problems);
  }

  /** Records {@code translation}, and a warning when it was made from another text than the original's now. */
  private static void record(Translations.Key key, Translation translation, Map<Translations.Key, Translation> records, Problems problems) {
    records.put(key, translation);
    warnIfOutOfDate(translation, problems);
  }

  /** The translation of {@code original} in {@code f}, made from the text {@code madeFrom} says: at its 'translated_from', if it has one. */
  private static Translation translation(Fields f, String madeFrom, Record original) {
    return new Translation(f.has("translated_from") ? f.valueAt("translated_from") : f.at(), madeFrom, Fingerprint.of(original));
  }

  /**
   * The warning that {@code translation} was made from another text than the original's now, if it
   * was: as a full load gives it, and as {@code serve} gives it after an edit of the original alone.
   */
  public static void warnIfOutOfDate(Translation translation, Problems problems) {
    if (!translation.isCurrent()) {
      String madeFrom = translation.madeFrom();
      problems.warning(translation.at(), madeFrom.isEmpty() ? EMPTY
              : !madeFrom.matches("[0-9a-f]{" + Fingerprint.LENGTH + "}")
                  ? "'translated_from' \"" + madeFrom + "\" is not a fingerprint, so the English text may have changed after this translation was made"
                  : CHANGED,
          "update it and its 'translated_from' to \"" + translation.current() + "\"");
    }
  }

  /** Errors for what a translation folder may not hold. */
  private static void unexpectedFiles(Path dir, Problems problems) {
    try (Stream<Path> list = Files.list(dir)) {
      for (Path path : list.sorted().toList()) {
        String name = path.getFileName().toString();
        if (!name.startsWith(".") && !FILES.contains(name)) {
          problems.error(Location.of(path), "'" + name + "' is not part of a translation",
              "a translation holds site.yaml, the data files (actors.yaml, timeline.yaml, …), articles/ and pages/; move it out of " + dir.getFileName() + "/");
        }
      }
    } catch (IOException e) {
      problems.error(Location.of(dir), "cannot list the folder (" + e.getMessage() + ")", "check its permissions");
    }
  }
}
