package org.explainer.provenance;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.explainer.diagnostic.ContentException;
import org.explainer.diagnostic.Location;
import org.explainer.files.ConfinedFolder;

/**
 * The committed record of what was checked against the source captures ({@code content/evidence.json}):
 * for each entry, the capture's name and SHA-256, the fingerprint of the wording that was checked for
 * copying, and each quote's position in the capture as a W3C Web Annotation {@code TextQuoteSelector}.
 * Builds with the captures write it; builds without them check the content against it, so that every
 * machine publishes the same site. Written in a fixed order, so the same checks give the same bytes.
 *
 * @param about what the file is, for whoever opens it
 * @param entries each entry's record, by slug
 */
public record Evidence(String about, Map<String, Entry> entries) {
  /** The file's name in the content folder. */
  public static final String FILE = "evidence.json";
  /** Largest record read, in bytes: far beyond the record of thousands of entries. */
  static final long MAX_BYTES = 256L * 1024 * 1024;

  private static final String ABOUT = "What was checked against the archived source captures, which are not published: written by"
      + " './explainer build' or 'check' when the captures are at hand, and read by builds without them. Do not edit by hand.";
  private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /**
   * One entry's checks.
   *
   * @param capture the capture its quotes were found in
   * @param checked the date of the content when its record was made (the newest entry's date), not a clock's
   * @param wording the SHA-256 of the entry's own wording (dek, key points, summary) that was checked for copying
   * @param quotes each quote and quotation, in the entry's order: front matter first, then the summary
   */
  public record Entry(Capture capture, String checked, String wording, List<Quote> quotes) {}

  /**
   * A capture: a file in the sources folder.
   *
   * @param name its file name
   * @param sha256 the SHA-256 of its bytes, in hex
   */
  public record Capture(String name, String sha256) {}

  /**
   * One quote found verbatim in its capture.
   *
   * @param where "metadata" (the front matter's quotes) or "summary" (a quotation in the summary)
   * @param speaker the speaker's actor id, for a quote in the front matter
   * @param text the words as the entry prints them
   * @param selector where they are in the capture
   * @param result "verbatim": the words occur in the capture, white space and quotation marks aside
   * @param speakerNamedNearby whether the capture names the speaker near the words (front-matter quotes)
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Quote(String where, String speaker, String text, Selector selector, String result, Boolean speakerNamedNearby) {}

  /**
   * A W3C Web Annotation text quote selector: the words as the capture has them, with what comes
   * just before and after.
   *
   * @param type always "TextQuoteSelector"
   * @param exact the passage of the capture
   * @param prefix up to 32 characters before it
   * @param suffix up to 32 characters after it
   */
  public record Selector(String type, String exact, String prefix, String suffix) {
    /** The selector of {@code raw[start, end)}. */
    static Selector of(String raw, int start, int end) {
      return new Selector("TextQuoteSelector", raw.substring(start, end), raw.substring(Math.max(0, start - 32), start),
          raw.substring(end, Math.min(raw.length(), end + 32)));
    }
  }

  /** A record of {@code entries}. */
  public static Evidence of(Map<String, Entry> entries) {
    return new Evidence(ABOUT, Map.copyOf(entries));
  }

  /** This record with {@code other}'s entries in place of its own of the same slugs. */
  public Evidence with(Evidence other) {
    Map<String, Entry> merged = new TreeMap<>(entries);
    merged.putAll(other.entries());
    return of(merged);
  }

  /**
   * The record in {@code file} of the content folder {@code content}; empty when there is none.
   *
   * @throws ContentException when the file is not a record this generator wrote, or not a regular file
   *     of the content folder
   */
  public static Evidence read(ConfinedFolder content, Path file) {
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return of(Map.of());
    }
    byte[] bytes = content.read(file, MAX_BYTES, "restore it with 'git checkout -- content/" + FILE + "'");
    try {
      Evidence evidence = JSON.readValue(new String(bytes, StandardCharsets.UTF_8), Evidence.class);
      return evidence.entries() == null ? of(Map.of()) : evidence;
    } catch (JsonProcessingException e) {
      throw ContentException.of(new Location(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
              e.getLocation() == null ? 0 : e.getLocation().getColumnNr()),
          "the record of checked quotes is damaged (" + e.getOriginalMessage() + ")",
          "restore it with 'git checkout -- content/" + FILE + "', or write it again with the captures: './explainer check --sources DIR'");
    } catch (IOException e) {
      throw ContentException.of(Location.of(file), "cannot read the record of checked quotes (" + e.getMessage() + ")", "check the file's permissions");
    }
  }

  /** The record as the file holds it: indented JSON, entries in slug order, '\n' line ends. */
  public byte[] json() {
    try {
      String text = JSON.writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n")))
          .writeValueAsString(new Evidence(about, new TreeMap<>(entries)));
      return (text + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the record of checked quotes", e);
    }
  }
}
