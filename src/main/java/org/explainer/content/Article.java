package org.explainer.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.explainer.diagnostic.Location;
import org.explainer.yaml.Fields;
import org.explainer.yaml.LocatedText;
import org.explainer.yaml.Ref;
import org.explainer.yaml.Translatable;
import org.explainer.yaml.Yaml;

/**
 * One curated source article: our headline, dek and summary, and what the source says and who it
 * quotes. Read from an entry's front matter by {@link org.explainer.yaml.RecordReader}, component by
 * component: a new front-matter field is a new component here, and templates read it as
 * {@code page.entry.<name>}.
 *
 * @param slug id and URL slug: {@code slug:}, else the file name without its date
 * @param slugAt where the slug comes from: the 'slug:' line, or the file
 * @param file the Markdown file it was read from
 * @param headline our headline
 * @param dek one sentence of our own under the headline
 * @param source where the article comes from
 * @param published when the source was published, with precision
 * @param added the day the entry was added to this explainer, if recorded: the feed lists entries by it
 * @param addedAt where {@code added:} is written, or where the front matter starts when it is not
 * @param actors each actor involved, with what it does or holds here
 * @param quotes verbatim quotes
 * @param keyPoints the main points, in our words
 * @param tags tag references
 * @param related other entries worth reading next
 * @param draft true to keep it out of the published site
 * @param body the summary in Markdown
 */
