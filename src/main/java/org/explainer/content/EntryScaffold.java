package org.explainer.content;

import java.time.LocalDate;

/**
 * The text of a new entry: every field of the front matter with a one-line comment, marked as a draft,
 * and a reminder of the house rules in place of the summary.
 */
public final class EntryScaffold {
  /** Longest slug derived from a headline. */
  public static final int MAX_SLUG = 60;

  private EntryScaffold() {}

  /**
   * The scaffold for {@code headline}, its source published on {@code date}, added to the explainer on
   * {@code added}, with the outlet and URL when given.
   */
  public static String text(String headline, LocalDate date, LocalDate added, String outlet, String url) {
    return """
        ---
        # A new entry: fill in every field, run './explainer check', then delete 'draft: true'.
        # Each field is explained in docs/editing.md. Put values with ': ', ' #' or quotation marks in double quotes.
        # Our own headline.
        headline: %s
        # One sentence of our own under the headline.
        dek: ""
        # The entry's name in its address, if not the file name's (without its date).
        # slug: ""
        source:
          # The capture of the article: a plain-text copy in the sources folder, brought in with
          # './explainer capture FILE --as NAME'. Its quotes are checked against it.
          capture: ""
          # The outlet that published the article. If the text does not name it, delete this line and say so in 'note'.
          outlet: %s
          # The agency or outlet the article cites or relays (e.g. Ukrinform, AFP).
          # relays: ""
          # The original headline, verbatim, if the text has one.
          # headline: ""
          # The original's language, if not English (e.g. uk).
          # language: ""
          # The outlet's home page, when the outlet is named (e.g. https://www.ukrinform.net/).
          # outlet_url: ""
          # The original address, if known.
          %s
          # If the original address is not known, one sentence for readers saying why (instead of 'url').
          # url_unknown: ""
          # How the source was attributed, when something about it is unclear.
          # note: ""
        published:
          # YYYY-MM-DD, YYYY-MM or YYYY: as precise as the evidence allows.
          date: "%s"
          # day, month, year or approximate.
          precision: day
          # How the date was established (required for approximate dates).
          # note: ""
        # The day this entry is added to the explainer, YYYY-MM-DD: the feed lists the entries added last.
        added: "%s"
        # Everyone involved: an id from content/actors.yaml and what they do or hold here. Stances go in
        # content/positions.yaml, one position per occasion, listing every entry that reports it.
        actors:
          - id: ""
            note: ""
        # Verbatim quotes, copied character for character, without quotation marks; the speaker is listed under 'actors'.
        quotes:
          - speaker: ""
            text: ""
            # Where and when it was said, to follow the speaker's name: "in his letter to NATO counterparts".
            occasion: ""
            # For a text of fewer than six words: a sentence of ours holding it in “ ”.
            # sentence: ""
            # When the speaker voices someone else's view: whose.
            # voicing: ""
        # Three to five points, in our own words.
        key_points:
          - ""
        # Tag ids from content/site.yaml.
        tags: []
        # Ids of other entries worth reading next.
        # related: []
        # Delete this line when the entry is ready to publish.
        draft: true
        ---
        Write a summary of 150–300 words in our own words. Never reuse a sentence of the source; put
        anything you quote in quotation marks, verbatim, and name the speaker. Stay neutral.
        """.formatted(yamlString(headline), outlet == null ? "\"\"" : yamlString(outlet),
            url == null ? "# url: \"\"" : "url: " + yamlString(url), date, added);
  }

  /** A double-quoted YAML string. */
  public static String yamlString(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
