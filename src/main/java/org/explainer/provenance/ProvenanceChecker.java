package org.explainer.provenance;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.explainer.content.Actor;
import org.explainer.content.Article;
import org.explainer.content.FuzzyDate;
import org.explainer.content.Claim;
import org.explainer.content.ContextSource;
import org.explainer.content.Library;
import org.explainer.content.MarkdownSource;
import org.explainer.content.Position;
import org.explainer.content.TimelineEvent;
import org.explainer.diagnostic.ContentException;
import org.explainer.diagnostic.Location;
import org.explainer.diagnostic.Problems;
import org.explainer.files.ConfinedFolder;
import org.explainer.yaml.LocatedText;

/**
 * Checks the content against the archived captures of its sources:
 *
 * <ul>
 *   <li>every quote in an entry's metadata and every quotation in its summary occurs in the capture
 *       (error, with the closest passage);
 *   <li>a quote's speaker is named near it in the capture (warning);
 *   <li>no sentence of a summary, dek, key point or quote's sentence shares {@value CopyDetector#RUN} or
 *       more consecutive words with the capture outside quotation marks (error, with the passage), nor
 *       does our prose outside the entries (claims' arguments, positions' summaries, context sources'
 *       facts) with any capture;
 *   <li>the people a key point names, and the actors of a timeline event, are mentioned in the captures
 *       of the entries cited (warning).
 * </ul>
 *
 * <p>Captures are read, never published.
 */