public record Article(
    String slug,
    Location slugAt,
    Path file,
    @Translatable String headline,
    @Translatable String dek,
    @Translatable Source source,
    @Translatable FuzzyDate published,
    Optional<LocalDate> added,
    Location addedAt,
    @Translatable @Yaml(required = true) List<Involved> actors,
    @Translatable List<Quote> quotes,
    @Translatable @Yaml(required = true) List<LocatedText> keyPoints,
    @Yaml(required = true) List<Ref> tags,
    List<Ref> related,
    boolean draft,
    @Translatable MarkdownSource body) implements Yaml.Checked {

  @Override
  public boolean check(Fields f) {
    added.ifPresent(day -> {
      if (published != null && published.precision() != FuzzyDate.Precision.APPROXIMATE && day.isBefore(published.start())) {
        f.error("added", "the entry is added on " + day + ", before its source was published (" + published.written() + ")",
            "write the day the entry was added to the explainer, " + published.start() + " or later, or delete 'added:'");
      }
    });
    return true;
  }

  /** The day the entry reached readers, as far as recorded: the day it was added, else its source's publication. */
  public LocalDate addedOrPublished() {
    return added.orElse(published.start());
  }

  /**
   * Where an article comes from, as far as its text supports.
   *
   * @param outlet the publishing outlet, when named
   * @param outletUrl the outlet's home page, when the outlet is named
   * @param relays the agency or outlet it cites or relays
   * @param headline the original headline, verbatim
   * @param url the original address, when known
   * @param urlUnknown why the original address is not known, for readers
   * @param language the language of the original, if not the site's
   * @param note how the source was attributed
   * @param capture the archived capture of the source: a file name in the sources folder
   * @param at where 'source:' is written
   */
  @Yaml.What("the source")
  public record Source(
      Optional<String> outlet,
      Optional<String> outletUrl,
      Optional<String> relays,
      Optional<String> headline,
      Optional<String> url,
      @Translatable Optional<String> urlUnknown,
      Optional<String> language,
      @Translatable Optional<String> note,
      Optional<String> capture,
      Location at) implements Yaml.Checked {
    /** The names a capture may have: text files. */
    private static final Pattern CAPTURE = Pattern.compile("[A-Za-z0-9._-]+\\.(txt|html?|md)");

    @Override
    public boolean check(Fields f) {
      capture.ifPresent(name -> {
        if (!name.matches("[A-Za-z0-9._-]+") || name.startsWith(".")) {
          f.error("capture", "the capture '" + name + "' is not a plain file name", "give the name of a file in the sources folder, e.g. '000_a8b63c6d12fffda7.txt'");
        } else if (!CAPTURE.matcher(name).matches()) {
          // a capture's text may be quoted in messages: only text captures are read, never a file such as 'environ' or 'id_rsa'
          f.error("capture", "the capture '" + name + "' is not a text capture (.txt, .html or .md)",
              "save the article's text as a .txt file in the sources folder and give its name");
        }
      });
      if (outlet.isEmpty() && note.isEmpty()) {
        f.error("outlet", "the source names no outlet and has no note", "add 'outlet:', or a 'note:' saying why the outlet is unknown");
      }
      if (outletUrl.isPresent() && outlet.isEmpty() && !f.misspelt("outlet")) {
        f.error("outlet_url", "the source gives the outlet's address but not its name", "add 'outlet:', or remove 'outlet_url:'");
      }
      if (url.isEmpty() && urlUnknown.isEmpty()) {
        f.error("url", "the source has neither 'url' nor 'url_unknown', so readers are not told where the original is",
            "add 'url:' with the article's address, or 'url_unknown:' saying in a sentence why it is not known");
      }
      return true;
    }
  }

  /**
   * An actor involved in one article. What it holds, and when, is in {@code positions.yaml}.
   *
   * @param actor the actor
   * @param note what the actor does or holds here, in a short sentence
   */
  @Yaml.What("an actor of the entry")
  public record Involved(@Yaml(key = "id") Ref actor, @Translatable String note) {}

  /**
   * A verbatim quote, shown as a card: "Speaker, occasion", and inside a sentence of ours when it is
   * shorter than a clause.
   *
   * @param speaker the actor quoted
   * @param text the words, exactly as in the source
   * @param occasion where and when they were said, written to follow the speaker's name
   * @param sentence a sentence of ours that holds the text between typographic quotation marks
   * @param voicing whose view the speaker voices, when not their own
   * @param textAt where the quote's text is written in the entry
   * @param sentenceAt where the sentence is written (the quote's start when there is none)
   */
  @Yaml.What("a quote")
  public record Quote(Ref speaker, @Translatable String text, @Translatable String occasion, @Translatable Optional<String> sentence,
      @Translatable Optional<String> voicing, Location textAt, Location sentenceAt) implements Yaml.Checked {
    /** A text of fewer words than this is a fragment: it needs a sentence around it. */
    public static final int CLAUSE_WORDS = 6;

    @Override
    public boolean check(Fields f) {
      if (text.isEmpty()) {
        return false;
      }
      if (sentence.isPresent() && !sentence.get().contains(quoted())) {
        f.error("sentence", "the sentence does not contain the quote's text between quotation marks",
            "write the text exactly as under 'text:', inside “ and ”: …" + quoted() + "…");
      } else if (sentence.isEmpty() && isFragment()) {
        f.error("text", "the quote “" + text + "” is a fragment of " + words() + (words() == 1 ? " word" : " words") + ", too short to stand alone on a card",
            "add 'sentence:' with a sentence of our own that holds it as " + quoted());
      }
      return true;
    }

    /** A translation's sentence holds the translated text between the quotation marks of its language. */
    @Override
    public void checkTranslation(Fields f) {
      if (sentence.isPresent() && !text.isEmpty() && quotedIn(sentence.get()).isEmpty()) {
        f.error("sentence", "the sentence does not contain the quote's text between quotation marks",
            "write the text exactly as under 'text:', inside « and » (or “ and ”): …«" + text + "»…");
      }
    }

    /**
     * The text between quotation marks as {@code sentence} holds it: {@code “text”}, or {@code «text»}
     * in a translation whose language quotes with guillemets; empty when it does not hold it.
     */
    public Optional<String> quotedIn(String sentence) {
      return Stream.of(quoted(), "«" + text + "»").filter(sentence::contains).findFirst();
    }

    /** True when the text is too short to stand alone on a card. */
    public boolean isFragment() {
      return words() < CLAUSE_WORDS;
    }

    /** The text between typographic quotation marks, as a sentence must hold it. */
    public String quoted() {
      return "“" + text + "”";
    }

    private int words() {
      return text.strip().split("\\s+").length;
    }
  }
}