public final class ProvenanceChecker {
  /** How far before a quote (in characters) its speaker may be named. */
  static final int BEFORE = 700;
  /** How far after a quote its speaker may be named. */
  static final int AFTER = 300;

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][”\"']?)\\s+|\\n\\s*\\n");
  private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)]*\\)");

  /** Largest capture read, in bytes: a captured article is tens of kilobytes. */
  static final long MAX_CAPTURE_BYTES = 4L * 1024 * 1024;

  private final Library library;
  private final ConfinedFolder sources;
  private final Evidence recorded;
  private final String asOf;
  private final Problems problems;
  private final Map<String, Actor> actors;
  /** Each actor's names (see {@link #names(Actor)}), by actor id. */
  private final Map<String, List<String>> names = new HashMap<>();
  /** Each entry's capture read so far, lowercased, by entry slug. */
  private final Map<String, String> captures = new LinkedHashMap<>();
  /** The copy detector of each capture read so far, by capture file name. */
  private final Map<String, CopyDetector> detectors = new LinkedHashMap<>();

  private ProvenanceChecker(Library library, ConfinedFolder sources, Evidence recorded, Problems problems) {
    this.library = library;
    this.sources = sources;
    this.recorded = recorded;
    this.asOf = library.updated().map(FuzzyDate::iso).orElse("");
    this.problems = problems;
    this.actors = library.actorsById();
    for (Actor actor : library.actors()) {
      names.put(actor.id(), names(actor));
    }
  }

  /**
   * Runs every check with the captures in {@code sources}; records problems and returns the record of
   * what was checked. An entry whose checks come out as {@code recorded} has them keeps its record as it
   * was, date included. A capture is read only when it is a regular file inside the folder once its
   * links are resolved (see {@link ConfinedFolder}).
   */
  public static Evidence check(Library library, Path sources, Evidence recorded, Problems problems) {
    return new ProvenanceChecker(library, ConfinedFolder.of(sources, "the sources folder"), recorded, problems).run();
  }

  private Evidence run() {
    Map<String, Evidence.Entry> entries = new LinkedHashMap<>();
    for (Article a : library.articles()) {
      if (a.source().capture().isEmpty()) {
        problems.warning(a.source().at(), "the entry names no source capture, so its quotes and wording are not checked",
            "add 'capture:' under 'source:' with the capture's file name in the sources folder");
        continue;
      }
      capture(a).ifPresent(read -> entries.put(a.slug(), checkEntry(a, read)));
    }
    for (TimelineEvent e : library.timeline()) {
      checkEvent(e);
    }
    for (Claim c : library.claims()) {
      ownWords(c.argument(), "argument");
    }
    for (Position p : library.positions()) {
      ownWords(new MarkdownSource(p.summary(), p.summaryAt()), "position summary");
    }
    for (ContextSource c : library.context()) {
      ownWords(new MarkdownSource(c.what(), c.whatAt()), "context fact");
    }
    return Evidence.of(entries);
  }

  /**
   * An event's citations should carry its key names: each cited entry's source mentions at least one of
   * the event's actors, and each actor is mentioned by at least one cited source (warnings).
   */
  private void checkEvent(TimelineEvent e) {
    if (e.actors().isEmpty()) {
      return;
    }
    Set<String> mentioned = new HashSet<>();
    boolean anyChecked = false;
    for (var ref : e.articles()) {
      String text = captures.get(ref.id());
      if (text == null) {
        continue;
      }
      anyChecked = true;
      boolean any = false;
      for (var actorRef : e.actors()) {
        Actor actor = actors.get(actorRef.id());
        if (actor != null && mentionedIn(text, names.get(actor.id()))) {
          mentioned.add(actor.id());
          any = true;
        }
      }
      if (!any) {
        problems.warning(ref.at(), "the entry '" + ref.id() + "' is cited for this event, but its source mentions none of the event's actors",
            "cite an entry whose source reports the event, or a context source");
      }
    }
    if (!anyChecked) {
      return;
    }
    for (var actorRef : e.actors()) {
      Actor actor = actors.get(actorRef.id());
      if (actor != null && !mentioned.contains(actor.id())) {
        problems.warning(actorRef.at(), "none of the entries cited for this event mentions " + actor.name(),
            "cite an entry whose source names " + actor.name() + ", or remove the actor from the event");
      }
    }
  }

  /** A capture read: its text prepared for matching, and its fingerprint. */
  private record Read(SourceText text, Evidence.Capture capture) {}

  private Optional<Read> capture(Article a) {
    String name = a.source().capture().get();
    Path file = sources.path().resolve(name).normalize();
    if (!file.startsWith(sources.path()) || !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      problems.error(a.source().at(), "the capture '" + name + "' is not in the sources folder " + sources.path(),
          "check the file name, or point --sources at the folder of captures");
      return Optional.empty();
    }
    byte[] bytes;
    try {
      bytes = sources.read(file, MAX_CAPTURE_BYTES, "keep the article's text only; a capture is tens of kilobytes");
    } catch (ContentException e) {
      // a link out of the folder, a named pipe, a huge file: said at the entry that names it
      e.problems().forEach(p -> problems.error(a.source().at(), "the capture '" + name + "': " + p.message(), p.fix()));
      return Optional.empty();
    }
    SourceText text = SourceText.of(new String(bytes, StandardCharsets.UTF_8));
    captures.put(a.slug(), text.raw().toLowerCase(Locale.ROOT));
    Evidence.Capture capture = new Evidence.Capture(name, Quotation.sha256(bytes));
    Evidence.Entry before = recorded.entries().get(a.slug());
    if (before != null && before.capture().name().equals(name) && !before.capture().sha256().equals(capture.sha256())) {
      problems.warning(a.source().at(), "the capture '" + name + "' has changed since its quotes were recorded (SHA-256 "
          + before.capture().sha256().substring(0, 12) + "… then, " + capture.sha256().substring(0, 12) + "… now)",
          "make sure it is still the same article; its quotes were checked against it again and the record updated");
    }
    return Optional.of(new Read(text, capture));
  }

  private Evidence.Entry checkEntry(Article a, Read read) {
    SourceText source = read.text();
    String capture = read.capture().name();
    List<Evidence.Quote> quotes = new ArrayList<>();
    for (Quotation q : Quotation.of(a)) {
      Optional<QuoteMatcher.Span> span = QuoteMatcher.find(source, q.text());
      if (span.isEmpty()) {
        misquote(q.at(), q.text(), capture, source);
        continue;
      }
      int start = source.rawOffset(span.get().start());
      int end = source.rawOffset(span.get().end() - 1) + 1; // after the last character, which is not white space
      Boolean nearby = null;
      if (q.speaker() != null) {
        Actor speaker = actors.get(q.speaker());
        String around = source.raw().substring(Math.max(0, start - BEFORE), Math.min(source.raw().length(), end + AFTER));
        nearby = speaker == null || mentionedIn(around.toLowerCase(Locale.ROOT), names.get(speaker.id()));
        if (!nearby) {
          problems.warning(q.speakerAt(), "the quote attributed to " + speaker.name() + " does not appear near a mention of "
              + speaker.name() + " in the capture " + capture, "check who said it; add the spelling the source uses to the actor's 'variants'");
        }
      }
      quotes.add(new Evidence.Quote(q.where(), q.speaker(), q.text(), Evidence.Selector.of(source.raw(), start, end), "verbatim", nearby));
    }
    CopyDetector copies = detectors.computeIfAbsent(capture, name -> new CopyDetector(source));
    copied(copies, a.dek(), a.source().at(), capture, "dek");
    for (Article.Quote q : a.quotes()) {
      q.sentence().ifPresent(sentence -> copied(copies, sentence, q.sentenceAt(), capture, "quote's sentence"));
    }
    for (LocatedText point : a.keyPoints()) {
      copied(copies, point.text(), point.at(), capture, "key point");
      for (Actor actor : named(point.text())) {
        if (!mentionedIn(captures.get(a.slug()), names.get(actor.id()))) {
          problems.warning(point.at(), "the key point names " + actor.name() + ", whom the source capture " + capture + " does not mention",
              "keep to what this source reports, or cite the entry that reports it");
        }
      }
    }
    sentences(copies, a.body(), capture, "sentence");
    Evidence.Entry fresh = new Evidence.Entry(read.capture(), asOf, Quotation.wording(a), List.copyOf(quotes));
    Evidence.Entry before = recorded.entries().get(a.slug());
    return before != null && fresh.equals(new Evidence.Entry(before.capture(), asOf, before.wording(), before.quotes())) ? before : fresh;
  }

  /** Checks each sentence of Markdown {@code text} against one capture's {@code copies}. */
  private void sentences(CopyDetector copies, MarkdownSource text, String capture, String what) {
    // link targets become spaces of the same length, so offsets still point into the file
    StringBuilder blanked = new StringBuilder(text.text());
    Matcher links = LINK_TARGET.matcher(text.text());
    while (links.find()) {
      for (int i = links.start() + 1; i < links.end(); i++) {
        blanked.setCharAt(i, ' ');
      }
    }
    String plain = blanked.toString();
    Matcher sentences = SENTENCE_END.matcher(plain);
    int from = 0;
    while (sentences.find()) {
      copied(copies, plain.substring(from, sentences.start()), text, from, capture, what);
      from = sentences.end();
    }
    copied(copies, plain.substring(from), text, from, capture, what);
  }

  /**
   * As {@link #copied(CopyDetector, String, Location, String, String)}, for the text at {@code offset} in
   * {@code source}, located only when it copies (locating counts the lines before it: done for every
   * sentence, a long summary's check took time growing with the square of its length).
   */
  private void copied(CopyDetector copies, String text, MarkdownSource source, int offset, String capture, String what) {
    if (copies.copied(text).isPresent()) {
      copied(copies, text, source.locate(offset), capture, what);
    }
  }

  /** Our prose outside the entries, checked against every capture read: it copies none of them. */
  private void ownWords(MarkdownSource text, String what) {
    detectors.forEach((capture, copies) -> sentences(copies, text, capture, what));
  }

  private void misquote(Location at, String quote, String capture, SourceText source) {
    String bare = unquoted(quote.strip());
    if (!bare.equals(quote.strip()) && QuoteMatcher.find(source, bare).isPresent()) {
      // the words are the source's: only the quotation marks around them, which the page adds, are not
      problems.error(at, "the quotation “" + bare + "” is written between quotation marks of its own",
          "write it under 'text:' without the quotation marks around it: the page puts its own");
      return;
    }
    boolean cut = SourceText.normalise(quote).length() > QuoteMatcher.MAX_DIAGNOSED;
    problems.error(at, "the quotation “" + quote + "” is not in the source capture " + capture
        + "; the closest passage " + (cut ? "to its first " + QuoteMatcher.MAX_DIAGNOSED + " characters " : "")
        + "is “" + unquoted(QuoteMatcher.closestPassage(source, quote)) + "”",
        "copy the words exactly as the source has them (white space and quotation marks may differ), or mark a cut with …");
  }

  /**
   * {@code passage} without the quotation marks around it, when it opens and closes with them (before
   * any punctuation that ends it): the message puts its own.
   */
  private static String unquoted(String passage) {
    String quotes = "“”\"«»„";
    int end = passage.length();
    while (end > 0 && ",.;:!?".indexOf(passage.charAt(end - 1)) >= 0) {
      end--;
    }
    if (end >= 2 && quotes.indexOf(passage.charAt(0)) >= 0 && quotes.indexOf(passage.charAt(end - 1)) >= 0) {
      return passage.substring(1, end - 1) + passage.substring(end);
    }
    return passage;
  }

  private void copied(CopyDetector copies, String text, Location at, String capture, String what) {
    copies.copied(text).ifPresent(passage -> problems.error(at,
        "this " + what + " shares " + CopyDetector.RUN + " or more words in a row with the source capture " + capture + ": “" + passage + "”",
        "say it in our own words, or quote the source's words in quotation marks"));
  }

  /** The actors whose name (its last word) or a variant appears in {@code text}. */
  private Set<Actor> named(String text) {
    Set<Actor> out = new LinkedHashSet<>();
    String lower = text.toLowerCase(Locale.ROOT);
    for (Actor actor : library.actors()) {
      if (actor.kind() == Actor.Kind.PERSON && mentionedIn(lower, names.get(actor.id()))) {
        out.add(actor);
      }
    }
    return out;
  }

  /** The names that show a text mentions the actor, lowercased: the variants, the full name and a person's last name. */
  private static List<String> names(Actor actor) {
    List<String> names = new ArrayList<>();
    actor.variants().forEach(v -> names.add(v.toLowerCase(Locale.ROOT)));
    names.add(actor.name().toLowerCase(Locale.ROOT));
    String[] words = actor.name().split("\\s+");
    if (actor.kind() == Actor.Kind.PERSON && words.length > 1) {
      names.add(words[words.length - 1].toLowerCase(Locale.ROOT));
    }
    return names;
  }

  /** True when lowercased {@code text} holds one of {@code names} with no letter right before or after it. */
  static boolean mentionedIn(String text, List<String> names) {
    for (String name : names) {
      for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        int end = at + name.length();
        if ((at == 0 || !Character.isLetter(text.codePointBefore(at))) && (end == text.length() || !Character.isLetter(text.codePointAt(end)))) {
          return true;
        }
      }
    }
    return false;
  }
}
